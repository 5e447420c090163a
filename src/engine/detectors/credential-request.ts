import type { Finding } from '../model';
import { defineDetector } from '../model';
import { ALERT_CUES, BAIT_CUES, CREDENTIAL_CUES, SECRET_CUES, THREAT_CUES, URGENCY_CUES } from '../lexicon/cue-groups';
import type { CueHit } from '../lexicon/find-cues';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import type { Cue } from '../lexicon/types';

type AskKind = 'wallet' | 'password' | 'code' | 'card' | 'bank' | 'identity' | 'personalData' | 'loginToVerify';

const KIND_OF_CUE: Partial<Record<Cue, AskKind>> = {
  'ask-wallet-secret': 'wallet' as const,
  'wallet-connect': 'wallet' as const,
  'ask-password': 'password' as const,
  'ask-code': 'code' as const,
  'ask-card': 'card' as const,
  'ask-bank': 'bank' as const,
  'ask-identity': 'identity' as const,
  'ask-personal-data': 'personalData' as const,
  'login-to-verify': 'loginToVerify' as const,
};

/** The most sensitive thing asked for names the finding: a password outranks "update your details". */
const KIND_ORDER: readonly Cue[] = ['ask-wallet-secret', 'ask-password', 'ask-code', 'ask-card', 'ask-bank', 'ask-identity', 'wallet-connect', 'login-to-verify', 'ask-personal-data'];
/** Asks that hand over a crypto wallet: its recovery phrase, or connecting it to the sender's page (a drainer). */
const WALLET_CUES: readonly Cue[] = ['ask-wallet-secret', 'wallet-connect'];

const MAX_EVIDENCE = 5;

function overlaps(a: CueHit, b: CueHit): boolean {
  return a.place === b.place && a.position < b.end && b.position < a.end;
}

/**
 * The message asks the reader to give a password, a one-time code, card or bank details, identity documents,
 * or to "log in to verify". Corroborated as SpamAssassin's ACCT_PHISHING is: one request alone is a topic
 * (a password-reset notice, a mailing-list thread about passwords), so it needs a second distinct cue: another
 * request, a deadline or threat, or an account alert.
 *
 * 'Inserisci il codice OTP entro 24 ore o il tuo account verrà sospeso' => high (a secret, urgency and a threat).
 * 'Your one-time code is 123456. Do not share it. Amazon will never ask for it' => nothing: no request, and the
 * sender's own safety notice ('never ask', 'do not share', 'if this was you') cancels a lone request.
 */
export const credentialRequest = defineDetector({
  id: 'credential-request',
  kind: 'content',
  title: { en: 'Asks for passwords, codes or personal data', it: 'Chiede password, codici o dati personali' },
  severity: 'high',
  explanation: {
    en: 'Banks, shops and services never ask you to type a password, a one-time code or card details after clicking a link in an email. Whoever asks for them wants to take over your account or your money.',
    it: 'Banche, negozi e servizi non chiedono mai di inserire password, codici OTP o dati della carta dopo aver cliccato un link in una email. Chi li chiede vuole prendersi il tuo account o i tuoi soldi.',
  },
  messages: {
    wallet: {
      en: 'It asks you to connect your crypto wallet or type its recovery phrase: “{phrase}”. Whoever gets either one empties the wallet.',
      it: 'Chiede di collegare il tuo portafoglio di criptovalute o di scriverne la frase di recupero: “{phrase}”. Chi ottiene l’una o l’altra svuota il portafoglio.',
    },
    password: { en: 'It asks for your password: “{phrase}”.', it: 'Chiede la tua password: “{phrase}”.' },
    code: { en: 'It asks for a one-time or verification code: “{phrase}”.', it: 'Chiede un codice OTP o di verifica: “{phrase}”.' },
    card: { en: 'It asks for your card or payment details: “{phrase}”.', it: 'Chiede i dati della tua carta o di pagamento: “{phrase}”.' },
    bank: { en: 'It asks for your bank credentials: “{phrase}”.', it: 'Chiede le tue credenziali bancarie: “{phrase}”.' },
    identity: { en: 'It asks you to prove your identity or send documents: “{phrase}”.', it: 'Chiede di confermare la tua identità o di inviare documenti: “{phrase}”.' },
    personalData: { en: 'It asks you to confirm or update your personal data: “{phrase}”.', it: 'Chiede di confermare o aggiornare i tuoi dati personali: “{phrase}”.' },
    loginToVerify: { en: 'It asks you to log in to “verify” your account: “{phrase}”.', it: 'Chiede di accedere per “verificare” il tuo account: “{phrase}”.' },
  },
  run(message) {
    const cues = findCues(message);
    // One phrase read as two asks ('connect your wallet' is a wallet ask and a login ask) counts once.
    const found = cuesAmong(cues, KIND_ORDER);
    const walletAsks = found.filter((hit) => WALLET_CUES.includes(hit.cue));
    const asks = found.filter((hit) => WALLET_CUES.includes(hit.cue) || !walletAsks.some((wallet) => overlaps(wallet, hit)));
    if (asks.length === 0) return [];
    // A bait corroborates too: 'claim your reward: connect your wallet', 'enter your card to receive the prize'.
    const context = cuesAmong(cues, [...URGENCY_CUES, ...ALERT_CUES, ...BAIT_CUES]);
    const secrets = asks.filter((hit) => SECRET_CUES.includes(hit.cue));
    const reassured = cues.firstByCue.has('safety-notice');
    const corroboration = asks.length + context.length;
    // A genuine notice ('never share this code', 'if this was you, ignore this') needs much more to be a lure.
    if (corroboration < (reassured ? 4 : 2)) return [];
    if (!asks.some((hit) => CREDENTIAL_CUES.includes(hit.cue))) return [];
    const hasUrgency = context.some((hit) => URGENCY_CUES.includes(hit.cue));
    const hasAlert = context.some((hit) => ALERT_CUES.includes(hit.cue));
    // A secret pressed with urgency or an alarm is high; so is the full story without a secret: a request to log
    // in or update data, an alarm about the account AND a threat ('unauthorized access ... verify your account or
    // it will be suspended'), which genuine notices never combine.
    // Alarm and threat must be two statements: 'evitare la sospensione' is read as both and counts once.
    const alarms = context.filter((hit) => ALERT_CUES.includes(hit.cue));
    const threats = context.filter((hit) => THREAT_CUES.includes(hit.cue));
    const fullStory = corroboration >= 3 && alarms.some((alarm) => threats.some((threat) => !overlaps(alarm, threat)));
    // A wallet handed over from a mail ('connect your wallet to claim the airdrop', 'enter your 12-word phrase') with a
    // bait, a deadline or an alarm is the drainer's whole script; wallets' own mail says never to do either.
    const walletDrain = asks.some((hit) => WALLET_CUES.includes(hit.cue)) && context.length > 0;
    const severity: Finding['severity'] =
      !reassured && ((secrets.length > 0 && (hasUrgency || hasAlert) && corroboration >= 3) || fullStory || walletDrain) ? 'high' : 'medium';
    const main = asks[0];
    if (!main) return [];
    const kind = KIND_OF_CUE[main.cue] ?? ('personalData' as const);
    const evidence = [...new Set([...asks, ...context].map((hit) => hit.evidence))].slice(0, MAX_EVIDENCE);
    return [
      {
        detectorId: 'credential-request',
        messageId: kind,
        data: { phrase: main.evidence, cues: corroboration },
        severity,
        evidence,
      },
    ];
  },
});
