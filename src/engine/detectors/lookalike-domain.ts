import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const lookalikeDomain = defineDetector({
  id: 'lookalike-domain',
  kind: 'sender',
  title: { en: 'lookalike-domain', it: 'lookalike-domain' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
