import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const brandLinkMismatch = defineDetector({
  id: 'brand-link-mismatch',
  kind: 'link',
  title: { en: 'brand-link-mismatch', it: 'brand-link-mismatch' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
