// The structure of the score: which findings are red flags on their own, and which combinations of independent
// kinds of evidence count as composites (like SpamAssassin meta rules and Rspamd composites). The points each is
// worth are not set here: they are fitted to real mail by `npm run calibrate` and kept in score-table.ts.
import type { DetectorId, FindingKey } from '../detectors';
import type { Severity } from '../model';

/**
 * Findings whose medium may make a message `suspicious` on its own, because it rests on how the message was built
 * rather than on its wording: a DMARC, compauth or SPF failure on the From domain, a From line no mail program writes
 * or a generated mailbox, replies diverted to webmail, text hidden from the reader, a sender on an app-hosting project
 * or a webmail account posing as an organization, pictures kept on an anonymous image host, links that all lead to
 * throwaway hosts or whose host is written in styled letters. Every other medium, and
 * every low, is a weak signal: alone it never makes `suspicious`, whatever its points (DESIGN.md). Wording detectors
 * ('verify your account', 'you have won') also match genuine notifications and newsletters, so they need
 * corroboration. A brand's logo borrowed by a third party is left out: deal newsletters and couriers show shops'
 * logos too. So is a link to a look-alike domain at medium: a brand's own subsidiaries put its name inside theirs
 * ('intesasanpaoloprivatebanking.it'), and a sender on a look-alike domain is high anyway.
 */
export const STANDALONE_RED_FLAGS: readonly FindingKey[] = [
  // A failure, not an absence: 'nothing confirms a brand's domain' (no DMARC result at all, mail relayed through a
  // sending service) is left out, since a gateway that writes only Received-SPF shows genuine brand mail that way.
  'auth-failure/dmarc-fail',
  'auth-failure/compauth-fail',
  'auth-failure/spf-fail',
  // The reader's address in the subject is left out: genuine services write it too ('Security alert for bob@x.it').
  'header-anomaly/several-senders',
  'header-anomaly/unreadable-from',
  'header-anomaly/invalid-domain',
  'header-anomaly/generated-mailbox',
  'header-anomaly/generated-host',
  'header-anomaly/generated-return-path',
  // Replies diverted to webmail, or from a sender with no address; a brand's Reply-To on another company's domain
  // (a support desk, a CRM) is ordinary.
  'reply-to-mismatch/freemail',
  'reply-to-mismatch/no-sender-address',
  // Hidden text, except zero-width joiners inside words: genuine newsletters put them inside dates and street names
  // so that Apple Mail's data detectors do not turn them into links ('Via Roma&zwnj; 12').
  'hidden-text/salting',
  'hidden-text/splitWords',
  'hidden-text/bidiOverride',
  'hidden-text/mixedScript',
  // An app-hosting project as sender, a decorated campaign name or another person's name plus a code on webmail. An
  // organization word or an honorific before a name on webmail is left out: a bakery, a teacher's course account,
  // a small agency write that way ('Prof. Marco Bianchi <corso.fisica2026@gmail.com>').
  'throwaway-sender/app-hosting',
  'throwaway-sender/decorated-name',
  'throwaway-sender/other-person-account',
  'brand-asset-hotlink/anonymousImageHost',
  // Every link a throwaway (shorteners, bare IPs, free hosting, abused TLDs) and none to the sender's own site, or a
  // link host written in styled look-alike letters: how the message was built to hide where it leads. Replies and
  // real discussion lists are exempt in the detector; no legitimate message of the corpus has either.
  'suspicious-link/onlyThrowawayLinks',
  'suspicious-link/styledHost',
];

/**
 * Content detectors whose findings count as usual in mail from a brand's own domain, instead of by the fitted
 * 'brand-sender:' lines: a phone number to call about a charge. Scammers abuse brands' own notification systems
 * (invoices, tenant names) to deliver callback scams from the brand's real domain; the corpus has none of those, so
 * the fit could not learn it.
 */
export const KEPT_IN_BRAND_MAIL: readonly DetectorId[] = ['callback-lure'];

/** Groups of detectors standing for one kind of claim. */
const IMPERSONATES: readonly DetectorId[] = ['brand-impersonation', 'lookalike-domain', 'display-name-spoof', 'internal-impersonation'];
const ASKS: readonly DetectorId[] = ['credential-request', 'callback-lure', 'money-lure', 'html-form'];
const LURES: readonly DetectorId[] = ['account-alert-lure', 'urgency-pressure', 'money-lure', 'callback-lure', 'credential-request'];
const DECEPTIVE_LINKS: readonly DetectorId[] = ['link-text-mismatch', 'brand-link-mismatch', 'suspicious-link', 'html-form', 'brand-asset-hotlink'];
const DANGEROUS_PAYLOAD: readonly DetectorId[] = ['risky-attachment', 'html-form'];

export interface CompositeRule {
  readonly id: string;
  /** Every group needs at least one finding, of at least `minSeverity`, from one of its detectors. */
  readonly groups: readonly (readonly DetectorId[])[];
  readonly minSeverity: Severity;
  /** Why this combination matters, for the audit and for docs/detection.md. */
  readonly why: string;
}

export const COMPOSITE_RULES = [
  {
    id: 'impersonator-asks-for-secrets',
    groups: [IMPERSONATES, ASKS],
    minSeverity: 'medium',
    why: 'Someone posing as a brand or a colleague asks for a password, a code, card data or a call: the core of phishing.',
  },
  {
    id: 'impersonator-raises-alarm',
    groups: [IMPERSONATES, LURES],
    minSeverity: 'medium',
    why: 'A fake sender with an account alert or a deadline: pressure to act before thinking.',
  },
  {
    id: 'deceptive-link-with-lure',
    groups: [DECEPTIVE_LINKS, LURES],
    minSeverity: 'medium',
    why: 'A link that hides where it goes, in a message that pushes the reader to click.',
  },
  {
    id: 'spoofed-or-unauthenticated-impersonator',
    groups: [['auth-failure'], IMPERSONATES],
    minSeverity: 'low',
    why: 'The sender failed authentication while claiming to be someone else.',
  },
  {
    id: 'unauthenticated-sender-anomaly',
    groups: [['auth-failure'], ['reply-to-mismatch', 'header-anomaly', 'display-name-spoof']],
    minSeverity: 'medium',
    why: 'The sender failed authentication and its headers are also wrong (replies diverted elsewhere, a From line no mail program writes): two independent signs of a forged sender.',
  },
  {
    id: 'payload-with-lure',
    groups: [DANGEROUS_PAYLOAD, LURES],
    minSeverity: 'medium',
    why: 'A dangerous attachment or a form, with words that push the reader to open or fill it.',
  },
] as const satisfies readonly CompositeRule[];

/**
 * Evidence of several independent kinds (who sent it, what it says, where its links go, what it carries). Three
 * kinds, however weak each one is (an unauthenticated sender + a picture borrowed from a brand + a link to a free
 * host), are rare in genuine mail; two, one of them at medium or above, are the ordinary corroboration.
 */
export const KIND_RULES = [
  {
    id: 'three-kinds-of-evidence',
    minKinds: 3,
    minStrongKinds: 0,
    why: 'Weak signs from three independent sides of the message (sender, content, links, attachments) corroborate each other.',
  },
  {
    id: 'two-kinds-of-evidence',
    minKinds: 2,
    minStrongKinds: 1,
    why: 'Two independent sides of the message show evidence, one of them at medium or above.',
  },
] as const;

export type CompositeId = (typeof COMPOSITE_RULES)[number]['id'] | (typeof KIND_RULES)[number]['id'];
