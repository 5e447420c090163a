import { defineDetector } from '../model';
import { ALERT_CUES, CREDENTIAL_CUES, THREAT_CUES, URGENCY_CUES } from '../lexicon/cue-groups';
import type { CueHit } from '../lexicon/find-cues';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import type { Cue } from '../lexicon/types';

type AlertKind = 'deviceAtRisk' | 'securityUpgrade' | 'accountProblem' | 'paymentProblem' | 'parcelHeld' | 'refundWaiting' | 'mailboxFull' | 'passwordExpiring' | 'pointsExpiring';

const KIND_OF_CUE: Record<string, AlertKind> = {
  'unauthorized-access': 'accountProblem' as const,
  'unusual-activity': 'accountProblem' as const,
  'account-locked': 'accountProblem' as const,
  'payment-failed': 'paymentProblem' as const,
  'parcel-held': 'parcelHeld' as const,
  'refund-waiting': 'refundWaiting' as const,
  'mailbox-full': 'mailboxFull' as const,
  'password-expiring': 'passwordExpiring' as const,
  'points-expiring': 'pointsExpiring' as const,
  'security-upgrade': 'securityUpgrade' as const,
  'device-at-risk': 'deviceAtRisk' as const,
};

/** What turns an alert into a lure: something to click, log in to, pay or give. */
const ACTION_CUES: readonly Cue[] = ['call-to-action', 'payment-demand', ...CREDENTIAL_CUES];
const MAX_EVIDENCE = 4;

/**
 * An alarming story about the reader's account, payment or parcel (unauthorized access, account suspended,
 * payment failed, parcel held at customs, refund waiting, mailbox full, password or points expiring) that
 * ends in something to do: click, log in, pay, confirm. The story alone is how genuine notices read too, so an
 * alert without an action is at most weak, and the sender's own reassurance ('if this was you, no action is
 * needed') keeps it weak.
 *
 * 'Abbiamo rilevato un accesso non autorizzato. Clicca qui per verificare' => medium.
 * 'New sign-in to your account. If this was you, you can ignore this email' => nothing.
 */
export const accountAlertLure = defineDetector({
  id: 'account-alert-lure',
  kind: 'content',
  title: { en: 'Claims a problem with your account', it: 'Dice che c’è un problema con il tuo account' },
  severity: 'high',
  explanation: {
    en: 'Stories of blocked accounts, failed payments, held parcels or waiting refunds are the usual bait to make you click and “fix” the problem. Check by opening the app or typing the site address yourself, never from the email.',
    it: 'Account bloccati, pagamenti non riusciti, pacchi in giacenza o rimborsi in attesa sono l’esca tipica per farti cliccare e “risolvere” il problema. Controlla aprendo l’app o digitando tu l’indirizzo del sito, mai dall’email.',
  },
  messages: {
    accountProblem: { en: 'It claims a problem with your account: “{phrase}”.', it: 'Dice che c’è un problema con il tuo account: “{phrase}”.' },
    paymentProblem: { en: 'It claims a payment problem: “{phrase}”.', it: 'Dice che c’è un problema di pagamento: “{phrase}”.' },
    parcelHeld: { en: 'It claims a parcel is held or needs a fee: “{phrase}”.', it: 'Dice che un pacco è in giacenza o richiede un pagamento: “{phrase}”.' },
    refundWaiting: { en: 'It promises a refund waiting for you: “{phrase}”.', it: 'Promette un rimborso in attesa: “{phrase}”.' },
    mailboxFull: { en: 'It claims your mailbox is full or messages are held: “{phrase}”.', it: 'Dice che la tua casella è piena o che ci sono messaggi bloccati: “{phrase}”.' },
    passwordExpiring: { en: 'It claims your password is expiring: “{phrase}”.', it: 'Dice che la tua password sta per scadere: “{phrase}”.' },
    deviceAtRisk: {
      en: 'It claims your device is infected or unprotected: “{phrase}”. No website or mail can see viruses on your device; this sells fake protection.',
      it: 'Dice che il tuo dispositivo è infetto o senza protezione: “{phrase}”. Nessun sito o email può vedere i virus sul tuo dispositivo: così si vende una falsa protezione.',
    },
    securityUpgrade: {
      en: 'It asks you to activate a “new security system” for your card or account: “{phrase}”. Banks never activate security through a link in a mail.',
      it: 'Chiede di attivare un “nuovo sistema di sicurezza” per la carta o il conto: “{phrase}”. Le banche non attivano mai la sicurezza tramite un link in una email.',
    },
    pointsExpiring: { en: 'It claims your points or rewards are expiring: “{phrase}”.', it: 'Dice che i tuoi punti o premi stanno per scadere: “{phrase}”.' },
  },
  run(message) {
    const cues = findCues(message);
    const alerts = cuesAmong(cues, ALERT_CUES);
    const first = alerts[0];
    if (!first) return [];
    const actions = cuesAmong(cues, ACTION_CUES);
    const urgency = cuesAmong(cues, URGENCY_CUES);
    const reassured = cues.firstByCue.has('safety-notice');
    const asksSomething = actions.some((hit) => CREDENTIAL_CUES.includes(hit.cue));
    // The alarm as the subject's headline ('Your account has been suspended', 'Membership has Expired!') is the
    // whole message of the lure: no legitimate message of the corpus has one (0 of 3,179; 172 of 1,961 phishing).
    // Genuine security alerts carry it too, and are kept quiet by their reassurance ('if this was you').
    const headline = alerts.some((hit) => hit.place === 'subject');
    if (actions.length === 0 && urgency.length === 0 && alerts.length < 2 && !headline) return [];
    if (reassured && !asksSomething) return [];
    // Something to do, an alarming headline, or a story pressed with two kinds of urgency ('Action required ...
    // within 24 hours').
    let severity: 'low' | 'medium' | 'high' = actions.length > 0 || urgency.length >= 2 || headline ? 'medium' : 'low';
    if (!reassured && (fullScript(alerts, actions, urgency) || scareware(cues, alerts, urgency))) severity = 'high';
    const evidence = [...new Set([...alerts, ...actions, ...urgency].map((hit) => hit.evidence))].slice(0, MAX_EVIDENCE);
    return [
      {
        detectorId: 'account-alert-lure',
        messageId: KIND_OF_CUE[first.cue] ?? ('accountProblem' as const),
        data: { phrase: first.evidence },
        severity,
        evidence,
      },
    ];
  },
});

/**
 * Scareware: 'your device is at risk, 5 viruses found' sold with a renewal and a deadline ('renew now, the offer ends
 * today'). No mail can know what is on a device; a vendor's genuine renewal notice tells the date, not an infection.
 */
function scareware(cues: ReturnType<typeof findCues>, alerts: readonly CueHit[], urgency: readonly CueHit[]): boolean {
  if (!alerts.some((hit) => hit.cue === 'device-at-risk')) return false;
  const selling = cues.firstByCue.has('billing') || cues.firstByCue.has('payment-failed') || cues.firstByCue.has('call-to-action');
  return selling && urgency.some((hit) => hit.cue === 'deadline' || hit.cue === 'hurry' || hit.cue === 'final-notice');
}

function overlaps(a: CueHit, b: CueHit): boolean {
  return a.place === b.place && a.position < b.end && b.position < a.end;
}

/**
 * The whole script of the lure, which genuine notices never tell at once: an alarm, a threat of loss that is a
 * separate statement ('your storage is full' ... 'your photos will be deleted'; 'your device is at risk' ... 'your
 * protection expires today'), a deadline or haste, and something to do about it.
 */
function fullScript(alerts: readonly CueHit[], actions: readonly CueHit[], urgency: readonly CueHit[]): boolean {
  if (actions.length === 0) return false;
  const threats = urgency.filter((hit) => THREAT_CUES.includes(hit.cue));
  const haste = urgency.filter((hit) => !THREAT_CUES.includes(hit.cue));
  const separateThreat = threats.some((threat) => alerts.some((alert) => !overlaps(alert, threat)));
  return separateThreat && haste.length > 0;
}
