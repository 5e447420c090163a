// How strictly a brand name must appear before it counts as a claim. Most names are distinctive ('paypal',
// 'intesa sanpaolo') and count anywhere, look-alike spellings included. Some are also ordinary words, first names or
// surnames, and would make every mail about apple pie, Tim or the outlook for 2003 "claim" a brand.

/** Text beyond this many characters per place is not scanned: a crafted 10 MB body cannot slow the matcher. */
export const MAX_TEXT_SCANNED = 20_000;

/**
 * - 'capitals': counts only written in capitals as a whole word, anywhere: 'TIM' and 'UPS' yes, 'Tim' or 'ups' no.
 * - 'header': counts only in the display name, subject and image alt text, never in the body ('Apple' in a subject
 *   is a claim, 'apple' in a recipe is not).
 * - 'leading': like 'header', and in a display name only as its first word: 'Norton Support' claims Norton,
 *   'John Norton' is a person.
 */
export type NameRule = 'capitals' | 'header' | 'leading';

/**
 * Words that may stand beside a DISPLAY_NAME_ALONE name in a display name without making it something else: 'Chase Alerts',
 * 'Steam Support', 'Citi Cards', 'Cielo - Atendimento' claim the brand; 'Chase Miller' or 'Steam Cleaning Pros' do not.
 */
export const SERVICE_WORDS: ReadonlySet<string> = new Set([
  'alert', 'alerts', 'account', 'accounts', 'bank', 'banking', 'billing', 'card', 'cards', 'care', 'center', 'centre',
  'client', 'clients', 'community', 'customer', 'customers', 'desk', 'help', 'helpdesk', 'info', 'mobile', 'no-reply',
  'noreply', 'notice', 'notification', 'notifications', 'official', 'online', 'online banking', 'security', 'service',
  'services', 'support', 'team', 'update', 'updates', 'wallet', 'guard', 'rewards', 'atendimento', 'suporte', 'seguranca',
  'servizio', 'clienti', 'assistenza', 'kundenservice', 'sicherheit', 'servicio', 'cliente', 'clientes', 'the', 'your',
]);

export const NAME_RULES: ReadonlyMap<string, NameRule> = new Map<string, NameRule>([
  // Acronyms that are words or first names in English and Italian.
  ['tim', 'capitals'], ['ups', 'capitals'], ['sda', 'capitals'], ['gls', 'capitals'], ['brt', 'capitals'],
  ['bper', 'capitals'], ['adac', 'capitals'], ['spid', 'capitals'], ['inps', 'capitals'], ['bbva', 'capitals'],
  ['bb', 'capitals'], ['ing', 'capitals'], ['kbc', 'capitals'], ['dpd', 'capitals'], ['irs', 'capitals'], ['aok', 'capitals'],
  ['ftx', 'capitals'], ['tron', 'capitals'], ['bnl', 'capitals'], ['mps', 'capitals'],
  // Ordinary words in some language we read.
  ['outlook', 'header'], ['caixa', 'header'], ['correos', 'header'], ['autostrade', 'header'], ['magenta', 'header'],
  ['imagin', 'header'], ['saturn', 'header'], ['gov.br', 'header'], ['sharepoint', 'header'], ['temu', 'header'],
  ['telekom', 'header'],
  // Also surnames, first names or places.
  ['apple', 'leading'], ['orange', 'leading'], ['norton', 'leading'], ['rossmann', 'leading'], ['santander', 'leading'],
  ['aruba', 'leading'], ['mediolanum', 'leading'], ['amex', 'leading'], ['nexi', 'leading'], ['enel', 'leading'],
  // English words ('the general ledger', 'a ripple effect', 'the Exodus') and surnames ('Lowes'): a claim only at the
  // head of a display name ('Ledger Support', 'Exodus Wallet'), in a subject or an alt text.
  ['ledger', 'leading'], ['ripple', 'leading'], ['exodus', 'leading'], ['lowes', 'leading'],
  // Surnames and places that are also banks, carmakers and crypto names ('Klaus Schwab', 'Halifax, Nova Scotia',
  // 'Nikola Tesla', 'Porto Seguro, Bahia', 'tethering'): a claim only at the head of a display name or in a subject.
  ['schwab', 'leading'], ['halifax', 'leading'], ['lloyds', 'leading'], ['bofa', 'leading'], ['tesla', 'leading'],
  ['disney', 'leading'], ['porto seguro', 'leading'], ['kraken', 'leading'], ['tether', 'leading'], ['aave', 'leading'],
  ['electrum', 'leading'], ['optum', 'leading'],
  // Homer's Iliad, and the Carabinieri in every Italian crime report: a claim in a display name or subject only.
  ['iliad', 'leading'], ['carabinieri', 'header'],
  // A2A and ACEA are also acronyms (ACEA: the European carmakers' association); Hera a goddess and a first name; Edison
  // the inventor and many a street: a claim only in capitals, or at the head of a display name. (Iren, also a first
  // name, is in DISPLAY_NAME_ALONE.)
  ['a2a', 'capitals'], ['acea', 'leading'], ['hera', 'leading'], ['edison', 'leading'],
]);

/**
 * Names that are first names or everyday words ('Chase Miller', 'steam cleaning', 'Amil' a given name) claim their
 * brand only as a whole display name, alone or with SERVICE_WORDS: 'Chase', 'Chase Alerts', 'Steam Support'. They are
 * kept out of Brand.names on purpose: other detectors take every name as a domain label to guard ('citi.umich.edu').
 */
export const DISPLAY_NAME_ALONE: ReadonlyMap<string, readonly string[]> = new Map([
  ['chase', ['chase']], ['citi', ['citi']], ['steam', ['steam']], ['amil', ['amil']], ['italo', ['italo']],
  ['iren', ['iren']],
]);
