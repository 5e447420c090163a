import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const replyToMismatch = defineDetector({
  id: 'reply-to-mismatch',
  kind: 'sender',
  title: { en: 'reply-to-mismatch', it: 'reply-to-mismatch' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
