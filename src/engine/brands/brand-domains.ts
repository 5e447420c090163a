import type { Brand } from '../model';
import { registrableDomain } from '../url';

/**
 * Top-level domains that are a brand's own (.brand TLDs): under ICANN's Specification 13 only the brand owner and
 * its affiliates may register names in them, so every host under one is the brand's ('post.applecard.apple' is
 * Apple's). TLD => brand id, for brands with a playbook. Two-letter country codes and open generic TLDs that share
 * a brand's name ('.bb' is Barbados, '.ing' is open to anyone) are not brand TLDs and are left out.
 * Source: ICANN Registry Agreements, Specification 13 (https://www.icann.org/en/registry-agreements), explained at
 * https://domaindetails.com/kb/icann-specification-13-explained ("single-registrant brand TLDs whose label matches the
 * applicant's trademark (e.g., .google, .bmw, .apple)"); checked 2026-12-05.
 */
const BRAND_TLDS: ReadonlyMap<string, string> = new Map([
  ['apple', 'apple'], ['amazon', 'amazon'], ['google', 'google'], ['gmail', 'google'], ['youtube', 'google'],
  ['microsoft', 'microsoft'], ['hotmail', 'microsoft'], ['netflix', 'netflix'], ['dhl', 'dhl'], ['fedex', 'fedex'],
  ['ups', 'ups'], ['barclays', 'barclays'], ['barclaycard', 'barclays'], ['hsbc', 'hsbc'], ['bbva', 'bbva'],
  ['itau', 'itau'], ['americanexpress', 'american-express'], ['amex', 'american-express'], ['citi', 'citi'],
  ['chase', 'chase'], ['bofa', 'bank-of-america'], ['walmart', 'walmart'], ['lacaixa', 'caixabank'],
]);

/** The brand id whose .brand TLD this domain is under: 'applecard.apple' => 'apple'. */
function brandOfTld(domain: string): string | undefined {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return domain.includes('.') ? BRAND_TLDS.get(tld) : undefined;
}

/** The brand that owns this host or registrable domain: brandOwningDomain('smile.amazon.it', brands) => amazon. */
export function brandOwningDomain(hostOrDomain: string, brands: readonly Brand[]): Brand | undefined {
  const domain = registrableDomain(hostOrDomain) || hostOrDomain.toLowerCase();
  const byTld = brandOfTld(domain);
  return brands.find((brand) => brand.domains.includes(domain) || brand.id === byTld);
}

/** True when `hostOrDomain` belongs to `brand` (its sending, link or asset domains, or its .brand TLD). */
export function isBrandDomain(hostOrDomain: string, brand: Brand): boolean {
  const domain = registrableDomain(hostOrDomain) || hostOrDomain.toLowerCase();
  return brand.domains.includes(domain) || brand.assetDomains.includes(domain) || brandOfTld(domain) === brand.id;
}
