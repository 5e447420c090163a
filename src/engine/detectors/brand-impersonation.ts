import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const brandImpersonation = defineDetector({
  id: 'brand-impersonation',
  kind: 'sender',
  title: { en: 'brand-impersonation', it: 'brand-impersonation' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
