import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const hiddenText = defineDetector({
  id: 'hidden-text',
  kind: 'attachment',
  title: { en: 'hidden-text', it: 'hidden-text' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
