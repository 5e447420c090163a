import type { Finding } from '../model';
import { defineDetector } from '../model';
import type { CueHit } from '../lexicon/find-cues';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import { BEC_CUES, STRANDED_CUES } from '../lexicon/cue-groups';
import type { Cue } from '../lexicon/types';
import type { MailMessage } from '../model';
import { isFreemailDomain, isMailingList } from '../sender';
import { findCreditedAmount } from '../text/credited-amount';

type MoneyKind = 'bec' | 'strandedFriend' | 'prize' | 'inheritance' | 'investment' | 'giftCard' | 'sextortion' | 'paymentDemand' | 'dating' | 'miracleCure';

const KIND_OF_CUE: Record<string, MoneyKind> = {
  prize: 'prize' as const,
  lottery: 'prize' as const,
  'free-money': 'prize' as const,
  inheritance: 'inheritance' as const,
  investment: 'investment' as const,
  crypto: 'investment' as const,
  'gift-card': 'giftCard' as const,
  sextortion: 'sextortion' as const,
  'payment-demand': 'paymentDemand' as const,
  dating: 'dating' as const,
  'miracle-cure': 'miracleCure' as const,
};

/** Which story the finding names when several are told: blackmail first, then the rest by how telling it is. */
const KIND_ORDER: readonly Cue[] = [
  'sextortion', 'inheritance', 'prize', 'lottery', 'gift-card', 'free-money', 'dating', 'miracle-cure', 'payment-demand', 'investment', 'crypto',
];
const MAX_EVIDENCE = 4;
/** Money with a push (a deadline, a button to claim, a request for details) counts as corroborated. */
const PUSH_CUES: readonly Cue[] = [
  'deadline', 'hurry', 'final-notice', 'call-to-action', 'login-to-verify', 'ask-personal-data', 'ask-card', 'ask-bank', 'ask-identity', 'ask-password', 'ask-code',
];
/** Offers that are bait by themselves when pushed; a bare payment demand or 'bitcoin' is not. */
const BAIT_CUES: readonly Cue[] = ['prize', 'lottery', 'inheritance', 'free-money', 'sextortion', 'gift-card', 'dating', 'miracle-cure'];
/** Pushes of the 'hurry up' kind, as opposed to a button: a bait with both is pressed hard. */
const HASTE_CUES: readonly Cue[] = ['deadline', 'hurry', 'final-notice'];
/** The baits of advance-fee letters: money out of the blue that the stranger needs your details to send. */
const ADVANCE_FEE_BAITS: readonly Cue[] = ['inheritance', 'prize', 'lottery', 'free-money'];
/**
 * Money offered out of the blue (an inheritance, a prize, a loan, funds to move), the stranger's offer of advance-fee
 * letters: alone it is a topic (a friend on Gmail tells of her grandmother's will), but with replies diverted to a
 * webmail account it is the letter's whole story ('I have a noble proposal for you', Reply-To: x@gmail.com).
 */
const UNSOLICITED_OFFERS: readonly Cue[] = [...ADVANCE_FEE_BAITS, 'investment'];
/** Baits that are a weak signal even alone, anywhere. */
const LONE_BAIT_CUES: readonly Cue[] = ['prize', 'dating', 'miracle-cure'];

/**
 * A credited amount ('+$354', see text/credited-amount.ts) in the subject or the body counts as a free-money cue
 * when the phrase lists found none: the fake-balance scams that show it write little else.
 */
function withCreditedAmount(hits: readonly CueHit[], message: MailMessage): CueHit[] {
  if (hits.some((hit) => hit.cue === 'free-money')) return [...hits];
  const inSubject = findCreditedAmount(message.subject);
  const amount = inSubject ?? findCreditedAmount(message.visibleText || message.text);
  if (!amount) return [...hits];
  const credited: CueHit = { cue: 'free-money', language: hits[0]?.language ?? 'en', evidence: amount, place: inSubject ? 'subject' : 'body', position: 0, end: 0 };
  return [...hits, credited].sort((a, b) => KIND_ORDER.indexOf(a.cue) - KIND_ORDER.indexOf(b.cue));
}

/**
 * Money offered or demanded: prizes and lotteries, inheritances and "funds", investment and crypto schemes,
 * gift cards, sextortion and payment demands. A single money word is ordinary (a newsletter mentions bitcoin, a
 * shop a gift card), so it takes two distinct cues, or one bait (a prize, an inheritance, a gift card) pushed
 * with a deadline or a button to claim it (weak); blackmail that asks for crypto is high.
 *
 * 'You have won! Claim your prize' => medium. 'I recorded you ... send 0.1 BTC to this wallet' => high.
 */
export const moneyLure = defineDetector({
  id: 'money-lure',
  kind: 'content',
  title: { en: 'Promises money or demands payment', it: 'Promette soldi o chiede un pagamento' },
  severity: 'high',
  explanation: {
    en: 'Unexpected prizes, inheritances, easy investments and gift cards are bait; threats that demand payment in crypto are blackmail with nothing behind it. Do not reply and do not pay.',
    it: 'Premi inattesi, eredità, investimenti facili e gift card sono esche; le minacce che chiedono un pagamento in criptovalute sono ricatti senza fondamento. Non rispondere e non pagare.',
  },
  messages: {
    prize: { en: 'It promises a prize or free money: “{phrase}”.', it: 'Promette un premio o soldi facili: “{phrase}”.' },
    inheritance: { en: 'It tells of an inheritance or funds to transfer: “{phrase}”.', it: 'Parla di un’eredità o di fondi da trasferire: “{phrase}”.' },
    investment: { en: 'It offers an investment or crypto scheme: “{phrase}”.', it: 'Propone un investimento o uno schema in criptovalute: “{phrase}”.' },
    giftCard: { en: 'It involves gift cards: “{phrase}”.', it: 'Coinvolge carte regalo: “{phrase}”.' },
    sextortion: { en: 'It is blackmail that claims to have compromising material: “{phrase}”.', it: 'È un ricatto che dice di avere materiale compromettente: “{phrase}”.' },
    paymentDemand: { en: 'It demands a payment: “{phrase}”.', it: 'Chiede un pagamento: “{phrase}”.' },
    dating: { en: 'It offers sex or dating with strangers: “{phrase}”.', it: 'Propone sesso o incontri con sconosciuti: “{phrase}”.' },
    miracleCure: { en: 'It sells a miracle cure or pills: “{phrase}”.', it: 'Vende una cura miracolosa o pillole: “{phrase}”.' },
    strandedFriend: {
      en: 'It tells of someone stranded abroad who needs money or gift cards: “{phrase}”. Call the person at a number you already know before paying anything.',
      it: 'Racconta di qualcuno bloccato all’estero che ha bisogno di soldi o di carte regalo: “{phrase}”. Prima di pagare, chiama la persona a un numero che conosci già.',
    },
    bec: {
      en: 'It asks for money the way CEO fraud does (urgency, secrecy, a boss who cannot be reached): “{phrase}”. Check by phone with the person, at a number you already know.',
      it: 'Chiede soldi come nella truffa del CEO (urgenza, segretezza, un capo irraggiungibile): “{phrase}”. Verifica per telefono con la persona, a un numero che conosci già.',
    },
  },
  run(message) {
    const cues = findCues(message);
    const stranded = strandedFinding(cues, message);
    if (stranded) return [stranded];
    const bec = becFinding(cuesAmong(cues, BEC_CUES));
    if (bec) return [bec];
    const hits = withCreditedAmount(cuesAmong(cues, KIND_ORDER).map((hit) => unlessShopOffer(hit, cues.hits)), message);
    const main = hits[0];
    if (!main) return [];
    const pushes = cuesAmong(cues, PUSH_CUES);
    const push = pushes[0];
    const bait = hits.find((hit) => BAIT_CUES.includes(hit.cue) && !isShopOffer(hit));
    // A bait with nothing pushing it is a topic ('the state lottery'), unless it is the subject: 'Your reward is
    // waiting', '200 Freispiele warten auf dich', 'Meet singles near you' as a headline is the whole message (3 of
    // 3,179 legitimate messages have one, 336 of 1,961 phishing ones), a red flag worth a medium.
    const baitInSubject = bait?.place === 'subject';
    // Alone in the body, a prize, a casino bonus or a pill is still a weak signal, worth a low: it counts only with
    // evidence of another kind ('you have been selected to receive an iPhone' from a sender failing DMARC). Not in
    // a mailing list, whose digests mention giveaways and lotteries in passing; and an inheritance is no bait alone
    // (programmers write about class inheritance).
    const loneBait = !isMailingList(message) && hits.some((hit) => LONE_BAIT_CUES.includes(hit.cue) && !isShopOffer(hit));
    const offerFromWebmail = !isMailingList(message) && repliesGoToWebmail(message) && hits.some((hit) => UNSOLICITED_OFFERS.includes(hit.cue));
    if (hits.length < 2 && !(bait && (push || baitInSubject)) && !loneBait && !offerFromWebmail) return [];
    const found = new Set(hits.map((hit) => hit.cue));
    const blackmail = found.has('sextortion') && (found.has('crypto') || found.has('payment-demand'));
    // Pressed with a deadline AND a button or a request ('You have won! Claim now, offer ends today').
    const pressedHard = pushes.some((hit) => HASTE_CUES.includes(hit.cue)) && pushes.some((hit) => !HASTE_CUES.includes(hit.cue));
    const baitHeadline = baitInSubject && push !== undefined;
    // One bait with a push ('Free gift! Click here') is how some newsletters talk too: weak on its own.
    let severity: Finding['severity'] = 'low';
    if (hits.length >= 2 || baitInSubject || (bait && pressedHard)) severity = 'medium';
    // High only when the story is the headline and it is pressed hard, or several kinds of money are on offer: a long
    // newsletter mentions a giveaway, a casino and a deadline in passing.
    if (blackmail || hits.length >= 4 || (baitHeadline && hits.length >= 2 && pressedHard)) severity = 'high';
    // Money out of the blue (an inheritance, a prize, millions to share) offered from a free webmail account, or with
    // replies sent to one: the advance-fee letter's sender. No lawyer, bank or lottery writes from Gmail. Not on a
    // mailing list, where posters write from webmail and digests quote the lottery news.
    const advanceFee = bait !== undefined && ADVANCE_FEE_BAITS.includes(bait.cue);
    if (severity === 'medium' && advanceFee && !isMailingList(message) && writesFromWebmail(message)) severity = 'high';
    // A lone offer with replies diverted to webmail is the advance-fee letter's whole story: medium, so it
    // corroborates the sender's evidence, but never high on one phrase.
    if (severity === 'low' && offerFromWebmail) severity = 'medium';
    return [
      {
        detectorId: 'money-lure',
        messageId: KIND_OF_CUE[main.cue] ?? ('prize' as const),
        data: { phrase: main.evidence },
        severity,
        evidence: [...hits, ...(push ? [push] : [])].map((hit) => hit.evidence).slice(0, MAX_EVIDENCE),
      },
    ];
  },
});

/** The whole phrase is a shop's offer word: 'free* gift', 'Giveaway'. */
const SHOP_OFFER_WORDS = /^(?:free\W{0,3}gifts?|giveaways?)$/i;

/**
 * A gift card, a free gift or a giveaway in the body is shop talk ('get a $25 gift card with your order', 'free*
 * gift with purchase', 'enter our giveaway', then 'shop now'): in legitimate mail as often as in scams, so no bait
 * alone; as the headline it still is. Told with other money, or in a stranded friend's or a boss's plea, it counts.
 */
function isShopOffer(hit: CueHit): boolean {
  if (hit.place === 'subject') return false;
  return hit.cue === 'gift-card' || (hit.cue === 'prize' && SHOP_OFFER_WORDS.test(hit.evidence.trim()));
}

/** A prize told as a shop's offer first and as a real prize later ('free gift ... you have won'): the later one speaks. */
function unlessShopOffer(hit: CueHit, all: readonly CueHit[]): CueHit {
  if (!isShopOffer(hit) || hit.cue !== 'prize') return hit;
  return all.find((other) => other.cue === 'prize' && !isShopOffer(other)) ?? hit;
}

/**
 * CEO fraud speaks office language, no prize and no crypto: 'sei in ufficio? ... un bonifico urgente e riservato ...
 * Non parlarne con nessuno ... sono in riunione'. One of these is an ordinary note; two distinct ones (an urgent
 * confidential transfer AND secrecy, or AND a boss writing from personal mail) are the script: medium; three: high.
 */
function becFinding(hits: readonly CueHit[]): Finding | undefined {
  const first = hits.find((hit) => hit.cue === 'bec-transfer' || hit.cue === 'bec-bank-change') ?? hits[0];
  if (hits.length < 2 || !first) return undefined;
  return {
    detectorId: 'money-lure',
    messageId: 'bec',
    data: { phrase: first.evidence },
    severity: hits.length >= 3 ? 'high' : 'medium',
    evidence: hits.map((hit) => hit.evidence).slice(0, MAX_EVIDENCE),
  };
}

/** Replies go to a free webmail account other than the sender's own address. */
function repliesGoToWebmail(message: MailMessage): boolean {
  const from = message.from?.address.toLowerCase();
  return message.replyTo.some((address) => isFreemailDomain(address.domain) && address.address.toLowerCase() !== from);
}

/** The sender, or where replies go, is a free webmail account. */
function writesFromWebmail(message: MailMessage): boolean {
  return [message.from, ...message.replyTo].some((address) => address !== undefined && isFreemailDomain(address.domain));
}

/** Money asked for in a stranded-friend story: gift cards, a transfer, a payment. */
const STRANDED_ASKS: readonly Cue[] = ['gift-card', 'payment-demand', 'bec-transfer', 'repay-promise'];
/** What makes the story the fraud's script rather than a friend's news: secrecy, no calls, a personal webmail. */
const STRANDED_PRESSURE: readonly Cue[] = ['bec-secrecy', 'bec-unreachable', 'hurry', 'deadline'];

/**
 * A friend or colleague stranded abroad: 'mi hanno rubato il portafoglio ... mi servirebbero 850 euro, te li
 * restituisco appena rientro ... puoi comprare delle carte regalo?'. The story alone is a friend's news (a lost
 * suitcase); with money asked (gift cards, a transfer, a promise to pay back) it is the script: medium; told from
 * a webmail account or with pressure (secrecy, 'I cannot take calls', 'as soon as possible'): high.
 */
function strandedFinding(cues: ReturnType<typeof findCues>, message: MailMessage): Finding | undefined {
  const story = cuesAmong(cues, STRANDED_CUES).find((hit) => hit.cue === 'stranded');
  if (!story) return undefined;
  const asks = cuesAmong(cues, STRANDED_ASKS);
  if (asks.length === 0) return undefined;
  const pressure = cuesAmong(cues, STRANDED_PRESSURE);
  const severity: Finding['severity'] = writesFromWebmail(message) || pressure.length > 0 ? 'high' : 'medium';
  return {
    detectorId: 'money-lure',
    messageId: 'strandedFriend',
    data: { phrase: story.evidence },
    severity,
    evidence: [story, ...asks, ...pressure].map((hit) => hit.evidence).slice(0, MAX_EVIDENCE),
  };
}
