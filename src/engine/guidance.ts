import type { Brand, Localized, NeverAsks, Verdict } from './model';

const VERDICT_GUIDANCE: Record<Verdict, readonly Localized[]> = {
  dangerous: [
    {
      en: 'Do not click links, open attachments or reply. Do not enter passwords, codes or card details.',
      it: 'Non cliccare sui link, non aprire gli allegati e non rispondere. Non inserire password, codici o dati della carta.',
    },
    {
      en: 'Report the message to your security team, then delete it.',
      it: 'Segnala il messaggio al team di sicurezza, poi eliminalo.',
    },
  ],
  suspicious: [
    {
      en: 'Be careful: do not click links or open attachments until you have checked with the sender through a channel you already know.',
      it: 'Attenzione: non cliccare sui link e non aprire gli allegati prima di aver verificato con il mittente tramite un canale che già conosci.',
    },
    { en: 'If in doubt, report it to your security team.', it: 'Nel dubbio, segnalalo al team di sicurezza.' },
  ],
  caution: [
    {
      en: 'A few details are unusual. If the message asks you to log in, pay or share data, go to the website by typing its address yourself.',
      it: 'Alcuni dettagli sono insoliti. Se il messaggio ti chiede di accedere, pagare o condividere dati, vai sul sito digitando tu l’indirizzo.',
    },
  ],
  safe: [
    {
      en: 'No signs of a scam were found. That is not a guarantee: stay alert to unexpected requests.',
      it: 'Nessun segnale di truffa trovato. Non è una garanzia: resta attento alle richieste inattese.',
    },
  ],
};

const NEVER_ASKS_TEXT: Record<NeverAsks, Localized> = {
  password: { en: '{brand} will never ask for your password by email.', it: '{brand} non ti chiederà mai la password via email.' },
  otp: { en: '{brand} will never ask you for a one-time code (OTP).', it: '{brand} non ti chiederà mai il codice OTP.' },
  card: { en: '{brand} will never ask for your card number or CVV by email.', it: '{brand} non ti chiederà mai il numero della carta o il CVV via email.' },
  'bank-details': { en: '{brand} will never ask for your bank credentials by email.', it: '{brand} non ti chiederà mai le credenziali bancarie via email.' },
  'personal-data': { en: '{brand} will never ask you to confirm personal data through a link.', it: '{brand} non ti chiederà mai di confermare i tuoi dati personali tramite un link.' },
  'phone-call': { en: '{brand} will never ask you to call a number to cancel a charge.', it: '{brand} non ti chiederà mai di chiamare un numero per annullare un addebito.' },
  'payment-by-link': { en: '{brand} will never ask you to pay through a link in an email.', it: '{brand} non ti chiederà mai di pagare tramite un link in una email.' },
  attachment: { en: '{brand} does not send invoices or notices as attachments to open.', it: '{brand} non invia fatture o avvisi come allegati da aprire.' },
};

function fill(text: Localized, brand: Brand): Localized {
  return { en: text.en.replaceAll('{brand}', brand.name), it: text.it.replaceAll('{brand}', brand.name) };
}

/** What to do for this verdict, plus the brand's own rules and where to check the account safely. */
export function buildGuidance(verdict: Verdict, brand: Brand | undefined): Localized[] {
  const guidance = [...VERDICT_GUIDANCE[verdict]];
  if (!brand || verdict === 'safe') return guidance;
  guidance.push(...brand.neverAsks.map((item) => fill(NEVER_ASKS_TEXT[item], brand)));
  if (brand.advice) guidance.push(brand.advice);
  if (brand.safeUrl) {
    guidance.push({
      en: `To check your ${brand.name} account, type ${brand.safeUrl} in the browser yourself or use the official app.`,
      it: `Per controllare il tuo account ${brand.name}, digita tu ${brand.safeUrl} nel browser o usa l’app ufficiale.`,
    });
  }
  return guidance;
}
