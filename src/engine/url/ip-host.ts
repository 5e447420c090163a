// Links to a bare IP address instead of a name: no registered domain, nothing to look up, typical of throwaway
// phishing servers. Browsers also accept disguised forms (hex, octal, one big number), which exist only to fool
// people and filters: 'http://0x7f.1/' and 'http://2130706433/' both open 127.0.0.1.

export interface IpHost {
  /** 'ipv4' as written in dotted decimal, 'ipv6', or 'obfuscated' for the disguised IPv4 forms. */
  readonly form: 'ipv4' | 'ipv6' | 'obfuscated';
  /** The address a browser connects to, in canonical form ('127.0.0.1', '[::1]'). */
  readonly address: string;
}

const DOTTED_DECIMAL = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** Characters a numeric IPv4 host can be written with (decimal, octal, hex, dots); anything else is a name. */
const NUMERIC_HOST = /^[0-9a-fx.]{1,64}$/;

/**
 * ipHost('0x7f.1') => { form: 'obfuscated', address: '127.0.0.1' }; ipHost('10.0.0.1') => { form: 'ipv4', ... };
 * ipHost('amazon.it') => undefined. Uses the WHATWG URL parser, so the answer is what a browser would do.
 */
export function ipHost(rawHost: string): IpHost | undefined {
  if (rawHost.startsWith('[')) return { form: 'ipv6', address: rawHost };
  if (!NUMERIC_HOST.test(rawHost) || !/\d/.test(rawHost)) return undefined;
  // Names like 'cafe.de' or 'dead.beef.com' use the same letters: only hosts whose last label is numeric are IPs.
  const lastLabel = rawHost.slice(rawHost.lastIndexOf('.') + 1);
  if (!/^(?:0x[0-9a-f]*|\d+)$/.test(lastLabel)) return undefined;
  let canonical: string;
  try {
    canonical = new URL(`http://${rawHost}/`).hostname;
  } catch {
    return undefined;
  }
  if (!DOTTED_DECIMAL.test(canonical)) return undefined;
  return { form: canonical === rawHost ? 'ipv4' : 'obfuscated', address: canonical };
}
