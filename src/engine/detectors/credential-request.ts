import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const credentialRequest = defineDetector({
  id: 'credential-request',
  kind: 'content',
  title: { en: 'credential-request', it: 'credential-request' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
