// Security gateways and redirectors rewrite links; what matters is where the reader finally lands.
// Rspamd unwraps the same families before comparing domains.

/** How many wrappers deep we follow: real mail has at most 2 (Safe Links around Proofpoint). */
const MAX_UNWRAP_DEPTH = 5;

/**
 * Query parameters that redirectors put the target in. The second row are ad and affiliate networks' click URLs, open
 * redirectors by design (anyone can buy a click that lands anywhere): Google Ads and DoubleClick 'adurl', Search Ads
 * 360 'ds_dest_url', Awin 'ued', Rakuten 'murl', and DuckDuckGo's result links 'uddg'.
 */
const TARGET_PARAMS = [
  'url', 'u', 'q', 'target', 'redirect', 'redirect_url', 'redirect_uri', 'dest', 'destination', 'link', 'goto', 'r',
  'adurl', 'ds_dest_url', 'ued', 'murl', 'uddg',
];

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function looksAbsolute(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Proofpoint URL Defense v2: 'https-3A__evil.com_x' with -XX hex escapes and '_' for '/'. */
function decodeProofpointV2(encoded: string): string {
  return encoded.replace(/_/g, '/').replace(/-([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function decodeComponent(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url to text, for ASCII payloads (URLs); '' when it is not base64url. decodeBase64Url('aHR0cDovL3g') => 'http://x'. */
function decodeBase64Url(encoded: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const char of encoded) {
    const digit = BASE64URL.indexOf(char);
    if (digit < 0) return '';
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * Trackers that write the destination, URL-encoded, as one path segment:
 * Postmark 'https://click.pstmrk.it/3s/evil.example%2Flogin/ahc/...' ('3s' for https, '3' for http) => 'https://evil.example/login';
 * Amazon SES 'https://x.r.eu-west-1.awstrack.me/L0/https:%2F%2Fevil.example%2F/1/0102...' => 'https://evil.example/'.
 */
function trackerPathTarget(host: string, path: string): string | undefined {
  if (host.endsWith('.pstmrk.it')) {
    const match = /^\/(3s?)\/([^/]{3,2000})/.exec(path);
    const decoded = match?.[2] ? decodeComponent(match[2]) : undefined;
    if (decoded) return `${match?.[1] === '3s' ? 'https' : 'http'}://${decoded}`;
  }
  if (host.endsWith('.awstrack.me')) {
    const encoded = /^\/L0\/([^/]{8,2000})/.exec(path)?.[1];
    const decoded = encoded ? decodeComponent(encoded) : undefined;
    if (decoded && looksAbsolute(decoded)) return decoded;
  }
  return undefined;
}

/**
 * Ad click URLs that do not use a plain query parameter:
 * DoubleClick Campaign Manager 'https://ad.doubleclick.net/ddm/trackclk/N1.2/B3;dc_trk_aid=1?https://evil.example/' (the
 * whole query is the target); Adform 'https://track.adform.net/C/?bn=1;cpdir=https://evil.example/' (';'-separated);
 * Yahoo search results 'https://r.search.yahoo.com/_ylt=x/RU=https%3a%2f%2fevil.example%2f/RK=2/RS=y' (in the path).
 */
function adNetworkTarget(host: string, url: URL): string | undefined {
  if (host === 'doubleclick.net' || host.endsWith('.doubleclick.net')) {
    const query = decodeComponent(url.search.slice(1));
    if (query && looksAbsolute(query)) return query;
  }
  if (host.endsWith('.adform.net')) {
    const cpdir = /(?:^|[?;&])cpdir=([^;&]+)/i.exec(url.search)?.[1];
    const decoded = cpdir ? decodeComponent(cpdir) : undefined;
    if (decoded && looksAbsolute(decoded)) return decoded;
  }
  if (host === 'r.search.yahoo.com') {
    const ru = /\/RU=([^/]{8,2000})\//.exec(url.pathname)?.[1];
    const decoded = ru ? decodeComponent(ru) : undefined;
    if (decoded && looksAbsolute(decoded)) return decoded;
  }
  return undefined;
}

/**
 * One step of unwrapping, or undefined when `href` is not a known wrapper:
 * 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.com%2F&data=...' => 'https://evil.com/'.
 */
export function unwrapOnce(href: string): string | undefined {
  const url = safeUrl(href);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase();

  if (host.endsWith('safelinks.protection.outlook.com')) return url.searchParams.get('url') ?? undefined;
  if (host === 'urldefense.proofpoint.com') {
    const u = url.searchParams.get('u');
    if (u) return url.pathname.startsWith('/v2') ? decodeProofpointV2(u) : decodeURIComponent(u);
  }
  if (host === 'urldefense.com') {
    // v3: https://urldefense.com/v3/__https://evil.com/x__;!!token
    const v3 = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search);
    if (v3?.[1]) return v3[1];
  }
  // Google AMP viewer: 'https://www.google.com/amp/s/evil.example/login' opens evil.example under Google's name.
  const amp = /^\/amp\/(s\/)?([^/?#]{1,253}(?:[/?#].*)?)$/.exec(url.pathname + url.search);
  if (amp?.[2] && /^(?:www\.)?google\.[a-z.]{2,6}$/.test(host)) return `${amp[1] ? 'https' : 'http'}://${amp[2]}`;
  // Barracuda Link Protection: 'https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fevil.example&c=E,1,...'.
  if (host === 'linkprotect.cudasvc.com') {
    const a = url.searchParams.get('a');
    if (a && looksAbsolute(a)) return a;
  }
  // Cisco Secure Email: 'https://secure-web.cisco.com/1TOKEN/https%3A%2F%2Fevil.example%2Fx'.
  if (host === 'secure-web.cisco.com') {
    const encoded = /^\/[^/]{1,2000}\/(https?%3a.+)$/i.exec(url.pathname)?.[1];
    if (encoded) {
      try {
        return decodeURIComponent(encoded);
      } catch {
        return undefined;
      }
    }
  }
  const adTarget = adNetworkTarget(host, url);
  if (adTarget) return adTarget;
  // Mail-service click trackers that carry the destination in the path, so anyone can point them anywhere.
  const inPath = trackerPathTarget(host, url.pathname);
  if (inPath) return inPath;
  // Bing's click redirect: 'https://www.bing.com/ck/a?!&&p=...&u=a1aHR0cHM6Ly9ldmlsLmV4YW1wbGUv' (a1 + base64url).
  if (/^(?:www\.)?bing\.com$/.test(host) && url.pathname === '/ck/a') {
    const target = decodeBase64Url(/^a1([A-Za-z0-9_-]{8,2000})/.exec(url.searchParams.get('u') ?? '')?.[1] ?? '');
    if (target && looksAbsolute(target)) return target;
  }
  // Generic redirectors (google.com/url?q=, l.facebook.com/l.php?u=, ...): a parameter holding an absolute URL.
  for (const param of TARGET_PARAMS) {
    const value = url.searchParams.get(param);
    if (value && looksAbsolute(value)) return value;
  }
  return undefined;
}

/** Follows wrappers to the final destination: unwrapRedirect(safeLinks(proofpoint(x))) => x. */
export function unwrapRedirect(href: string): string {
  let current = href;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth += 1) {
    const next = unwrapOnce(current);
    if (!next || next === current) break;
    current = next;
  }
  return current;
}
