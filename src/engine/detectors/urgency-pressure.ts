import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const urgencyPressure = defineDetector({
  id: 'urgency-pressure',
  kind: 'content',
  title: { en: 'urgency-pressure', it: 'urgency-pressure' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
