import type { Brand } from '../model';
import { brandOwningDomain } from '../brands';
import { registrableDomain } from '../url';
import { isFreemailDomain } from './freemail-domains';

/** 'mail.Amazon.co.uk' => 'amazon.co.uk'; a host without a registrable domain (an IP, 'localhost') stays as it is. */
export function organizationalDomain(hostOrDomain: string): string {
  const lower = hostOrDomain.toLowerCase().replace(/\.$/, '');
  return registrableDomain(lower) || lower;
}

/**
 * Relaxed DMARC alignment (RFC 7489 §3.1): two hosts align when their registrable domains are equal.
 * isAligned('bounce.mail.paypal.com', 'paypal.com') => true; isAligned('paypal.com.evil.xyz', 'paypal.com') => false.
 */
export function isAligned(a: string, b: string): boolean {
  return a !== '' && b !== '' && organizationalDomain(a) === organizationalDomain(b);
}

/**
 * Two domains of one sender: the same registrable domain, or two domains of the same brand
 * (amazon.it and amazonses.com; paypal.com and paypal.it), so a brand's own ESP setup is not a mismatch.
 */
export function isSameOrganization(a: string, b: string, brands: readonly Brand[]): boolean {
  if (isAligned(a, b)) return true;
  const brand = brandOwningDomain(a, brands);
  return brand !== undefined && brand === brandOwningDomain(b, brands);
}

/**
 * The brand whose own address this is, leaving out webmail: brandOwningDomain says gmail.com is Google's, but
 * 'mario.rossi@gmail.com' is a person, not Google writing. sendingBrand('info@mail.paypal.it') => paypal.
 */
export function sendingBrand(hostOrDomain: string, brands: readonly Brand[]): Brand | undefined {
  if (!hostOrDomain || isFreemailDomain(hostOrDomain) || isFreemailDomain(organizationalDomain(hostOrDomain))) return undefined;
  return brandOwningDomain(hostOrDomain, brands);
}
