import type { UiLanguage } from '../../engine';

/** The report actions' words, in every UI language; {placeholders} are filled by the component. */
export interface ReportStrings {
  readonly heading: string;
  readonly securityButton: string;
  readonly securityHint: string;
  readonly securityNoMailbox: string;
  /** No report mailbox: Outlook's own Report button is the way to report (Home > Report > Report phishing). */
  readonly outlookReportHint: string;
  readonly brandButton: string;
  readonly brandPageHint: string;
  readonly brandEmailHint: string;
  readonly notPhishingButton: string;
  readonly notPhishingHint: string;
  readonly previewHint: string;
  readonly composeUnsupported: string;
  readonly draftOpened: string;
  readonly pageOpened: string;
  readonly failed: string;
  readonly failedFallback: string;
  readonly helpLink: string;
}

const en: ReportStrings = {
  heading: 'Report it',
  securityButton: 'Report to security team',
  securityHint: 'Opens a message to {mailbox} with this email attached. Nothing is sent until you select Send.',
  securityNoMailbox: 'Your organization hasn’t set up a mailbox for reports. If you’re worried, contact your IT or security team as you usually would.',
  outlookReportHint: 'To report it, use Outlook’s Report button, then Report phishing.',
  brandButton: 'Report to {brand}',
  brandPageHint: 'Opens {brand}’s page for reporting scams ({host}) in your browser.',
  brandEmailHint: 'Opens a message to {brand} ({email}) with this email attached. Nothing is sent until you select Send.',
  notPhishingButton: 'Not phishing?',
  notPhishingHint: 'If you know it’s genuine, tell your security team: opens a message to {mailbox} with this email attached.',
  previewHint: 'In Outlook, this opens a message to {mailbox} with the email attached. It’s off in the preview.',
  composeUnsupported: 'This version of Outlook can’t open a prepared message. Forward the email as an attachment to {mailbox} instead.',
  draftOpened: 'Your report is ready in a new window: check it and select Send. Changed your mind? Close it without sending.',
  pageOpened: 'The page opened in your browser.',
  failed: 'Couldn’t open it: {reason}.',
  failedFallback: 'You can forward the email as an attachment to {mailbox} instead.',
  helpLink: 'Your organization’s guide to phishing',
};

const it: ReportStrings = {
  heading: 'Segnala il messaggio',
  securityButton: 'Segnala al team di sicurezza',
  securityHint: 'Apre un messaggio a {mailbox} con questa email in allegato. Non viene inviato nulla finché non selezioni Invia.',
  securityNoMailbox: 'La tua organizzazione non ha configurato una casella per le segnalazioni. In caso di dubbi, contatta il team IT o di sicurezza come fai di solito.',
  outlookReportHint: 'Per segnalarlo, usa il pulsante Segnala di Outlook e scegli Segnala phishing.',
  brandButton: 'Avvisa {brand}',
  brandPageHint: 'Apre nel browser la pagina di {brand} per segnalare le truffe ({host}).',
  brandEmailHint: 'Apre un messaggio a {brand} ({email}) con questa email in allegato. Non viene inviato nulla finché non selezioni Invia.',
  notPhishingButton: 'Non è phishing?',
  notPhishingHint: 'Se sai che è autentico, avvisa il team di sicurezza: apre un messaggio a {mailbox} con questa email in allegato.',
  previewHint: 'In Outlook apre un messaggio a {mailbox} con l’email in allegato. Nell’anteprima è disattivato.',
  composeUnsupported: 'Questa versione di Outlook non può aprire un messaggio già pronto. Inoltra l’email come allegato a {mailbox}.',
  draftOpened: 'La segnalazione è pronta in una nuova finestra: controllala e seleziona Invia. Hai cambiato idea? Chiudila senza inviarla.',
  pageOpened: 'La pagina si è aperta nel browser.',
  failed: 'Impossibile aprirla: {reason}.',
  failedFallback: 'Puoi inoltrare l’email come allegato a {mailbox}.',
  helpLink: 'La guida della tua organizzazione sul phishing',
};

export const REPORT_STRINGS: Readonly<Record<UiLanguage, ReportStrings>> = { en, it };

/** '{brand} page' + { brand: 'Amazon' } => 'Amazon page'. */
export function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
