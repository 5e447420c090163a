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

export const NAME_RULES: ReadonlyMap<string, NameRule> = new Map<string, NameRule>([
  // Acronyms that are words or first names in English and Italian.
  ['tim', 'capitals'], ['ups', 'capitals'], ['sda', 'capitals'], ['gls', 'capitals'], ['brt', 'capitals'],
  ['bper', 'capitals'], ['adac', 'capitals'], ['spid', 'capitals'], ['inps', 'capitals'], ['bbva', 'capitals'],
  ['bb', 'capitals'],
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
]);
