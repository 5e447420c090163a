import { abusedHosting } from './abused-hosting';
import { ABUSED_TLDS } from './abused-tlds';
import { ipHost } from './ip-host';
import { hostInfo } from './registrable-domain';
import { URL_SHORTENER_DOMAINS } from './shorteners';
import { splitHref } from './split-href';
import { unwrapRedirect } from './unwrap-redirect';

// Where a link lands when nobody can tell who runs the page: behind a public shortener, on a bare IP address, on free
// hosting anyone can publish on, or on a top-level domain where most names are abusive. Used for links found where
// the message's own link checks do not look (inside attached PDFs).

export type ThrowawayReason = 'shortener' | 'ip' | 'free-hosting' | 'abused-tld';

/**
 * throwawayDestination('https://www.google.com/url?q=https://platform3355.top/1wq4W8') =>
 *   { place: 'platform3355.top', reason: 'abused-tld' };
 * throwawayDestination('https://www.example.com/') => undefined.
 */
export function throwawayDestination(href: string): { place: string; reason: ThrowawayReason } | undefined {
  const parts = splitHref(unwrapRedirect(href));
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return undefined;
  const host = parts.host;
  if (!host) return undefined;
  if (ipHost(host)) return { place: host, reason: 'ip' };
  const info = hostInfo(host);
  if (abusedHosting(host, parts.rest)) return { place: host, reason: 'free-hosting' };
  if (!info.domain) return undefined;
  if (URL_SHORTENER_DOMAINS.has(info.domain)) return { place: info.domain, reason: 'shortener' };
  if (ABUSED_TLDS.has(info.publicSuffix)) return { place: info.domain, reason: 'abused-tld' };
  return undefined;
}
