import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const riskyAttachment = defineDetector({
  id: 'risky-attachment',
  kind: 'attachment',
  title: { en: 'risky-attachment', it: 'risky-attachment' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
