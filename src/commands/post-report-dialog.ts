import type { Localized, PostReportMove, Report, UiLanguage } from '../engine';
import { formatTemplate } from '../engine';
import { describeFindings } from '../office/report';

export type DeliveryOutcome = 'delivered' | 'not-configured' | 'failed';

/** The red flags a dialog teaches back: enough to remember, few enough to read in a glance. */
export const MAX_FLAGS_TAUGHT = 3;
/**
 * Outlook does not document a limit for the post-processing dialog; its manifest strings stop at 250
 * characters and longer text is cut off in narrow windows, so keep the dialog to a short paragraph.
 */
export const MAX_DIALOG_DESCRIPTION = 600;
export const MAX_DIALOG_TITLE = 60;

const TEXT = {
  titleDelivered: { en: 'Reported: thank you!', it: 'Segnalato: grazie!' },
  titleNotConfigured: { en: 'Thank you for reporting', it: 'Grazie per la segnalazione' },
  titleFailed: { en: 'The report could not be sent', it: 'Impossibile inviare la segnalazione' },
  delivered: { en: 'Your security team has received the message.', it: 'Il team di sicurezza ha ricevuto il messaggio.' },
  deliveredWithoutOriginal: {
    en: 'Your security team has received the report, without the original message ({reason}).',
    it: 'Il team di sicurezza ha ricevuto la segnalazione, senza il messaggio originale ({reason}).',
  },
  tooLarge: { en: 'it is too large', it: 'è troppo grande' },
  unavailable: { en: 'Outlook could not provide it', it: 'Outlook non ha potuto fornirlo' },
  notConfigured: {
    en: 'Your organization has not set up where these reports go, so the security team was not notified.',
    it: 'La tua organizzazione non ha configurato dove inviare queste segnalazioni, quindi il team di sicurezza non è stato avvisato.',
  },
  notConfiguredMailbox: {
    en: 'To tell them, open Occhio and choose “Report to security team”.',
    it: 'Per avvisarlo, apri Occhio e scegli “Segnala al team di sicurezza”.',
  },
  failed: {
    en: 'The security team did not receive it. The message stays where it is: try again later, or open Occhio and choose “Report to security team”.',
    it: 'Il team di sicurezza non l’ha ricevuta. Il messaggio resta dov’è: riprova più tardi, oppure apri Occhio e scegli “Segnala al team di sicurezza”.',
  },
  noticed: { en: 'What Occhio noticed: {flags}.', it: 'Cosa ha notato Occhio: {flags}.' },
  noFlags: {
    en: 'Occhio found no obvious red flags, but you were right to ask: when in doubt, report.',
    it: 'Occhio non ha trovato segnali evidenti, ma hai fatto bene: nel dubbio, segnala.',
  },
  movedJunk: { en: 'It has been moved to Junk Email.', it: 'È stato spostato nella posta indesiderata.' },
  movedDeleted: { en: 'It has been moved to Deleted Items.', it: 'È stato spostato negli elementi eliminati.' },
} satisfies Record<string, Localized>;

export interface DialogInput {
  readonly outcome: DeliveryOutcome;
  readonly report: Report | undefined;
  readonly emlOmitted: 'too-large' | 'unavailable' | undefined;
  /** Where the message goes (noMove after a failed delivery). */
  readonly move: PostReportMove;
  readonly mailboxConfigured: boolean;
  readonly language: UiLanguage;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The post-processing dialog: what happened to the report, then the red flags in the person's words, so the
 * next scam is easier to spot ("What Occhio noticed: The link shows amazon.it but goes to amaz0n-login.ru; ...").
 */
export function buildPostReportDialog(input: DialogInput): { title: string; description: string } {
  const { language: lang } = input;
  const sentences: string[] = [];
  let title: string;
  if (input.outcome === 'delivered') {
    title = TEXT.titleDelivered[lang];
    sentences.push(
      input.emlOmitted
        ? formatTemplate(TEXT.deliveredWithoutOriginal[lang], { reason: (input.emlOmitted === 'too-large' ? TEXT.tooLarge : TEXT.unavailable)[lang] })
        : TEXT.delivered[lang],
    );
  } else if (input.outcome === 'not-configured') {
    title = TEXT.titleNotConfigured[lang];
    sentences.push(TEXT.notConfigured[lang]);
    if (input.mailboxConfigured) sentences.push(TEXT.notConfiguredMailbox[lang]);
  } else {
    title = TEXT.titleFailed[lang];
    sentences.push(TEXT.failed[lang]);
  }
  if (input.move === 'junk') sentences.push(TEXT.movedJunk[lang]);
  if (input.move === 'deleted') sentences.push(TEXT.movedDeleted[lang]);

  if (input.report) {
    const flags = describeFindings(input.report, lang).slice(0, MAX_FLAGS_TAUGHT).map((finding) => finding.message.replace(/[.\s]+$/, ''));
    sentences.push(flags.length > 0 ? formatTemplate(TEXT.noticed[lang], { flags: flags.join('; ') }) : TEXT.noFlags[lang]);
    // The brand's own rule ("Amazon will never ask for your password by email.") is the lesson that sticks.
    const brandRule = input.report.brand ? input.report.guidance.find((line) => line[lang].includes(input.report?.brand?.name ?? '\u0000')) : undefined;
    if (brandRule) sentences.push(brandRule[lang]);
  }
  return { title: clip(title, MAX_DIALOG_TITLE), description: clip(sentences.join(' '), MAX_DIALOG_DESCRIPTION) };
}
