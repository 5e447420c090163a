import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const suspiciousLink = defineDetector({
  id: 'suspicious-link',
  kind: 'link',
  title: { en: 'suspicious-link', it: 'suspicious-link' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
