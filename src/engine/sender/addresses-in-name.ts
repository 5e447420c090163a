import { parse } from 'tldts';
import { normalizeText } from '../text/normalize';

/** Something the display name shows as an address or a site: 'service@paypal.com' or 'amazon.it'. */
export interface NamedAddress {
  /** As written in the name, lowercased: 'service@paypal.com', 'www.amazon.it'. */
  readonly text: string;
  readonly host: string;
  readonly kind: 'address' | 'domain';
}

/** A display name is short; a crafted 10 kB one is cut, not scanned. */
const MAX_NAME_SCANNED = 300;

/** An e-mail address: local part, '@', dot-separated labels. Labels exclude '.', so it cannot backtrack badly. */
const ADDRESS = /[a-z0-9._%+'-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})/gi;

/** A bare host: two or more dot-separated labels ('amazon.it', 'www.paypal.com', 'poste-italiane.it'). */
const HOST = /(?:^|[^a-z0-9@._-])((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9@_-])/gi;

/**
 * Top-level domains common enough to read as a site in a name. Hundreds of brand TLDs are also surnames and words
 * ('Craig R.Hughes' would be the host r.hughes), so beyond country codes only these count.
 */
const COMMON_GENERIC_TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'int', 'mil', 'xyz', 'top', 'online', 'site', 'shop', 'store',
  'app', 'dev', 'club', 'live', 'icu', 'vip', 'work', 'buzz', 'link', 'click', 'email', 'support', 'services',
  'security', 'cloud', 'digital', 'tech', 'website', 'space', 'fun', 'today', 'bank', 'mobi', 'pro', 'name', 'asia',
]);

/** True when the host has a real, common suffix: 'amazon.it' and 'paypal.com' yes, 'Mr.Smith', 'J.R' or 'R.Hughes' no. */
function hasKnownSuffix(host: string): boolean {
  const parsed = parse(host, { allowPrivateDomains: true });
  if (!parsed.domain || !(parsed.isIcann === true || parsed.isPrivate === true)) return false;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return tld.length === 2 || COMMON_GENERIC_TLDS.has(tld);
}

/**
 * The addresses and domains a display name shows:
 * addressesInName('PayPal <service@paypal.com>') => [{ text: 'service@paypal.com', host: 'paypal.com', kind: 'address' }];
 * addressesInName('Amazon.it Servizio Clienti') => [{ text: 'amazon.it', host: 'amazon.it', kind: 'domain' }];
 * addressesInName('J.R. Smith') => [].
 */
export function addressesInName(name: string): NamedAddress[] {
  // Folded first: 'd\u034fo\u034fn\u034fo\u034ft...@evri.com' and 'ΝFT@υniswaρ.org' hide their address from a plain match.
  const text = normalizeText(name.slice(0, MAX_NAME_SCANNED));
  const found: NamedAddress[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const host = (match[1] ?? '').replace(/\.$/, '');
    if (hasKnownSuffix(host)) found.push({ text: match[0], host, kind: 'address' });
  }
  const withoutAddresses = text.replace(ADDRESS, ' ');
  for (const match of withoutAddresses.matchAll(HOST)) {
    const host = match[1] ?? '';
    if (hasKnownSuffix(host)) found.push({ text: host, host: host.replace(/^www\./, ''), kind: 'domain' });
  }
  return found;
}
