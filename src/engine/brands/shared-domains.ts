// Domains anyone can use: free webmail (anyone opens a mailbox), open redirectors (anyone builds a link that lands
// anywhere), free hosting and shared sending services (anyone's mail or pages). A brand runs some of them, but mail
// from, replies to, or links through them prove nothing about the brand, so no brand lists them among its own
// domains (test/engine/brands/brand-sources.test.ts fails if one does). Each group carries the page that says so.
import type { Source } from '../model';

export type SharedDomainKind = 'webmail' | 'open-redirector' | 'shared-sending';

export interface SharedDomainGroup {
  readonly kind: SharedDomainKind;
  /** Who runs them, for the reader: they are still nobody's brand domain. */
  readonly operator: string;
  readonly domains: readonly string[];
  readonly source: Source;
}

const CHECKED = '2026-12-05';

export const SHARED_DOMAIN_GROUPS: readonly SharedDomainGroup[] = [
  {
    kind: 'webmail', operator: 'Google (Gmail)', domains: ['gmail.com', 'googlemail.com'],
    source: { url: 'https://simple.wikipedia.org/wiki/Gmail', checked: CHECKED, note: 'free e-mail service; UK and German users were given googlemail.com addresses' },
  },
  {
    kind: 'webmail', operator: 'Microsoft (Outlook.com)', domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    source: { url: 'https://en.wikipedia.org/wiki/Outlook.com', checked: CHECKED, note: 'free personal email on @outlook.com and @hotmail.com; @live.com and @msn.com maintained' },
  },
  {
    kind: 'webmail', operator: 'Apple (iCloud Mail)', domains: ['icloud.com', 'me.com', 'mac.com'],
    source: { url: 'https://support.apple.com/118230', checked: CHECKED, note: 'About your @icloud.com, @me.com, and @mac.com email addresses' },
  },
  {
    kind: 'open-redirector', operator: 'Google (ad click redirects, adurl=)', domains: ['doubleclick.net', 'googleadservices.com'],
    source: { url: 'https://stateofsecurity.com/tag/google-redirection/', checked: CHECKED, note: 'spam and phishing redirect through the ad click mechanism, working as designed' },
  },
  {
    kind: 'shared-sending', operator: 'Amazon Web Services (Amazon SES)', domains: ['amazonses.com'],
    source: {
      url: 'https://docs.aws.amazon.com/sdk-for-sap-abap/v1/api/latest/ses/operation/SETIDENTITYMAILFROMDOMAIN.html', checked: CHECKED,
      note: 'every SES customer without a custom MAIL FROM domain sends with amazonses.com as its MAIL FROM',
    },
  },
];

/** Every domain of SHARED_DOMAIN_GROUPS: isSharedDomain('gmail.com') => true, isSharedDomain('google.com') => false. */
export const SHARED_DOMAINS: ReadonlySet<string> = new Set(SHARED_DOMAIN_GROUPS.flatMap((group) => group.domains));

export function isSharedDomain(registrableDomain: string): boolean {
  return SHARED_DOMAINS.has(registrableDomain.toLowerCase());
}
