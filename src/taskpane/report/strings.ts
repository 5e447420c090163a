import type { UiLanguage } from '../../engine';

/** The report actions' words, in every UI language; {placeholders} are filled by the component. */
export interface ReportStrings {
  readonly heading: string;
  readonly securityButton: string;
  readonly securityHint: string;
  readonly securityNoMailbox: string;
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
  securityHint: 'Opens a new message to {mailbox} with this email attached. Nothing is sent until you click Send.',
  securityNoMailbox:
    'Your organization has not set up a mailbox for reports yet, so Occhio cannot prepare one. If you are worried, contact your IT or security team the usual way.',
  brandButton: 'Report to {brand}',
  brandPageHint: 'Opens {brand}’s official page for reporting scams ({host}) in your browser.',
  brandEmailHint: 'Opens a new message to {brand} ({email}) with this email attached. Nothing is sent until you click Send.',
  notPhishingButton: 'Not phishing?',
  notPhishingHint: 'If you know this message is genuine, tell the security team: opens a new message to {mailbox} with this email attached. Nothing is sent until you click Send.',
  previewHint: 'In Outlook, this opens a message to {mailbox} with the email attached. The preview has no mailbox, so it is off here.',
  composeUnsupported: 'This version of Outlook cannot open a prepared message for add-ins. Forward the email as an attachment to {mailbox} instead.',
  draftOpened: 'The report is ready in a new window: check it and click Send. Changed your mind? Just close it without sending.',
  pageOpened: 'The page opened in your browser.',
  failed: 'Could not open it: {reason}.',
  failedFallback: 'You can forward the email as an attachment to {mailbox} instead.',
  helpLink: 'Your organization’s guide to phishing',
};

const it: ReportStrings = {
  heading: 'Segnalalo',
  securityButton: 'Segnala al team di sicurezza',
  securityHint: 'Apre un nuovo messaggio a {mailbox} con questa email in allegato. Non viene inviato nulla finché non fai clic su Invia.',
  securityNoMailbox:
    'La tua organizzazione non ha ancora configurato una casella per le segnalazioni, quindi Occhio non può prepararne una. Se sei preoccupato, contatta l’IT o il team di sicurezza nel modo consueto.',
  brandButton: 'Avvisa {brand}',
  brandPageHint: 'Apre nel browser la pagina ufficiale di {brand} per segnalare le truffe ({host}).',
  brandEmailHint: 'Apre un nuovo messaggio a {brand} ({email}) con questa email in allegato. Non viene inviato nulla finché non fai clic su Invia.',
  notPhishingButton: 'Non è phishing?',
  notPhishingHint: 'Se sai che questo messaggio è autentico, dillo al team di sicurezza: apre un nuovo messaggio a {mailbox} con questa email in allegato. Non viene inviato nulla finché non fai clic su Invia.',
  previewHint: 'In Outlook apre un messaggio a {mailbox} con l’email in allegato. L’anteprima non ha una casella di posta, quindi qui è disattivato.',
  composeUnsupported: 'Questa versione di Outlook non permette ai componenti aggiuntivi di preparare un messaggio. Inoltra l’email come allegato a {mailbox}.',
  draftOpened: 'La segnalazione è pronta in una nuova finestra: controllala e fai clic su Invia. Hai cambiato idea? Chiudila senza inviare.',
  pageOpened: 'La pagina si è aperta nel browser.',
  failed: 'Impossibile aprirlo: {reason}.',
  failedFallback: 'Puoi inoltrare l’email come allegato a {mailbox}.',
  helpLink: 'La guida della tua organizzazione sul phishing',
};

export const REPORT_STRINGS: Readonly<Record<UiLanguage, ReportStrings>> = { en, it };

/** '{brand} page' + { brand: 'Amazon' } => 'Amazon page'. */
export function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
