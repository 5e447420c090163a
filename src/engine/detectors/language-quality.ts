import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const languageQuality = defineDetector({
  id: 'language-quality',
  kind: 'content',
  title: { en: 'language-quality', it: 'language-quality' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
