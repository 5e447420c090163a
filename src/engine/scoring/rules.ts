// The scoring table, in one place so a security engineer can audit it and an admin can tune it (thresholds and
// detectors switched off live in the policy). Like SpamAssassin meta rules and Rspamd composites: single signals
// are worth little, combinations of independent kinds of evidence are what make a message suspicious or dangerous.
import type { Severity } from '../model';

/** Points for a detector's strongest finding. Further findings of the same detector add nothing. */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { low: 1, medium: 3, high: 6 };

/**
 * Findings whose medium is a red flag on its own, because it rests on how the message was built rather than on its
 * wording: a DMARC, compauth or SPF failure on the From domain, a From line no mail program writes or a generated
 * mailbox, replies diverted to webmail from a company address, text hidden from the reader, a sender on an
 * app-hosting project or a webmail account posing as an organization, pictures kept on an anonymous image host.
 * Legitimate corpus mail never shows them at medium (0 of 3,179 messages), while wording detectors ('verify your
 * account', 'you have won') also match genuine notifications and newsletters, so they still need corroboration. A
 * brand's logo borrowed by a third party is left out: deal newsletters and couriers show shops' logos too. So is a
 * link to a look-alike domain at medium: a brand's own subsidiaries put its name inside theirs
 * ('intesasanpaoloprivatebanking.it'), and a sender on a look-alike domain is high anyway.
 * Entries are a detector id (all its findings) or 'detector-id/messageId'. Such a medium is worth
 * RED_FLAG_MEDIUM_POINTS, enough for `suspicious` at the default threshold; an admin who raises that threshold
 * raises it for them too.
 */
export const STANDALONE_RED_FLAGS: readonly string[] = [
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
];
export const RED_FLAG_MEDIUM_POINTS = 4;

/**
 * Groups of detectors standing for one kind of claim. A composite fires when every group has a finding of at least
 * `minSeverity`, and adds its points on top.
 */
const IMPERSONATES = ['brand-impersonation', 'lookalike-domain', 'display-name-spoof', 'internal-impersonation'];
const ASKS = ['credential-request', 'callback-lure', 'money-lure', 'html-form'];
const LURES = ['account-alert-lure', 'urgency-pressure', 'money-lure', 'callback-lure', 'credential-request'];
const DECEPTIVE_LINKS = ['link-text-mismatch', 'brand-link-mismatch', 'suspicious-link', 'html-form', 'brand-asset-hotlink'];
const DANGEROUS_PAYLOAD = ['risky-attachment', 'html-form'];

export interface CompositeRule {
  readonly id: string;
  /** Every group needs at least one finding from one of its detectors. */
  readonly groups: readonly (readonly string[])[];
  readonly minSeverity: Severity;
  readonly points: number;
  /** Why this combination matters, for the audit and for docs/detection.md. */
  readonly why: string;
}

export const COMPOSITE_RULES: readonly CompositeRule[] = [
  {
    id: 'impersonator-asks-for-secrets',
    groups: [IMPERSONATES, ASKS],
    minSeverity: 'medium',
    points: 4,
    why: 'Someone posing as a brand or a colleague asks for a password, a code, card data or a call: the core of phishing.',
  },
  {
    id: 'impersonator-raises-alarm',
    groups: [IMPERSONATES, LURES],
    minSeverity: 'medium',
    points: 2,
    why: 'A fake sender with an account alert or a deadline: pressure to act before thinking.',
  },
  {
    id: 'deceptive-link-with-lure',
    groups: [DECEPTIVE_LINKS, LURES],
    minSeverity: 'medium',
    points: 3,
    why: 'A link that hides where it goes, in a message that pushes the reader to click.',
  },
  {
    id: 'spoofed-or-unauthenticated-impersonator',
    groups: [['auth-failure'], IMPERSONATES],
    minSeverity: 'low',
    points: 2,
    why: 'The sender failed authentication while claiming to be someone else.',
  },
  {
    id: 'unauthenticated-sender-anomaly',
    groups: [['auth-failure'], ['reply-to-mismatch', 'header-anomaly', 'display-name-spoof']],
    minSeverity: 'medium',
    points: 2,
    why: 'The sender failed authentication and its headers are also wrong (replies diverted elsewhere, a From line no mail program writes): two independent signs of a forged sender.',
  },
  {
    id: 'payload-with-lure',
    groups: [DANGEROUS_PAYLOAD, LURES],
    minSeverity: 'medium',
    points: 3,
    why: 'A dangerous attachment or a form, with words that push the reader to open or fill it.',
  },
];

/**
 * Evidence of three independent kinds (who sent it, what it says, where its links go, what it carries), however weak
 * each one is: an unauthenticated sender + a picture borrowed from a brand + a link to a free host. Each alone is
 * common in genuine mail; three together are not (no legitimate corpus message has three kinds). Works like a
 * composite: its points are added and it counts as corroboration.
 */
export const KIND_SPREAD_RULE = {
  id: 'three-kinds-of-evidence',
  minKinds: 3,
  points: 2,
  why: 'Weak signs from three independent sides of the message (sender, content, links, attachments) corroborate each other.',
} as const;
