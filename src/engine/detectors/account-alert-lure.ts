import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const accountAlertLure = defineDetector({
  id: 'account-alert-lure',
  kind: 'content',
  title: { en: 'account-alert-lure', it: 'account-alert-lure' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
