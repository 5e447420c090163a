import type { Localized, Verdict } from '../../engine';

/** The words of the report messages the security team receives, in every UI language. */
export const VERDICT_NAMES: Readonly<Record<Verdict, Localized>> = {
  safe: { en: 'Safe', it: 'Sicuro' },
  caution: { en: 'Caution', it: 'Attenzione' },
  suspicious: { en: 'Suspicious', it: 'Sospetto' },
  dangerous: { en: 'Dangerous', it: 'Pericoloso' },
};

export const SEVERITY_NAMES: Readonly<Record<'low' | 'medium' | 'high', Localized>> = {
  low: { en: 'low', it: 'basso' },
  medium: { en: 'medium', it: 'medio' },
  high: { en: 'high', it: 'alto' },
};

export const REPORT_TEXT = {
  introPhishing: {
    en: 'I am reporting the attached message as a possible phishing scam. It is attached unchanged, as received.',
    it: 'Segnalo il messaggio allegato come possibile truffa (phishing). È allegato senza modifiche, così come è arrivato.',
  },
  introNotJunk: {
    en: 'I believe the attached message is legitimate and Occhio’s warning was wrong. It is attached unchanged, as received.',
    it: 'Credo che il messaggio allegato sia legittimo e che l’avviso di Occhio fosse sbagliato. È allegato senza modifiche, così come è arrivato.',
  },
  verdict: { en: 'Occhio’s verdict', it: 'Valutazione di Occhio' },
  score: { en: 'score', it: 'punteggio' },
  brand: { en: 'Brand the message claims to be', it: 'Marchio che il messaggio dichiara di essere' },
  redFlags: { en: 'Red flags Occhio found', it: 'Segnali di allarme trovati da Occhio' },
  noRedFlags: { en: 'Occhio found no red flags.', it: 'Occhio non ha trovato segnali di allarme.' },
  evidence: { en: 'evidence', it: 'prove' },
  partial: {
    en: 'The analysis was partial (data not available: {missing}).',
    it: 'L’analisi è stata parziale (dati non disponibili: {missing}).',
  },
  noteLabel: { en: 'My note (optional):', it: 'La mia nota (facoltativa):' },
  footer: {
    en: 'Sent with Occhio. The subject starts with the classification Microsoft Defender reads for user-reported messages.',
    it: 'Inviato con Occhio. L’oggetto inizia con la classificazione che Microsoft Defender legge per i messaggi segnalati dagli utenti.',
  },
} satisfies Record<string, Localized>;
