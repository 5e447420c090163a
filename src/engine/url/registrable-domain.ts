import { getDomain, parse } from 'tldts';

// Private suffixes (github.io, blogspot.com, web.app...) count as public suffixes: 'evil.github.io' is its own
// registrable domain, not github.io's.
const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: true } as const;

/** 'https://Login.Amazon.co.uk/x' or 'login.amazon.co.uk' => 'amazon.co.uk'; '' for IPs and hosts without one. */
export function registrableDomain(hostOrUrl: string): string {
  return getDomain(hostOrUrl.toLowerCase(), TLDTS_OPTIONS) ?? '';
}

export interface HostInfo {
  /** Lowercased hostname ('' when the URL has none). */
  readonly hostname: string;
  readonly domain: string;
  /** The registrable label without suffix: 'amazon' for 'www.amazon.co.uk'. */
  readonly domainWithoutSuffix: string;
  readonly publicSuffix: string;
  readonly subdomain: string;
  readonly isIp: boolean;
}

/** Splits a host or URL with tldts: 'a.b.paypal.com.evil.xyz' => { domain: 'evil.xyz', subdomain: 'a.b.paypal.com', ... }. */
export function hostInfo(hostOrUrl: string): HostInfo {
  const parsed = parse(hostOrUrl.toLowerCase(), TLDTS_OPTIONS);
  return {
    hostname: parsed.hostname ?? '',
    domain: parsed.domain ?? '',
    domainWithoutSuffix: parsed.domainWithoutSuffix ?? '',
    publicSuffix: parsed.publicSuffix ?? '',
    subdomain: parsed.subdomain ?? '',
    isIp: parsed.isIp ?? false,
  };
}
