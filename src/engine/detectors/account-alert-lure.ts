import { defineDetector } from '../model';
import { ALERT_CUES, CREDENTIAL_CUES, URGENCY_CUES } from '../lexicon/cue-groups';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import type { Cue } from '../lexicon/types';

type AlertKind = 'accountProblem' | 'paymentProblem' | 'parcelHeld' | 'refundWaiting' | 'mailboxFull' | 'passwordExpiring' | 'pointsExpiring';

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
  severity: 'medium',
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
    const severity = actions.length > 0 || urgency.length >= 2 || headline ? 'medium' : 'low';
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
