import type { Brand, Finding, MailAddress, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { fromAuthentication, isFreemailDomain, isRandomLocalPart, isShuffledAlphanumeric, organizationalDomain, sendingBrand } from '../sender';

/** A header longer than this is cut before it is read: a crafted From cannot slow the checks down. */
const MAX_HEADER_SCANNED = 600;
/** Recipient addresses shorter than this ('a@b') would match inside ordinary words of a subject. */
const MIN_RECIPIENT_LENGTH = 6;

type AnomalyId =
  | 'several-senders'
  | 'unreadable-from'
  | 'invalid-domain'
  | 'generated-mailbox'
  | 'generated-host'
  | 'generated-return-path'
  | 'recipient-in-subject';

/** Quoted strings, comments and angle addresses, bounded so that no pattern can backtrack far. */
const QUOTED = /"(?:[^"\\]|\\.){0,300}"/g;
const COMMENT = /\([^()]{0,300}\)/g;
const ANGLE_ADDRESS = /<[^<>]{0,300}>/g;
/** 'Rossi, Mario <mario@acme.it>': an old client that forgot the quotes around 'Surname, Given'. */
const SURNAME_GIVEN = /^\p{Lu}[\p{L}'-]{0,40}, ?\p{Lu}[\p{L}'-]{0,40} ?<>$/u;
/** A host name as DNS allows it: letters, digits and hyphens in dot-separated labels. */
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** One DNS label alone: a machine inside a network ('localhost', 'nas-01'). */
const SINGLE_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * Mailboxes a bulk-mailing kit makes up by the thousand: 'Everett_Maria_74649', 'NEW_OFFRE_7_53920', 'For_You_17083'
 * (words, underscores, a serial number).
 */
const SERIAL_MAILBOX = /^(?:[a-z]{2,20}_){2,3}(?:\d{1,2}_)?\d{4,6}$/i;
/** Case runs: 'nOsuPjv' => 'n', 'Osu', 'Pjv'; 'NoReply' => 'No', 'Reply'; 'ITSupport' => 'IT', 'Support'. */
const CASE_RUN = /[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])/g;
/** Characters that may stand in an address's local part: a match must not start in the middle of one. */
const LOCAL_PART_CHAR = /[a-z0-9._%+-]/;

/**
 * The mailboxes a From (or Sender) header lists, once quoted names, comments and addresses are set aside:
 * 'Amazon <a@b.com>' => 1 part; 'Microsoft account team ,_<no-reply@x.com>' => 2 parts ('Microsoft account team',
 * '_<>'); '"Transport@GLS.de", service@stayfriends.de' => 2; 'Nocibé, info@ml.x.fr' => 2.
 */
function headerParts(raw: string): string[] {
  const flat = raw.slice(0, MAX_HEADER_SCANNED).replace(QUOTED, '""').replace(COMMENT, ' ').replace(ANGLE_ADDRESS, '<>');
  return flat
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Several mailboxes or stray words in one From line: genuine mail has exactly one author, and no mail program
 * writes a bare word beside it. The one honest exception is an old client's unquoted 'Rossi, Mario <mario@acme.it>'.
 */
function listsSeveral(raw: string): boolean {
  const parts = headerParts(raw);
  if (parts.length < 2) return false;
  return !(parts.length === 2 && SURNAME_GIVEN.test(parts.join(', ')));
}

/**
 * A From domain written with characters no domain has: 'winner!', "'fkdykcpqco.com", 'mail_server.com'. Nobody can
 * answer such a sender or check it. A single word without a dot ('root@localhost', 'backup@nas-01') is how machines
 * inside a network sign their own reports, so it is not judged here (see isDotlessInternetDomain); nor is an unusual
 * but real suffix ('iki.fi').
 */
function isInvalidDomain(domain: string): boolean {
  if (!domain.includes('.')) return !SINGLE_LABEL.test(domain);
  return !HOST_NAME.test(domain);
}

/**
 * A single word as the From domain ('notifica@correios', 'debitos@pedagiodigital503139603') on mail that arrived from
 * outside: the receiving organisation checked this very From domain (its DMARC result names it, 'header.from=
 * correios'), and no domain on the internet is one label, so no reply can reach it and nothing vouches for it. Kits
 * write it to show a brand word where the domain should be. Machines inside a network ('root@localhost') deliver
 * without that check, and a From rewritten after delivery is not what the server judged.
 */
function isDotlessInternetDomain(message: MailMessage, domain: string): boolean {
  return !domain.includes('.') && domain !== '' && message.auth.dmarc?.domain?.toLowerCase() === domain;
}

/**
 * Random letters in mixed case, as a bulk kit rolls them per message: 'lrkCxNhN', 'SHTXhIWo', 'newsletters.AwCVe'. A
 * person's or a product's mailbox has case only at word starts ('NoReply', 'JohnSmith', 'ITSupport', 'eBay'): at
 * most one run of one or two letters.
 */
function isRandomCase(local: string): boolean {
  const core = local.slice(local.lastIndexOf('.') + 1);
  if (!/^[A-Za-z0-9]{5,12}$/.test(core) || /\d{3}/.test(core) || !/[a-z]/.test(core) || !/[A-Z]/.test(core)) return false;
  const shortRuns = (core.match(CASE_RUN) ?? []).filter((run) => run.length <= 2);
  return shortRuns.length >= 2;
}

/** A From mailbox that a machine made up for this one mailing; webmail users and brands choose their own. */
/**
 * Marketplaces and classifieds relay messages between strangers through pseudonymous mailboxes, a random or hex id on
 * a relay host: '3f8a1c2b9d7e4f60a1b2@sale.craigslist.org', 'a7k2p9q4x8@reply.subito.it'. Those ids are chosen for
 * privacy, not rolled per mailing; bulk kits use word-like hosts ('acid.simplyzz.com') and never hex (none of the
 * corpus's 233 generated mailboxes is).
 */
const RELAY_HOST_LABEL = /^(?:reply|replies|relay|anon|anonymous|sale|sales|messages?|msg|conversations?|marketplace|members?|proxy)$/;
const HEX_ID = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,64}$/i;

function isRelayMailbox(local: string, domain: string): boolean {
  return HEX_ID.test(local) || RELAY_HOST_LABEL.test(domain.split('.')[0] ?? '');
}

function isGeneratedMailbox(message: MailMessage, brands: readonly Brand[]): boolean {
  const address = message.from?.address ?? '';
  const at = address.lastIndexOf('@');
  const domain = message.from?.domain ?? '';
  if (at <= 0 || isFreemailDomain(domain) || sendingBrand(domain, brands)) return false;
  const local = address.slice(0, at);
  if (isRelayMailbox(local, domain.toLowerCase())) return false;
  return SERIAL_MAILBOX.test(local) || isRandomCase(local) || isRandomLocalPart(local);
}

/**
 * The bounce address the receiving server recorded (Return-Path, written at delivery from the envelope) is a mailbox
 * rolled for this one message: 'BrCTrCHE@deck.example', 'b662ea1s1rt3@pier.example'. Kits roll the envelope sender
 * on their own as well as the From, and it shows even when the From reads as a word. Mailing services write bounce
 * addresses with separators and ids ('bounces+123-ab=x.com@em.example', '0100018c-...@amazonses.com'), which these
 * shapes leave alone; webmail is judged by the sender checks, and a brand's own domain is not a kit's.
 */
function generatedReturnPath(message: MailMessage, brands: readonly Brand[]): Finding | undefined {
  const value = rawHeader(message, 'return-path')?.slice(0, MAX_HEADER_SCANNED).trim().replace(/^<|>$/g, '') ?? '';
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (!domain.includes('.') || isFreemailDomain(domain) || sendingBrand(domain, brands) || isRelayMailbox(local, domain)) return undefined;
  if (!(isRandomCase(local) || isRandomLocalPart(local))) return undefined;
  return finding({ messageId: 'generated-return-path', severity: 'medium', data: { address: value }, evidence: [`Return-Path: ${value}`] });
}

/** Seven letters or more without a vowel ('xkqzvbtp'): no word, name or product in the languages we read. */
const VOWELLESS_LABEL = /^[bcdfghjklmnpqrstvwxz]{7,30}$/;

/**
 * A host label in front of the sender's domain that a kit rolled for this mailing: 'no-reply@qz7hx2kp.mailrelay.com',
 * 'info@xkqzvbtp.shop-news.net'. Companies name their mail hosts ('mail', 'news', 'em123', 'bounce'); a label of
 * letters and digits shuffled together, or of consonants only, reads as none. Webmail and brand domains are skipped.
 */
function generatedHostLabel(message: MailMessage, brands: readonly Brand[]): string | undefined {
  const domain = (message.from?.domain ?? '').toLowerCase();
  if (!domain || isFreemailDomain(domain) || sendingBrand(domain, brands)) return undefined;
  const organization = organizationalDomain(domain);
  if (!organization || organization === domain || !domain.endsWith(`.${organization}`)) return undefined;
  const labels = domain.slice(0, -organization.length - 1).split('.');
  return labels.find((label) => isShuffledAlphanumeric(label) || VOWELLESS_LABEL.test(label));
}

/** Every address this message was delivered to: To, Cc and the delivery headers servers add. */
function recipientAddresses(message: MailMessage): string[] {
  const addresses = [...message.to, ...message.cc].map((r: MailAddress) => r.address.toLowerCase());
  for (const header of message.headers) {
    if (header.key !== 'delivered-to' && header.key !== 'x-original-to') continue;
    addresses.push(header.value.trim().replace(/^<|>$/g, '').toLowerCase());
  }
  return [...new Set(addresses)].filter((a) => a.length >= MIN_RECIPIENT_LENGTH && a.includes('@'));
}

/** 'Your mailbox bob@acme.it is full' contains 'bob@acme.it', but 'jimbob@acme.it' does not. */
function containsAddress(text: string, address: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(address, from);
    if (at < 0) return false;
    const before = text[at - 1];
    if (before === undefined || !LOCAL_PART_CHAR.test(before)) return true;
    from = at + 1;
  }
}

function isDiscussionList(message: MailMessage): boolean {
  return message.headers.some((h) => h.key === 'list-post');
}

function rawHeader(message: MailMessage, key: string): string | undefined {
  return message.headers.find((h) => h.key === key)?.value;
}

interface AnomalyParts {
  readonly messageId: AnomalyId;
  readonly severity: Severity;
  readonly data: Record<string, string>;
  readonly evidence: string[];
}

function finding({ messageId, severity, data, evidence }: AnomalyParts): Finding {
  return { detectorId: 'header-anomaly', messageId, severity, data, evidence: evidence.filter(Boolean).map((e) => e.slice(0, 300)) };
}

/** The From (or Sender) line itself is broken: several authors, no readable address, an impossible domain. */
function brokenSender(message: MailMessage, brands: readonly Brand[]): Finding | undefined {
  const rawFrom = rawHeader(message, 'from');
  if (rawFrom === undefined) {
    return message.from ? undefined : finding({ messageId: 'unreadable-from', severity: 'medium', data: { from: '(none)' }, evidence: ['From: (none)'] });
  }
  const shownFrom = rawFrom.trim() || '(empty)';
  if (listsSeveral(rawFrom)) return finding({ messageId: 'several-senders', severity: 'medium', data: { from: shownFrom.slice(0, 200) }, evidence: [`From: ${shownFrom}`] });
  const rawSender = rawHeader(message, 'sender');
  if (rawSender !== undefined && listsSeveral(rawSender)) {
    return finding({ messageId: 'several-senders', severity: 'medium', data: { from: rawSender.trim().slice(0, 200) }, evidence: [`Sender: ${rawSender.trim()}`] });
  }
  const address = message.from?.address ?? '';
  if (!address.includes('@')) return finding({ messageId: 'unreadable-from', severity: 'medium', data: { from: shownFrom.slice(0, 200) }, evidence: [`From: ${shownFrom}`] });
  const domain = message.from?.domain ?? '';
  if (isInvalidDomain(domain) || isDotlessInternetDomain(message, domain)) {
    return finding({ messageId: 'invalid-domain', severity: 'medium', data: { domain, from: address }, evidence: [`From: ${shownFrom}`, domain] });
  }
  if (isGeneratedMailbox(message, brands)) return finding({ messageId: 'generated-mailbox', severity: 'medium', data: { from: address }, evidence: [address] });
  const label = generatedHostLabel(message, brands);
  if (label) return finding({ messageId: 'generated-host', severity: 'medium', data: { from: address, label }, evidence: [address, label] });
  return undefined;
}

/**
 * The reader's own address in the subject ('bob@acme.it, your mailbox is full', 'Gewinn für bob@acme.it'): bulk
 * senders paste it in to look personal. A service that proves it is the From domain (DMARC) and writes the
 * account it is about in the subject is ordinary, so that case is only a weak signal.
 */
function recipientInSubject(message: MailMessage): Finding | undefined {
  const subject = message.subject.slice(0, MAX_HEADER_SCANNED).toLowerCase();
  // On a discussion list the recipient is the list itself, and its address in the subject is how people talk about
  // it. List-Post says so; List-Id and 'Precedence: bulk' do not, since bulk-mailing kits stamp them on everything.
  if (!subject.includes('@') || isDiscussionList(message)) return undefined;
  const address = recipientAddresses(message).find((a) => containsAddress(subject, a));
  if (!address) return undefined;
  // A published DMARC policy that passed: Microsoft's 'bestguesspass' (no DMARC record, an aligned SPF or DKIM) is
  // what throwaway bulk domains get, and genuine brands publish DMARC.
  const dmarc = message.auth.dmarc;
  const provenSender = dmarc?.result === 'pass' && fromAuthentication(message).dmarcPass;
  const severity: Severity = provenSender ? 'low' : 'medium';
  return finding({ messageId: 'recipient-in-subject', severity, data: { address }, evidence: [`Subject: ${message.subject.slice(0, 200)}`, address] });
}

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Headers built the way mass scams build them, which genuine senders never do:
 * - a From line with several mailboxes or stray words ('Microsoft account team ,_<no-reply@x.com>',
 *   'WOW TV, jehd <service@y.de>'), so that filters and some mail apps read a different sender than the reader sees;
 * - no readable From address at all, or a domain that cannot exist ('<Todays@Winner!>');
 * - a From mailbox generated for the mailing ('Everett_Maria_74649@...', 'lrkCxNhN@...', '0pc5pmhs5zcn@...');
 * - the reader's own address pasted into the subject ('bob@acme.it, Please verify').
 * Reports the strongest of these, once.
 */
export const headerAnomaly = defineDetector({
  id: 'header-anomaly',
  kind: 'sender',
  title: { en: 'Forged or bait headers', it: 'Intestazioni falsificate o usate come esca' },
  severity: 'medium',
  explanation: {
    en: 'The sender line or the subject is built the way mass scams build them: a sender address that is broken or hidden among other words, or your own address pasted into the subject to look personal. Genuine companies do not write their mail like this.',
    it: 'La riga del mittente o l’oggetto sono costruiti come nelle truffe di massa: un indirizzo mittente rotto o nascosto tra altre parole, o il tuo stesso indirizzo incollato nell’oggetto per sembrare personale. Le aziende vere non scrivono così i loro messaggi.',
  },
  messages: {
    'several-senders': {
      en: 'The sender line “{from}” lists several senders or stray words around the address, a trick to hide who really sent the message.',
      it: 'La riga del mittente “{from}” elenca più mittenti o parole sparse intorno all’indirizzo, un trucco per nascondere chi ha inviato davvero il messaggio.',
    },
    'unreadable-from': {
      en: 'The sender line “{from}” contains no valid address: nobody can check or answer this sender.',
      it: 'La riga del mittente “{from}” non contiene un indirizzo valido: nessuno può verificare questo mittente o rispondergli.',
    },
    'invalid-domain': {
      en: 'The sender address {from} ends in {domain}, which is not a real internet domain.',
      it: 'L’indirizzo mittente {from} termina con {domain}, che non è un vero dominio internet.',
    },
    'generated-mailbox': {
      en: 'The sender address {from} is made of random characters or a serial number, as bulk-mailing tools generate them for each mailing; real companies and people write from addresses they chose.',
      it: 'L’indirizzo mittente {from} è fatto di caratteri casuali o di un numero di serie, come li generano per ogni invio gli strumenti di posta di massa; aziende e persone vere scrivono da indirizzi scelti da loro.',
    },
    'generated-host': {
      en: 'The sender address {from} comes from a host named "{label}", random characters generated for this mailing; real companies send from hosts they named.',
      it: "L'indirizzo mittente {from} viene da un host chiamato \"{label}\", caratteri casuali generati per questo invio; le aziende vere inviano da host a cui hanno dato un nome.",
    },
    'generated-return-path': {
      en: 'The address the server would return bounces to, {address}, is made of random characters generated for this one message, as bulk-mailing tools do.',
      it: 'L’indirizzo a cui il server restituirebbe i messaggi non recapitati, {address}, è fatto di caratteri casuali generati per questo solo messaggio, come fanno gli strumenti di posta di massa.',
    },
    'recipient-in-subject': {
      en: 'The subject contains your own address {address}, pasted in by a mass mailing to look personal.',
      it: 'L’oggetto contiene il tuo stesso indirizzo {address}, inserito da un invio di massa per sembrare personale.',
    },
  },
  run(message, { brands }) {
    if (message.unavailable.includes('headers')) return [];
    const found = [brokenSender(message, brands), recipientInSubject(message)].filter((f): f is Finding => f !== undefined);
    found.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    const envelope = generatedReturnPath(message, brands);
    return envelope ? [...found.slice(0, 1), envelope] : found.slice(0, 1);
  },
});
