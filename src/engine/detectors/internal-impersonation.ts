import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const internalImpersonation = defineDetector({
  id: 'internal-impersonation',
  kind: 'sender',
  title: { en: 'internal-impersonation', it: 'internal-impersonation' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
