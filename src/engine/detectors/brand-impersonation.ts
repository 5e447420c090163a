import { claimedBrands, isBrandDomain } from '../brands';
import { findWord } from '../brands/claimed-brands';
import { PUBLIC_FIGURES } from '../brands/public-figures';
import type { PublicFigure } from '../brands/public-figures';
import type { BrandClaim } from '../brands';
import type { Brand, Finding, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { isFreemailDomain, isMailingList, isReply, senderDomain } from '../sender';
import { normalizeText } from '../text/normalize';
import { registrableDomain } from '../url';

/** At most this many brands are reported per message: a newsletter naming ten brands is not ten red flags. */
const MAX_BRANDS_REPORTED = 2;

/** A forwarded message ('Fwd:', 'I:', 'WG:', 'TR:', 'RV:') quotes someone else's mail, brand names included. */
const FORWARD_SUBJECT = /^\s*(?:fwd?|i|inoltra|wg|tr|rv|enc|doorst)\s*:/i;

/**
 * Consumer webmail run by a brand: anyone can have an address there, and the brand's own notices never come from
 * it (Google writes from google.com, not gmail.com). Other brand-run mail domains (tim.it, orange.fr, t-online.de)
 * also carry the brand's real mail, so they count as the brand's.
 */
const CONSUMER_WEBMAIL: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
]);

/**
 * Which brand runs each consumer webmail: its postmaster writes delivery reports as that brand ('Microsoft Outlook'
 * <postmaster@outlook.com> returning an undeliverable message).
 */
const WEBMAIL_OPERATOR: ReadonlyMap<string, string> = new Map([
  ['gmail.com', 'google'], ['googlemail.com', 'google'], ['outlook.com', 'microsoft'], ['hotmail.com', 'microsoft'],
  ['live.com', 'microsoft'], ['msn.com', 'microsoft'], ['icloud.com', 'apple'], ['me.com', 'apple'], ['mac.com', 'apple'],
]);

/**
 * Mailboxes that only the domain's operator holds: RFC 5321 §4.5.1 requires postmaster, and MAILER-DAEMON signs
 * bounces; no user of the webmail can register them. A forged one is auth-failure's to catch.
 */
const OPERATOR_MAILBOX = /^(?:postmaster|mailer-daemon)@/i;

/**
 * Exchange's own system mailbox ('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.it') signs delivery
 * reports and quarantine notices as "Microsoft Outlook" from the organization's own domain.
 */
const EXCHANGE_SYSTEM_MAILBOX = /^microsoftexchange[0-9a-f]{32}@/i;

type MessageId = 'displayName' | 'freemail' | 'disguisedName' | 'subject' | 'content' | 'publicFigure';

/**
 * True when the sender proved it is the brand: DMARC passed on a domain that is exactly one of the brand's (not a
 * free webmail domain some brands also run: DMARC passing for gmail.com proves a Gmail user, not Google).
 */
function authenticatedAsBrand(message: MailMessage, brand: Brand): boolean {
  const dmarc = message.auth.dmarc;
  if (dmarc?.result !== 'pass') return false;
  const domain = registrableDomain(dmarc.domain ?? message.from?.domain ?? '');
  return domain !== '' && !CONSUMER_WEBMAIL.has(domain) && brand.domains.includes(domain);
}

/** The brand's own address family for the message: amazon.it for Amazon, paypal.com for PayPal. */
function brandHome(brand: Brand): string {
  return brand.domains[0] ?? brand.name;
}

/**
 * How strong a claim is, Sublime's Amazon impersonation rule style: the display name is the strong case; a body-only
 * mention counts only with the brand's logo beside it, and not at all in mailing lists or forwarded/replied threads
 * (people quote and discuss brands there).
 */
/** A meeting invitation carries the meeting service's name and logo ('Microsoft Teams meeting', 'Google Meet'). */
function isMeetingInvite(message: MailMessage): boolean {
  return message.attachments.some((a) => a.contentType === 'text/calendar' || /\.ics$/i.test(a.filename));
}

function classify(claim: BrandClaim, message: MailMessage, freemail: boolean): { messageId: MessageId; severity: Severity } | undefined {
  const places = new Set(claim.places);
  const list = isMailingList(message);
  const thread = isReply(message) || FORWARD_SUBJECT.test(message.subject);
  if (places.has('display-name')) {
    if (freemail) return { messageId: 'freemail', severity: 'high' };
    if (claim.lookalike) return { messageId: 'disguisedName', severity: 'high' };
    return { messageId: 'displayName', severity: list ? 'medium' : 'high' };
  }
  // Invitations name the meeting service they use ('Microsoft Teams meeting') and carry its logo.
  if (list || thread || isMeetingInvite(message)) return undefined;
  const logo = places.has('logo') || places.has('image-alt');
  if (places.has('subject')) {
    if (claim.lookalike) return { messageId: 'disguisedName', severity: 'high' };
    // A subject naming a brand is also every news headline ('Microsoft reveals XP details') and every friend's
    // 'Amazon order for mum' from Gmail: it needs the brand's logo or its name in the sender's address.
    // 'Le migliori offerte su Amazon', 'Deals on Amazon': a subject naming the shop where things are sold talks
    // about the brand, it does not speak as it (affiliate newsletters carry the product photos too).
    if (namesBrandAsPlace(message.subject, claim.brand)) return undefined;
    if (logo || addressNamesBrand(message, claim.brand)) return { messageId: 'subject', severity: 'medium' };
    // 'Coinbase: Was this you?', 'MERCADO PAGO - Alerta de segurança', 'Your Norton Order Confirmation': the subject
    // is written as the brand's own notice, which a headline ('Microsoft reveals XP details') is not.
    if (speaksAsBrand(message.subject, claim.brand)) return { messageId: 'subject', severity: 'medium' };
    return undefined;
  }
  if (logo && places.has('body')) return { messageId: 'content', severity: 'low' };
  return undefined;
}

/** Prepositions that put a brand after them as a place: 'su Amazon', 'on eBay', 'auf Amazon', 'sur Amazon', 'no Mercado Livre'. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['su', 'sul', 'on', 'at', 'auf', 'bei', 'sur', 'no', 'na', 'en']);

function namesBrandAsPlace(subject: string, brand: Brand): boolean {
  const words = normalizeText(subject.slice(0, 300)).split(/[^\p{L}\p{N}.+&]+/u);
  return words.some((word, i) => i > 0 && PLACE_PREPOSITIONS.has(words[i - 1] ?? '') && brand.names.includes(word));
}

/** 'your' in the languages we read, before a brand name: 'Your Norton order', 'Seu Mercado Pago', 'Il tuo Amazon'. */
const YOUR = /(?:^|[^\p{L}])(?:your|seu|sua|votre|ihr|ihre|il tuo|la tua|tu|uw|je)\s$/u;
/** A brand name heading the subject as a label: 'Coinbase:', 'MERCADO PAGO -', 'PayPal |', 'Norton® -'. */
const LABEL_AFTER_NAME = /^\s?[®™]?\s?[:|\-–—]/u;

/** The subject speaks as the brand: its name as a label at the head, or the reader's own ('your') account or order. */
function speaksAsBrand(subject: string, brand: Brand): boolean {
  const text = normalizeText(subject.slice(0, 300)).replace(/^[^\p{L}\p{N}]+/u, '');
  return brand.names.some((name) => {
    if (text.startsWith(name) && LABEL_AFTER_NAME.test(text.slice(name.length))) return true;
    const at = findWord(text, name);
    return at > 0 && YOUR.test(text.slice(Math.max(0, at - 12), at));
  });
}

/** The sender's address itself names the brand: 'amazon-@steelesmedia.co.uk', 'saudebradesco-57@planos.com.br'. */
function addressNamesBrand(message: MailMessage, brand: Brand): boolean {
  const address = (message.from?.address ?? '').toLowerCase();
  return brand.names.some((name) => name.length >= 5 && !name.includes(' ') && address.includes(name));
}

function rawFromHeader(message: MailMessage): string {
  return (message.headers.find((h) => h.key === 'from')?.value ?? '').trim().slice(0, 120);
}

/** Giveaway and donation words (en, it, pt, es, fr, de) that turn a famous name in a subject into bait. */
const GIVEAWAY_WORDS = /\b(?:giv(?:ing|es?) away|giveaway|donat(?:e|es|ion|ions|ing)|donazione|doa[cç][aã]o|donaci[oó]n|don de|spende|airdrop|bitcoin|btc|crypto(?:currenc(?:y|ies))?|criptovalut[ae]|double your)\b/u;

/**
 * A billionaire's name as the sender ('Mr Jeffrey P Bezos', 'Eco Savings by Elon Musk') or run together in the mailbox
 * ('bernardarnault1949@gmail.com'), from a domain that is none of their companies'. The full name as the display name
 * is high: nobody mails strangers as Elon Musk from a random domain (0 of 3,179 legitimate corpus messages, 6 of
 * 1,962 phishing). A mailbox name or a subject is medium: a shorter, looser match that needs a second sign.
 */
function publicFigureClaim(message: MailMessage, domain: string): { figure: PublicFigure; shown: string; severity: Severity } | undefined {
  const name = normalizeText((message.from?.name ?? '').slice(0, 200)).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const mailbox = (message.from?.address ?? '').toLowerCase().split('@')[0] ?? '';
  const subject = normalizeText(message.subject.slice(0, 300)).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const giveaway = GIVEAWAY_WORDS.test(subject);
  for (const figure of PUBLIC_FIGURES) {
    if (figure.domains.includes(domain)) continue;
    if (figure.names.some((full) => ` ${name} `.includes(` ${full} `))) return { figure, shown: message.from?.name ?? '', severity: 'high' };
    if (mailbox.includes(figure.mailboxName)) return { figure, shown: message.from?.address ?? '', severity: 'medium' };
    // 'SpaceX and CEO Elon Musk are giving away cryptocurrencies!': the name with a giveaway in the subject.
    if (giveaway && figure.names.some((full) => ` ${subject} `.includes(` ${full} `))) return { figure, shown: message.subject, severity: 'medium' };
  }
  return undefined;
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/** The display name, subject, text or logo say "I am Amazon" while the address is not Amazon's. */
export const brandImpersonation = defineDetector({
  id: 'brand-impersonation',
  kind: 'sender',
  title: { en: 'Pretends to be a known company', it: 'Si spaccia per un’azienda nota' },
  severity: 'high',
  explanation: {
    en: 'The message presents itself as a well-known company, but it was not sent from that company’s addresses. Scammers borrow famous names so that you trust them.',
    it: 'Il messaggio si presenta come un’azienda nota, ma non è stato inviato dagli indirizzi di quell’azienda. I truffatori usano nomi famosi per farsi credere.',
  },
  messages: {
    displayName: {
      en: 'The sender calls itself “{claim}”, but the message was sent from {address}, which doesn’t belong to {brandName} ({brandName} writes from {brandDomain}).',
      it: 'Il mittente si chiama “{claim}”, ma il messaggio è stato inviato da {address}, che non appartiene a {brandName} ({brandName} scrive da {brandDomain}).',
    },
    freemail: {
      en: 'The sender calls itself “{claim}”, but writes from {address}, a free webmail address anyone can open; {brandName} writes from {brandDomain}.',
      it: 'Il mittente si chiama “{claim}”, ma scrive da {address}, un indirizzo di posta gratuito che chiunque può aprire; {brandName} scrive da {brandDomain}.',
    },
    disguisedName: {
      en: 'The message writes {brandName} with look-alike characters (“{claim}”), a trick to slip past filters, and was sent from {address}, which doesn’t belong to {brandName} ({brandName} writes from {brandDomain}).',
      it: 'Il messaggio scrive {brandName} con caratteri somiglianti (“{claim}”), un trucco per aggirare i filtri, ed è stato inviato da {address}, che non appartiene a {brandName} ({brandName} scrive da {brandDomain}).',
    },
    subject: {
      en: 'The subject speaks as {brandName} (“{claim}”), but the message was sent from {address}, which doesn’t belong to {brandName} ({brandName} writes from {brandDomain}).',
      it: 'L’oggetto parla a nome di {brandName} (“{claim}”), ma il messaggio è stato inviato da {address}, che non appartiene a {brandName} ({brandName} scrive da {brandDomain}).',
    },
    publicFigure: {
      en: 'The sender presents itself as {person} (“{claim}”) but writes from {address}: famous people do not write to strangers, and their names are bait for giveaway and donation scams.',
      it: 'Il mittente si presenta come {person} (“{claim}”) ma scrive da {address}: le persone famose non scrivono a sconosciuti, e i loro nomi sono l’esca di finti regali e donazioni.',
    },
    content: {
      en: 'The text and logo present the message as {brandName}, but it was sent from {address}, which doesn’t belong to {brandName} ({brandName} writes from {brandDomain}).',
      it: 'Il testo e il logo presentano il messaggio come {brandName}, ma è stato inviato da {address}, che non appartiene a {brandName} ({brandName} scrive da {brandDomain}).',
    },
  },
  run(message, { brands, policy }) {
    // A From header too broken to parse ('Microsoft account team ,_<no-reply@x.com>') is shown as written: a brand
    // name over an unreadable address is no brand's mail either.
    const address = message.from?.address || rawFromHeader(message);
    const domain = senderDomain(message);
    if (!address || EXCHANGE_SYSTEM_MAILBOX.test(address)) return [];
    // Mail from the organization's own domain ('Microsoft 365 Support' <it@acme.it> is the IT team, a postmaster
    // notice says "Microsoft Outlook") is not brand impersonation; a spoofed internal From is auth-failure's and
    // internal-impersonation's to catch.
    if (policy.organization.domains.includes(domain)) return [];
    const freemail = isFreemailDomain(domain) || isFreemailDomain(message.from?.domain ?? '');
    const webmail = CONSUMER_WEBMAIL.has(domain);
    const findings: Finding[] = [];
    for (const claim of claimedBrands(message, brands)) {
      const { brand } = claim;
      // A brand's own domain is not impersonation (spoofing of it is auth-failure's job), unless it is a webmail
      // domain the brand runs for everyone (a Gmail user calling itself Google).
      if (domain && !webmail && isBrandDomain(domain, brand)) continue;
      // The webmail's own postmaster returning a message is the brand writing ('Microsoft Outlook' from
      // postmaster@outlook.com), not a user calling itself Microsoft.
      if (OPERATOR_MAILBOX.test(address) && WEBMAIL_OPERATOR.get(domain) === brand.id) continue;
      if (authenticatedAsBrand(message, brand)) continue;
      const verdict = classify(claim, message, freemail);
      if (!verdict) continue;
      findings.push({
        detectorId: 'brand-impersonation',
        messageId: verdict.messageId,
        severity: verdict.severity,
        data: { brand: brand.id, brandName: brand.name, claim: claim.evidence.slice(0, 120), address, brandDomain: brandHome(brand) },
        evidence: [address, claim.evidence],
      });
    }
    const figure = isMailingList(message) || isReply(message) ? undefined : publicFigureClaim(message, domain);
    if (figure) {
      findings.push({
        detectorId: 'brand-impersonation',
        messageId: 'publicFigure',
        severity: figure.severity,
        data: { person: figure.figure.name, claim: figure.shown.slice(0, 120), address },
        evidence: [address, figure.shown.slice(0, 200)],
      });
    }
    findings.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    return findings.slice(0, MAX_BRANDS_REPORTED);
  },
});
