import type { Finding, MailForm, Severity } from '../model';
import { defineDetector } from '../model';
import { registrableDomain, splitHref } from '../url';

type HtmlFormMessageId = 'passwordForm' | 'sensitiveForm' | 'dataForm';

/** Inputs a person does not type into. */
const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'radio', 'checkbox', 'select', 'file', 'range', 'color']);

/** Field names (normalized) that ask for secrets: passwords, one-time codes, PINs, cards, bank and identity numbers. */
const SECRET_FIELD = /(?:pass|pwd|pswd|senha|contrase|mot.?de.?passe|kennwort|passwort|parola.?d|otp|one.?time|\bpin\b|pin.?code|cvv|cvc|csc|card.?num|cc.?num|ccnum|cardnumber|numero.?carta|numero.?tarjeta|numero.?cartao|expir|scadenza|validade|iban|swift|routing|account.?num|ssn|social.?sec|codice.?fiscale|\bcpf\b|\bnif\b|\bdni\b|token|2fa|mfa|security.?code|verification.?code|codice)/;
/** Field names that identify a person or an account: the first step of a credential or data harvest. */
const IDENTITY_FIELD = /(?:mail|user|login|account|conta|cuenta|utente|benutzer|phone|mobile|tel|cell|name|nome|nombre|address|indirizzo|endereco|birth|nascita|dob|zip|cap|postal)/;

interface FormVerdict {
  messageId: HtmlFormMessageId;
  severity: Severity;
  fields: MailForm['inputs'][number][];
}

function fieldLabel(input: MailForm['inputs'][number]): string {
  return input.name ? `${input.name} (${input.type})` : input.type;
}

/** What a form asks the reader to type, or undefined for search boxes and forms with nothing to type. */
function judgeForm(form: MailForm): FormVerdict | undefined {
  const typed = form.inputs.filter((input) => !NOT_TYPED.has(input.type));
  if (typed.length === 0) return undefined;
  const passwords = typed.filter((input) => input.type === 'password');
  if (passwords.length > 0) return { messageId: 'passwordForm', severity: 'high', fields: passwords };
  const normalizedName = (input: MailForm['inputs'][number]): string => input.name.toLowerCase().slice(0, 60);
  const secrets = typed.filter((input) => SECRET_FIELD.test(normalizedName(input)));
  if (secrets.length > 0) return { messageId: 'sensitiveForm', severity: 'high', fields: secrets };
  // One box to type in, with no secret asked, is a search, a subscribe or a 'send us your question' box:
  // newsletters carry them ('q', 'words', 'email1'). Harvest forms ask for several things at once.
  if (typed.length === 1) return undefined;
  const identity = typed.filter((input) => input.type === 'email' || input.type === 'tel' || IDENTITY_FIELD.test(normalizedName(input)));
  if (identity.length >= 2) return { messageId: 'dataForm', severity: 'medium', fields: identity };
  return { messageId: 'dataForm', severity: 'low', fields: typed };
}

/** Where the form sends what is typed: its action's host, or '—' when it has none (the same in every language). */
function destination(form: MailForm): string {
  if (!form.action) return '—';
  const host = splitHref(form.action.startsWith('//') ? `https:${form.action}` : form.action).host;
  return (host && (registrableDomain(host) || host)) || form.action.slice(0, 100);
}

/**
 * Forms in the body of a message: mail is read, not filled in. A form that asks for a password inside the message
 * sends it straight to whoever wrote the form (SpamAssassin's HTML_FORMACTION rules).
 */
export const htmlForm = defineDetector({
  id: 'html-form',
  kind: 'link',
  title: { en: 'Form inside the message', it: 'Modulo dentro il messaggio' },
  severity: 'high',
  explanation: {
    en: 'The message contains a form to fill in. Real companies never ask you to type passwords or personal data into an email: what you type goes to whoever wrote it.',
    it: 'Il messaggio contiene un modulo da compilare. Le aziende vere non chiedono mai di scrivere password o dati personali in una email: ciò che scrivi va a chi ha creato il modulo.',
  },
  messages: {
    passwordForm: {
      en: 'The message contains a password field ({fields}) that sends what you type to {destination}.',
      it: 'Il messaggio contiene un campo password ({fields}) che invia ciò che scrivi all’indirizzo {destination}.',
    },
    sensitiveForm: {
      en: 'The message contains a form asking for codes or card or bank data ({fields}), sent to {destination}.',
      it: 'Il messaggio contiene un modulo che chiede codici o dati di carta o banca ({fields}), inviati all’indirizzo {destination}.',
    },
    dataForm: {
      en: 'The message contains a form to fill in ({fields}), sent to {destination}.',
      it: 'Il messaggio contiene un modulo da compilare ({fields}), inviato all’indirizzo {destination}.',
    },
  },
  run(message) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const form of message.forms) {
      const verdict = judgeForm(form);
      if (!verdict) continue;
      const where = destination(form);
      const key = `${verdict.messageId}>${where}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const shownFields = verdict.fields.slice(0, 5);
      // Evidence quotes the message: the form's address and the field names as written in its HTML.
      const names = shownFields.map((input) => input.name || input.type).filter((name) => name !== '');
      findings.push({
        detectorId: 'html-form',
        messageId: verdict.messageId,
        severity: verdict.severity,
        data: { fields: shownFields.map(fieldLabel).join(', '), destination: where },
        evidence: form.action ? [form.action.slice(0, 300), ...names] : names,
      });
    }
    return findings;
  },
});
