import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const displayNameSpoof = defineDetector({
  id: 'display-name-spoof',
  kind: 'sender',
  title: { en: 'display-name-spoof', it: 'display-name-spoof' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
