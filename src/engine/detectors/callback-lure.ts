import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const callbackLure = defineDetector({
  id: 'callback-lure',
  kind: 'content',
  title: { en: 'callback-lure', it: 'callback-lure' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
