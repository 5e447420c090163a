import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const authFailure = defineDetector({
  id: 'auth-failure',
  kind: 'sender',
  title: { en: 'auth-failure', it: 'auth-failure' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
