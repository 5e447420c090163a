// Splitting a link the way a browser reads it, but keeping the host exactly as written: the WHATWG URL parser
// rewrites 'http://0x7f.1/' to '127.0.0.1' and drops the 'paypal.com@' of 'http://paypal.com@evil.xyz/', and those
// rewrites are the evidence we look for.

export interface HrefParts {
  /** Lowercased scheme without ':', '' for relative links. */
  readonly scheme: string;
  /** What precedes the last '@' of the authority, as written ('' when none): 'paypal.com' in 'http://paypal.com@evil.xyz'. */
  readonly userinfo: string;
  /** The host as written, lowercased, without port or trailing dot ('' when the link has none). */
  readonly host: string;
  /** Path, query and fragment as written. */
  readonly rest: string;
}

/** Schemes whose links have a host; browsers also accept backslashes and missing slashes after them. */
const SPECIAL_SCHEMES = new Set(['http', 'https', 'ftp', 'ws', 'wss']);
/** Real links are < 2 KB; hosts are < 256 characters. Both bound the work on crafted input. */
const MAX_HREF_CHARS = 4096;
const MAX_AUTHORITY_CHARS = 1024;

/**
 * splitHref('HTTP://paypal.com@0x7f.1:8080/a?b') => { scheme: 'http', userinfo: 'paypal.com', host: '0x7f.1', rest: '/a?b' }.
 * Browsers strip tabs and newlines anywhere in a URL, so we do too.
 */
export function splitHref(href: string): HrefParts {
  const clean = href.slice(0, MAX_HREF_CHARS).replace(/[\t\n\r]/g, '').trim();
  const scheme = /^([a-z][a-z0-9+.-]{0,31}):/i.exec(clean)?.[1]?.toLowerCase() ?? '';
  if (!scheme) return { scheme: '', userinfo: '', host: '', rest: clean };
  let index = scheme.length + 1;
  const special = SPECIAL_SCHEMES.has(scheme);
  const slashes = /^[/\\]*/.exec(clean.slice(index, index + 16))?.[0] ?? '';
  if (!special && !slashes.startsWith('//')) return { scheme, userinfo: '', host: '', rest: clean.slice(index) };
  index += slashes.length;
  const tail = clean.slice(index);
  const authorityEnd = tail.search(special ? /[/\\?#]/ : /[/?#]/);
  const authority = (authorityEnd < 0 ? tail : tail.slice(0, authorityEnd)).slice(0, MAX_AUTHORITY_CHARS);
  const rest = authorityEnd < 0 ? '' : tail.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  let host = (at >= 0 ? authority.slice(at + 1) : authority).toLowerCase();
  // Port: after the last ':' unless inside an IPv6 literal.
  const portAt = host.lastIndexOf(':');
  if (portAt >= 0 && host.lastIndexOf(']') < portAt) host = host.slice(0, portAt);
  host = host.replace(/\.+$/, '');
  return { scheme, userinfo, host, rest };
}
