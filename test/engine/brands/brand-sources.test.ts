import { getDomain } from 'tldts';
import { brandOwningDomain, BUILT_IN_BRANDS, SHARED_DOMAIN_GROUPS, SHARED_DOMAINS, UNSOURCED_PLAYBOOKS } from '../../../src/engine/brands';
import { parsePolicy } from '../../../src/engine/policy';

// Trust anchors carry the public page they come from (issue 13): a brand's domains exempt its mail from impersonation
// checks and its report channel receives people's reports, so neither may be written from memory.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A citation's address as found (a few sources are only served over http); report pages must be https (brand-data.test).
const SOURCE_URL = /^https?:\/\/[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;

describe('brand sources', () => {
  for (const brand of BUILT_IN_BRANDS) {
    describe(brand.id, () => {
      it('traces every domain and asset domain to a public page, with the day it was checked', () => {
        const sourced = new Set(brand.sources.domains.flatMap((source) => source.domains));
        for (const domain of [...brand.domains, ...brand.assetDomains]) expect({ domain, sourced: sourced.has(domain) }).toEqual({ domain, sourced: true });
        for (const source of brand.sources.domains) {
          expect(source.url).toMatch(SOURCE_URL);
          expect(source.checked).toMatch(ISO_DATE);
          expect(source.domains.length).toBeGreaterThan(0);
        }
      });

      it('traces its report page and report mailbox, when it has them, to a public page', () => {
        const channels = brand.sources.report.map((source) => source.channel);
        for (const channel of [brand.report.url, brand.report.email]) if (channel) expect(channels).toContain(channel);
        for (const source of brand.sources.report) {
          expect(source.url).toMatch(SOURCE_URL);
          expect(source.checked).toMatch(ISO_DATE);
          expect([brand.report.url, brand.report.email]).toContain(source.channel);
        }
      });

      it('lists no domain that anyone can use (webmail, open redirectors, shared sending services)', () => {
        for (const domain of [...brand.domains, ...brand.assetDomains]) expect({ domain, shared: SHARED_DOMAINS.has(domain) }).toEqual({ domain, shared: false });
      });
    });
  }

  it('sources every shared domain group and lists only registrable domains there', () => {
    for (const group of SHARED_DOMAIN_GROUPS) {
      expect(group.source.url).toMatch(SOURCE_URL);
      expect(group.source.checked).toMatch(ISO_DATE);
      for (const domain of group.domains) expect(getDomain(domain, { allowPrivateDomains: true })).toBe(domain);
    }
  });

  it('makes no trust anchor of a playbook without sources: its domains belong to no brand', () => {
    const builtIn = new Set(BUILT_IN_BRANDS.map((brand) => brand.id));
    for (const playbook of UNSOURCED_PLAYBOOKS) {
      expect(builtIn.has(playbook.id)).toBe(false);
      for (const domain of playbook.domains) {
        const owner = brandOwningDomain(domain, BUILT_IN_BRANDS);
        // Another, sourced brand may own the same domain (a group's shared site); the unsourced one never does.
        expect(owner?.id).not.toBe(playbook.id);
      }
    }
  });

  it('never lets a shared domain be a brand domain, whoever owns the service', () => {
    for (const domain of ['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'doubleclick.net', 'googleadservices.com']) {
      expect(SHARED_DOMAINS.has(domain)).toBe(true);
      expect(brandOwningDomain(domain, BUILT_IN_BRANDS)).toBeUndefined();
    }
  });
});

function policyOf(document: unknown) {
  const result = parsePolicy(document);
  return { policy: result.policy, issues: result.ok ? [] : result.errors };
}

describe('extraBrands in the policy', () => {
  const brand = { id: 'acme-bank', name: 'Acme Bank', names: ['acme bank'], domains: ['acmebank.it'] };

  it('accepts a playbook without sources (the admin vouches for it)', () => {
    const { policy, issues } = policyOf({ extraBrands: [brand] });
    expect(issues).toEqual([]);
    expect(policy.extraBrands[0]?.sources).toBeUndefined();
  });

  it('accepts and keeps sources for domains and report channels', () => {
    const sources = {
      domains: [{ url: 'https://www.acmebank.it/sicurezza', checked: '2026-12-05', domains: ['acmebank.it'] }],
      report: [{ url: 'https://www.acmebank.it/sicurezza', checked: '2026-12-05', channel: 'phishing@acmebank.it', note: 'forward suspicious mail' }],
    };
    const { policy, issues } = policyOf({ extraBrands: [{ ...brand, report: { email: 'phishing@acmebank.it' }, sources }] });
    expect(issues).toEqual([]);
    expect(policy.extraBrands[0]?.sources).toEqual(sources);
  });

  it('rejects sources that are not web pages with an ISO date', () => {
    const sources = { domains: [{ url: 'ftp://acmebank.it', checked: '5/12/2026', domains: ['acmebank.it'] }], report: [] };
    const { issues } = policyOf({ extraBrands: [{ ...brand, sources }] });
    expect(issues.join('\n')).toMatch(/extraBrands\[0\]\.sources\.domains\[0\]\.url/);
    expect(issues.join('\n')).toMatch(/extraBrands\[0\]\.sources\.domains\[0\]\.checked/);
  });
});
