// The phrase lists' shape. Every language lists the same cues; a detector asks for cues, never for words, so a
// new language is one more file and no detector changes.

export const LEXICON_LANGUAGES = ['it', 'en', 'pt', 'es', 'fr', 'de', 'nl'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/**
 * What a phrase expresses. Detectors count distinct cues, not words, to require corroboration (SpamAssassin's
 * ACCT_PHISHING needs several of them): 'your password' alone is a topic, 'enter your password' plus 'within 24
 * hours' is a lure.
 */
export const CUES = [
  // credential: the reader is asked to GIVE something
  'ask-password', // 'enter your password', 'inserisci la password'
  'ask-code', // 'inserisci il codice OTP', 'enter the verification code you received'
  'ask-card', // 'confirm your card details', 'CVV', 'numero della carta'
  'ask-bank', // 'home banking credentials', 'codice dispositivo'
  'ask-identity', // 'conferma la tua identità', 'upload a copy of your ID'
  'ask-personal-data', // 'aggiorna i tuoi dati', 'update your billing information'
  'login-to-verify', // 'log in to verify', 'accedi per verificare', 'click below to verify your account'
  'ask-wallet-secret', // 'enter your 12-word recovery phrase', 'inserisci la frase di recupero', 'private key'
  'wallet-connect', // 'connect your wallet', 'collega il tuo wallet', 'synchronise your wallet': a drainer's ask
  // reassurance a genuine sender gives: suppresses credential and alert cues
  'safety-notice', // 'we will never ask for your password', 'do not share this code', 'if this was you'
  // urgency and threats
  'deadline', // 'within 24 hours', 'entro 48 ore', 'today'
  'hurry', // 'act now', 'immediatamente', 'sofort': haste without a date
  'suspension-threat', // 'your account will be suspended', 'verrà sospeso'
  'deletion-threat', // 'will be permanently deleted', 'i tuoi dati verranno cancellati'
  'legal-threat', // 'legal action', 'procedimento giudiziario', 'police'
  'fine-threat', // 'a late fee will be charged', 'sanzione'
  'final-notice', // 'final notice', 'ultimo avviso', 'action required'
  // account alerts
  'unauthorized-access', // 'abbiamo rilevato un accesso non autorizzato'
  'unusual-activity', // 'unusual sign-in activity', 'attività sospetta'
  'account-locked', // 'il tuo account è stato sospeso', 'your account has been limited'
  'payment-failed', // 'your payment was declined', 'pagamento non riuscito'
  'parcel-held', // 'pacco in giacenza', 'delivery attempt failed', 'customs fee'
  'refund-waiting', // 'you are eligible for a refund', 'rimborso'
  'mailbox-full', // 'your mailbox is full', 'storage quota exceeded'
  'password-expiring', // 'your password expires today'
  'points-expiring', // 'your points expire', 'seus pontos expiram'
  'security-upgrade', // 'activate the new security system for your card', 'attiva il nuovo sistema di sicurezza'
  'device-at-risk', // 'your device is at risk', '5 virus rilevati', 'your protection has expired'
  'call-to-action', // 'click here to verify', 'clicca sul link', 'log in now'
  // money lures
  'prize', // 'you have won', 'congratulations, you have been selected'
  'lottery', // 'lottery', 'winning numbers'
  'inheritance', // 'next of kin', 'inheritance fund', 'beneficiary'
  'investment', // 'guaranteed returns', 'trading platform', 'passive income'
  'crypto', // 'bitcoin', 'wallet address', 'BTC'
  'gift-card', // 'gift card', 'buono regalo', 'voucher'
  'sextortion', // 'I recorded you', 'your webcam', 'intimate video'
  'payment-demand', // 'send the payment', 'transfer the amount', 'pay the fee'
  // a friend or colleague stranded abroad: the story, and the promise to pay the money back
  'stranded', // 'sono bloccato a Istanbul', "I'm stuck abroad", 'mi hanno rubato il portafoglio'
  'repay-promise', // 'te li restituisco appena torno', "I'll pay you back", 'te lo devuelvo'
  // fake summonses: a court or police act, and the crime it accuses the reader of
  'summons', // 'mandato di arresto', 'convocation judiciaire', 'arrest warrant', 'Vorladung'
  'accusation', // 'pedopornografia', 'child pornography', 'pédopornographie'
  'free-money', // 'free money', 'cash prize', 'claim your reward'
  // solicitation spam: the bait is not money but sex or a cure
  'dating', // 'hot singles near you', 'Michelle sent you a message', 'heiße ukrainische Frauen'
  'miracle-cure', // 'viagra', 'erectile dysfunction', 'reverse fatty liver with this morning ritual'
  // callback scams
  'billing', // 'your order', 'invoice', 'auto-renewal', 'has been charged'
  'dispute', // 'if you did not authorize', 'to cancel', 'if you did not make this purchase'
  'call-us', // 'call us', 'contact our billing department at', 'toll free'
  // CEO fraud / business email compromise: a boss or supplier asks for money off the usual procedure. Each cue is
  // ordinary office talk alone ('sono in riunione'); the money-lure detector needs two or more of them together.
  'bec-transfer', // 'bonifico urgente e riservato', 'process an urgent wire transfer today', 'gift cards for clients'
  'bec-secrecy', // 'non parlarne con nessuno', "don't tell anyone", 'keep this between us'
  'bec-availability', // 'sei in ufficio?', 'are you at your desk?', '¿estás en la oficina?'
  'bec-unreachable', // 'sono in riunione', 'writing from my personal email', "I can't take calls"
  'bec-bank-change', // 'nuovo IBAN', 'our bank details have changed', 'neue Bankverbindung'
] as const;
export type Cue = (typeof CUES)[number];

/** One language's phrases by cue, in the matcher's syntax (see text/phrase-matcher.ts). */
export type Lexicon = Readonly<Record<Cue, readonly string[]>>;
