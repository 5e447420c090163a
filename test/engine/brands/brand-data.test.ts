import { getDomain } from 'tldts';
import { BUILT_IN_BRANDS, UNSOURCED_PLAYBOOKS } from '../../../src/engine/brands';

const registrable = (domain: string): string | null => getDomain(domain, { allowPrivateDomains: true });

describe('built-in brand playbooks', () => {
  it('cover the brands most impersonated in Italian mail, each traced to its sources', () => {
    const ids = BUILT_IN_BRANDS.map((brand) => brand.id);
    for (const id of ['amazon', 'apple', 'google', 'microsoft', 'paypal', 'poste-italiane']) expect(ids).toContain(id);
  });

  it('have unique kebab-case ids, listed sorted', () => {
    const ids = [...BUILT_IN_BRANDS, ...UNSOURCED_PLAYBOOKS].map((brand) => brand.id).sort();
    expect(BUILT_IN_BRANDS.map((brand) => brand.id)).toEqual(BUILT_IN_BRANDS.map((brand) => brand.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const brand of BUILT_IN_BRANDS) {
    describe(brand.id, () => {
      it('has lowercase, trimmed, unique names', () => {
        expect(brand.names.length).toBeGreaterThan(0);
        for (const name of brand.names) expect(name).toBe(name.toLowerCase().trim());
        expect(new Set(brand.names).size).toBe(brand.names.length);
      });

      it('lists only registrable domains (tldts, private suffixes included)', () => {
        expect(brand.domains.length).toBeGreaterThan(0);
        for (const domain of [...brand.domains, ...brand.assetDomains]) expect(registrable(domain)).toBe(domain);
      });

      // A brand without a sourced report channel has none: reports go to the organization (brand-sources.test.ts).
      it('has report channels over https or email, and an https safe URL', () => {
        if (brand.report.url) expect(brand.report.url).toMatch(/^https:\/\/[^\s]+$/);
        if (brand.report.email) expect(brand.report.email).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
        if (brand.safeUrl) expect(brand.safeUrl).toMatch(/^https:\/\//);
        expect(brand.neverAsks.length).toBeGreaterThan(0);
      });
    });
  }
});
