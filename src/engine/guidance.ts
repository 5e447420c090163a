import type { Brand, Finding, Localized, NeverAsks, Verdict } from './model';

/**
 * What to do, built from the verdict and the findings: first one line for this message (the pane shows it right under
 * the verdict), then each red flag's own do or don't, strongest first and each said once, then the brand's rules as
 * one sentence and where to check the account safely.
 */
export interface GuidanceOptions {
  /**
   * The organization takes reports in a mailbox (the pane offers "Report to security team"). Without one, the advice
   * points at Outlook's own Report button (Home > Report > Report phishing), which every Microsoft 365 mailbox has:
   * https://learn.microsoft.com/en-us/defender-office-365/submissions-outlook-report-messages
   */
  readonly reportMailbox?: boolean;
}

/** The first line, for the verdict: what to do with this message now. */
const FIRST_LINE: Record<Verdict, Localized | { readonly mailbox: Localized; readonly outlookButton: Localized }> = {
  dangerous: {
    mailbox: {
      en: 'Don’t open its links or attachments and don’t reply. Report it, then delete it.',
      it: 'Non aprire link o allegati e non rispondere. Segnala il messaggio, poi eliminalo.',
    },
    outlookButton: {
      en: 'Don’t open its links or attachments and don’t reply. Report it with Outlook’s Report button, then delete it.',
      it: 'Non aprire link o allegati e non rispondere. Segnala il messaggio con il pulsante Segnala di Outlook, poi eliminalo.',
    },
  },
  suspicious: {
    en: 'Don’t act on it until you’ve checked with the sender in a way you already trust, such as a phone number you already have.',
    it: 'Non dare seguito al messaggio prima di aver verificato con il mittente per una via che conosci già, ad esempio un numero di telefono che hai in rubrica.',
  },
  caution: {
    en: 'If it asks you to sign in, pay or share data, go to the website yourself instead of using its links.',
    it: 'Se ti chiede di accedere, pagare o condividere dati, vai tu sul sito invece di usare i suoi link.',
  },
  safe: {
    en: 'Nothing to do. It’s not a guarantee, though: be wary of unexpected requests.',
    it: 'Non serve fare nulla. Non è una garanzia, però: fai attenzione alle richieste inattese.',
  },
};

const DONT_OPEN_LINKS: Localized = {
  en: 'Don’t open its links. To visit a site, type its address yourself.',
  it: 'Non aprire i suoi link. Per visitare un sito, digita tu l’indirizzo.',
};
const DONT_CALL: Localized = {
  en: 'Don’t call the number in the message. If you’re worried about a charge, check your account in the app or on the website you normally use.',
  it: 'Non chiamare il numero indicato nel messaggio. Se temi un addebito, controlla il tuo account nell’app o sul sito che usi di solito.',
};
const NEVER_SHARE_CODE: Localized = {
  en: 'Never share a verification code (OTP) with anyone, not even someone who says they work for the company.',
  it: 'Non comunicare mai a nessuno un codice di verifica (OTP), nemmeno a chi dice di lavorare per l’azienda.',
};
const DONT_TYPE_PASSWORD: Localized = {
  en: 'Don’t enter your password on a page opened from this message.',
  it: 'Non inserire la password in una pagina aperta da questo messaggio.',
};
const DONT_TYPE_CARD: Localized = {
  en: 'Don’t enter card or bank details on a page opened from this message.',
  it: 'Non inserire dati della carta o bancari in una pagina aperta da questo messaggio.',
};
const DONT_SEND_DATA: Localized = {
  en: 'Don’t send documents or personal details in reply.',
  it: 'Non inviare documenti o dati personali in risposta.',
};
const DONT_FILL_FORM: Localized = { en: 'Don’t fill in the form in the message.', it: 'Non compilare il modulo contenuto nel messaggio.' };
const DONT_OPEN_ATTACHMENT: Localized = { en: 'Don’t open the attachment.', it: 'Non aprire l’allegato.' };
const DONT_REPLY: Localized = {
  en: 'Don’t reply: your answer would go to someone other than the sender.',
  it: 'Non rispondere: la risposta arriverebbe a qualcuno diverso dal mittente.',
};
const DONT_PAY: Localized = { en: 'Don’t pay and don’t reply.', it: 'Non pagare e non rispondere.' };
const CHECK_WITH_COLLEAGUE: Localized = {
  en: 'Check with the person directly, by phone or in Teams, using contact details you already have.',
  it: 'Verifica direttamente con la persona, al telefono o su Teams, usando i contatti che hai già.',
};
const TAKE_YOUR_TIME: Localized = {
  en: 'Take your time: real companies don’t make you act within hours.',
  it: 'Prenditi il tempo che serve: le aziende vere non pretendono risposte entro poche ore.',
};
const CHECK_ACCOUNT_YOURSELF: Localized = {
  en: 'To check your account, open the app or type the website address yourself.',
  it: 'Per controllare il tuo account, apri l’app o digita tu l’indirizzo del sito.',
};

/**
 * Each detector's own advice, by detector id, and by message id where one detector covers different requests (a
 * one-time code is not a password). Detectors missing here have nothing to add to the first line.
 */
const ADVICE: Readonly<Record<string, Localized | Readonly<Record<string, Localized>>>> = {
  'callback-lure': DONT_CALL,
  'credential-request': {
    code: NEVER_SHARE_CODE,
    password: DONT_TYPE_PASSWORD,
    loginToVerify: DONT_TYPE_PASSWORD,
    card: DONT_TYPE_CARD,
    bank: DONT_TYPE_CARD,
    identity: DONT_SEND_DATA,
    personalData: DONT_SEND_DATA,
  },
  'html-form': DONT_FILL_FORM,
  'link-text-mismatch': DONT_OPEN_LINKS,
  'brand-link-mismatch': DONT_OPEN_LINKS,
  'suspicious-link': DONT_OPEN_LINKS,
  'lookalike-domain': DONT_OPEN_LINKS,
  'risky-attachment': DONT_OPEN_ATTACHMENT,
  'reply-to-mismatch': DONT_REPLY,
  'money-lure': DONT_PAY,
  'internal-impersonation': CHECK_WITH_COLLEAGUE,
  'urgency-pressure': TAKE_YOUR_TIME,
  'account-alert-lure': CHECK_ACCOUNT_YOURSELF,
};

function adviceFor(finding: Finding): Localized | undefined {
  const entry = ADVICE[finding.detectorId];
  if (!entry) return undefined;
  return 'en' in entry && typeof entry.en === 'string' ? (entry as Localized) : (entry as Readonly<Record<string, Localized>>)[finding.messageId];
}

/** What a brand never asks for by email, as the parts of one sentence: things it asks for, things it asks you to do. */
const NEVER_ASKS_FOR: Partial<Record<NeverAsks, Localized>> = {
  password: { en: 'your password', it: 'la password' },
  otp: { en: 'a one-time code (OTP)', it: 'un codice monouso (OTP)' },
  card: { en: 'your card details (number or CVV)', it: 'i dati della carta (numero o CVV)' },
  'bank-details': { en: 'your bank credentials', it: 'le credenziali bancarie' },
};
const NEVER_ASKS_TO: Partial<Record<NeverAsks, Localized>> = {
  'personal-data': { en: 'confirm personal details through a link', it: 'confermare i tuoi dati personali tramite un link' },
  'phone-call': { en: 'call a number to cancel a charge', it: 'chiamare un numero per annullare un addebito' },
  'payment-by-link': { en: 'pay through a link in an email', it: 'pagare tramite un link in una email' },
};

/** ['a', 'b', 'c'] => 'a, b or c' (English), 'a, b o c' (Italian). */
function joinOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/**
 * The brand's "never asks" list as one sentence, e.g. 'Amazon never asks by email for your password or a one-time code
 * (OTP), or to call a number to cancel a charge.'
 */
export function neverAsksSentence(brand: Brand): Localized | undefined {
  const pick = (table: Partial<Record<NeverAsks, Localized>>, lang: keyof Localized): string[] =>
    brand.neverAsks.flatMap((item) => (table[item] ? [table[item][lang]] : []));
  const sentence = (lang: keyof Localized): string => {
    const things = joinOr(pick(NEVER_ASKS_FOR, lang), lang === 'en' ? 'or' : 'o');
    const actions = joinOr(pick(NEVER_ASKS_TO, lang), lang === 'en' ? 'or to' : 'o di');
    const attachment = brand.neverAsks.includes('attachment');
    if (lang === 'en') {
      const asks = [things && `for ${things}`, actions && `to ${actions}`].filter(Boolean).join(', or ');
      const parts = [asks && `${brand.name} never asks by email ${asks}`, attachment && `${asks ? 'and never sends' : `${brand.name} never sends`} invoices or notices as attachments to open`];
      return `${parts.filter(Boolean).join(', ')}.`;
    }
    const asks = [things, actions && `di ${actions}`].filter(Boolean).join(', né ');
    const parts = [asks && `${brand.name} non chiede mai via email ${asks}`, attachment && `${asks ? 'e non invia' : `${brand.name} non invia`} fatture o avvisi come allegati da aprire`];
    return `${parts.filter(Boolean).join(', ')}.`;
  };
  return brand.neverAsks.length === 0 ? undefined : { en: sentence('en'), it: sentence('it') };
}

/**
 * What to do for this verdict, these findings and this brand. Example: a dangerous callback scam posing as Norton gives
 * ['Don’t open its links … Report it, then delete it.', 'Don’t call the number in the message. …',
 * 'Norton never asks by email … to call a number to cancel a charge.'].
 */
export function buildGuidance(verdict: Verdict, brand: Brand | undefined, findings: readonly Finding[] = [], options: GuidanceOptions = {}): Localized[] {
  const first = FIRST_LINE[verdict];
  const guidance: Localized[] = ['en' in first ? first : options.reportMailbox ? first.mailbox : first.outlookButton];
  if (verdict === 'safe') return guidance;
  const seen = new Set(guidance.map((line) => line.en));
  const add = (line: Localized | undefined): void => {
    if (!line || seen.has(line.en)) return;
    seen.add(line.en);
    guidance.push(line);
  };
  for (const finding of findings) add(adviceFor(finding));
  if (!brand) return guidance;
  add(neverAsksSentence(brand));
  add(brand.advice);
  if (brand.safeUrl) {
    add({
      en: `To check your ${brand.name} account, type ${brand.safeUrl} in your browser or use the official app.`,
      it: `Per controllare il tuo account ${brand.name}, digita ${brand.safeUrl} nel browser o usa l’app ufficiale.`,
    });
  }
  return guidance;
}
