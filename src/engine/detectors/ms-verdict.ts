import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const msVerdict = defineDetector({
  id: 'ms-verdict',
  kind: 'sender',
  title: { en: 'ms-verdict', it: 'ms-verdict' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
