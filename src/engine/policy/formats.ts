/**
 * Shapes of the strings an admin writes in policy.json. Each check is a bounded, linear regex or the
 * platform's URL parser, so a hostile policy file cannot make validation slow.
 */

/** RFC 1035 label rules, lowercase; e.g. 'acme.it', 'mail.acme.co.uk', 'xn--80ak6aa92e.com'. */
const DOMAIN_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,126}[a-z0-9-]{2,63}$/;
const MAX_DOMAIN_LENGTH = 253;

/** The local part as mail systems accept it unquoted (RFC 5322 dot-atom): 'soc', 'phish.report+occhio'. */
const LOCAL_PART_PATTERN = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/;

export function isDomainName(value: string): boolean {
  return value.length <= MAX_DOMAIN_LENGTH && DOMAIN_PATTERN.test(value) && !value.endsWith('-');
}

/** 'soc@acme.it' => true; 'soc@acme' and 'Security Team <soc@acme.it>' => false (the policy wants a bare address). */
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  return LOCAL_PART_PATTERN.test(value.slice(0, at)) && isDomainName(value.slice(at + 1));
}

/** Hosts where plain http is acceptable: a developer's machine, never a deployment. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * https URLs only, so reports and pages never travel in clear; http is accepted for loopback alone, so a
 * test server on 127.0.0.1 works. 'https://soar.acme.it/hook' => true, 'http://soar.acme.it' => false.
 */
export function isSecureUrl(value: string): boolean {
  if (typeof URL !== 'function') return isSecureUrlWithoutParser(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

// scheme://host[:port][/path...], no spaces, no user info; the host is a domain name, IPv4 or [IPv6].
const URL_SHAPE = /^(https?):\/\/(\[[0-9a-f:.]{2,45}\]|[a-z0-9.-]{1,253})(?::\d{1,5})?(?:[/?#][^\s]{0,4000})?$/i;

/**
 * The same rule where the runtime has no URL parser (classic Outlook's JavaScript-only runtime may not):
 * a strict shape check, so it only ever refuses more than the parser would.
 */
function isSecureUrlWithoutParser(value: string): boolean {
  const match = URL_SHAPE.exec(value);
  if (!match) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  return scheme === 'https' || (scheme === 'http' && LOOPBACK_HOSTS.has(host));
}
