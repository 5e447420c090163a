import type { Finding } from '../model';
import { defineDetector } from '../model';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import type { Cue } from '../lexicon/types';

type MoneyKind = 'prize' | 'inheritance' | 'investment' | 'giftCard' | 'sextortion' | 'paymentDemand';

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
};

/** Which story the finding names when several are told: blackmail first, then the rest by how telling it is. */
const KIND_ORDER: readonly Cue[] = ['sextortion', 'inheritance', 'prize', 'lottery', 'gift-card', 'free-money', 'payment-demand', 'investment', 'crypto'];
const MAX_EVIDENCE = 4;
/** Money with a push (a deadline, a button to claim, a request for details) counts as corroborated. */
const PUSH_CUES: readonly Cue[] = [
  'deadline', 'hurry', 'final-notice', 'call-to-action', 'login-to-verify', 'ask-personal-data', 'ask-card', 'ask-bank', 'ask-identity', 'ask-password', 'ask-code',
];
/** Offers that are bait by themselves when pushed; a bare payment demand or 'bitcoin' is not. */
const BAIT_CUES: readonly Cue[] = ['prize', 'lottery', 'inheritance', 'free-money', 'sextortion', 'gift-card'];

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
  title: { en: 'Money bait or money demand', it: 'Esca di denaro o richiesta di soldi' },
  severity: 'high',
  explanation: {
    en: 'Unexpected prizes, inheritances, easy investments and gift cards are bait; threats that demand payment in crypto are blackmail with nothing behind it. Do not reply and do not pay.',
    it: 'Premi inattesi, eredità, investimenti facili e gift card sono esche; le minacce che chiedono un pagamento in criptovalute sono ricatti senza fondamento. Non rispondere e non pagare.',
  },
  messages: {
    prize: { en: 'It promises a prize or free money: "{phrase}".', it: 'Promette un premio o soldi facili: "{phrase}".' },
    inheritance: { en: 'It tells of an inheritance or funds to transfer: "{phrase}".', it: 'Parla di un\'eredità o di fondi da trasferire: "{phrase}".' },
    investment: { en: 'It offers an investment or crypto scheme: "{phrase}".', it: 'Propone un investimento o uno schema in criptovalute: "{phrase}".' },
    giftCard: { en: 'It involves gift cards: "{phrase}".', it: 'Coinvolge carte regalo: "{phrase}".' },
    sextortion: { en: 'It is blackmail that claims to have compromising material: "{phrase}".', it: 'È un ricatto che dice di avere materiale compromettente: "{phrase}".' },
    paymentDemand: { en: 'It demands a payment: "{phrase}".', it: 'Chiede un pagamento: "{phrase}".' },
  },
  run(message) {
    const cues = findCues(message);
    const hits = cuesAmong(cues, KIND_ORDER);
    const main = hits[0];
    if (!main) return [];
    const push = cuesAmong(cues, PUSH_CUES)[0];
    const pushedBait = push !== undefined && BAIT_CUES.includes(main.cue);
    if (hits.length < 2 && !pushedBait) return [];
    const found = new Set(hits.map((hit) => hit.cue));
    const blackmail = found.has('sextortion') && (found.has('crypto') || found.has('payment-demand'));
    // One bait with a push ('Free gift! Click here') is how some newsletters talk too: weak on its own.
    const severity: Finding['severity'] = blackmail || hits.length >= 4 ? 'high' : hits.length >= 2 ? 'medium' : 'low';
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
