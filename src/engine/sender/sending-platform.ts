import { abusedHosting } from '../url/abused-hosting';

// Sender domains that belong to a free platform, not to whoever writes: a project on an app-hosting service
// ('ghghghgggg-64b02.firebaseapp.com', 'my-app.herokuapp.com') or a home machine behind a dynamic-DNS name
// ('infracc24.ddns.net'). Anyone gets one in a minute, without a company behind it, so scam kits send from them.

export type SendingPlatformKind = 'app-hosting' | 'dynamic-dns';

/**
 * Dynamic-DNS services: a name that follows a changing home IP address. Mail servers of companies do not live there;
 * in 2002 some hobbyists' did, so this kind is only a weak signal.
 */
const DYNAMIC_DNS_SUFFIXES: readonly string[] = [
  'ddns.net', 'no-ip.org', 'no-ip.com', 'no-ip.biz', 'no-ip.info', 'noip.me', 'hopto.org', 'zapto.org', 'sytes.net',
  'serveftp.com', 'servebeer.com', 'myftp.biz', 'myftp.org', 'redirectme.net', 'dyndns.org', 'dyndns.info',
  'dynalias.com', 'homeip.net', 'mine.nu', 'duckdns.org', 'dynu.net', 'freeddns.org', 'dynv6.net', 'afraid.org',
  'mooo.com', 'chickenkiller.com', 'ignorelist.com', 'crabdance.com', 'strangled.net', 'hosting-cloud.net',
  // Shared hosting whose customers get a numbered machine name instead of a domain ('wo47.wiroos.host').
  'wiroos.host',
];

function matchesSuffix(domain: string, suffix: string): boolean {
  return domain.endsWith(`.${suffix}`);
}

/**
 * The platform a sender domain is a subdomain of:
 * sendingPlatform('ghghghgggg-64b02.firebaseapp.com') => { kind: 'app-hosting', platform: 'firebaseapp.com' };
 * sendingPlatform('infracc24.ddns.net') => { kind: 'dynamic-dns', platform: 'ddns.net' };
 * sendingPlatform('firebaseapp.com') and sendingPlatform('weebly.com') => undefined (the platform's own mail).
 */
export function sendingPlatform(domain: string): { kind: SendingPlatformKind; platform: string } | undefined {
  const lower = domain.toLowerCase();
  const ddns = DYNAMIC_DNS_SUFFIXES.find((suffix) => matchesSuffix(lower, suffix));
  if (ddns) return { kind: 'dynamic-dns', platform: ddns };
  // Site builders and app hosting from the link checks' list; form builders and storage send real notifications
  // from their own domains, and nobody sends mail from a storage bucket.
  const hosting = abusedHosting(lower, '/');
  if (hosting?.kind === 'site-builder' && matchesSuffix(lower, hosting.service)) return { kind: 'app-hosting', platform: hosting.service };
  return undefined;
}
