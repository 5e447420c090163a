import { defineDetector } from '../model';

// PLACEHOLDER: registered so the registry is complete from the start; its issue replaces this file with the
// real detector and its table test.
export const brandAssetHotlink = defineDetector({
  id: 'brand-asset-hotlink',
  kind: 'attachment',
  title: { en: 'brand-asset-hotlink', it: 'brand-asset-hotlink' },
  severity: 'low',
  explanation: { en: '', it: '' },
  messages: {},
  run: () => [],
});
