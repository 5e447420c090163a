import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const htmlForm = defineDetector({
  id: 'html-form',
  kind: 'link',
  title: { en: 'html-form', it: 'html-form' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
