import type { Brand } from '../model';
import { registrableDomain } from '../url';

/** The brand that owns this host or registrable domain: brandOwningDomain('smile.amazon.it', brands) => amazon. */
export function brandOwningDomain(hostOrDomain: string, brands: readonly Brand[]): Brand | undefined {
  const domain = registrableDomain(hostOrDomain) || hostOrDomain.toLowerCase();
  return brands.find((brand) => brand.domains.includes(domain));
}

/** True when `hostOrDomain` belongs to `brand` (its sending, link or asset domains). */
export function isBrandDomain(hostOrDomain: string, brand: Brand): boolean {
  const domain = registrableDomain(hostOrDomain) || hostOrDomain.toLowerCase();
  return brand.domains.includes(domain) || brand.assetDomains.includes(domain);
}
