import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const moneyLure = defineDetector({
  id: 'money-lure',
  kind: 'content',
  title: { en: 'money-lure', it: 'money-lure' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
