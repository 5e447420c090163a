import fc from 'fast-check';
import { confusableSkeleton, damerauDistance, idnForms, isMixedScript } from '../../../src/engine/confusables';
import { CONFUSABLE_GROUPS } from '../../../src/engine/confusables/confusable-table';

describe('confusableSkeleton', () => {
  it.each([
    ['paypa1', 'paypal'],
    ['PAYPAI', 'paypal'],
    ['аmаzоn', 'amazon'],
    ['arnazon', 'amazon'],
    ['ＡＭＡＺＯＮ', 'amazon'],
    ['𝐍𝐞𝐭𝐟𝐥𝐢𝐱', 'netflix'],
    ['micrоsоft', 'microsoft'],
  ])('%s looks like %s', (lookalike, original) => {
    expect(confusableSkeleton(lookalike)).toBe(confusableSkeleton(original));
  });

  it('keeps different names apart', () => {
    expect(confusableSkeleton('paypal')).not.toBe(confusableSkeleton('paypai-x'));
    expect(confusableSkeleton('amazon')).not.toBe(confusableSkeleton('amazing'));
  });

  it('is generated data with only ASCII letter/digit prototypes', () => {
    expect(CONFUSABLE_GROUPS.length).toBeGreaterThan(50);
    for (const [prototype] of CONFUSABLE_GROUPS) expect(prototype).toMatch(/^[a-z0-9]+$/);
  });
});

describe('isMixedScript', () => {
  it('flags Latin mixed with Cyrillic, not a single script', () => {
    expect(isMixedScript('pаypal')).toBe(true);
    expect(isMixedScript('paypal')).toBe(false);
    expect(isMixedScript('москва')).toBe(false);
  });
});

describe('damerauDistance', () => {
  it('counts one edit, transpositions included, and stops past the limit', () => {
    expect(damerauDistance('paypa1', 'paypal', 1)).toBe(1);
    expect(damerauDistance('amzaon', 'amazon', 1)).toBe(1);
    expect(damerauDistance('netflx', 'netflix', 1)).toBe(1);
    expect(damerauDistance('google', 'goggles', 1)).toBe(2);
    expect(damerauDistance('amazon', 'amazon', 1)).toBe(0);
  });
});

describe('idnForms', () => {
  it('gives both the Unicode and the xn-- form', () => {
    expect(idnForms('xn--pypal-4ve.com')).toEqual({ unicode: 'pаypal.com', ascii: 'xn--pypal-4ve.com' });
    expect(idnForms('pаypal.com')).toEqual({ unicode: 'pаypal.com', ascii: 'xn--pypal-4ve.com' });
  });
});

describe('confusableSkeleton invariants (seeded fuzz)', () => {
  it('is idempotent: a skeleton is its own skeleton', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = confusableSkeleton(text);
        expect(confusableSkeleton(once)).toBe(once);
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
