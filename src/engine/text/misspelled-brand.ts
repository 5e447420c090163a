// Brand names written wrong on purpose or by a careless scammer: 'Amazom', 'Micr0soft', 'Netfilx',
// 'A m a z o n'. Compact by design: brand names only, no dictionary, so the pane's bundle stays small.
import type { Token } from './tokenize';

/** Brands most often misspelled in phishing, besides the brand playbooks' own names. */
export const COMMONLY_PHISHED_NAMES: readonly string[] = [
  'amazon', 'paypal', 'microsoft', 'netflix', 'outlook', 'google', 'facebook', 'instagram', 'whatsapp', 'linkedin',
  'docusign', 'dropbox', 'sharepoint', 'onedrive', 'coinbase', 'metamask', 'mcafee', 'apple', 'poste', 'unicredit',
  'bancoposta', 'santander', 'bradesco', 'correios', 'spotify', 'adobe', 'wetransfer', 'office365', 'wellsfargo',
];

/** Real words one letter away from a brand: 'goggle' is not a misspelled Google. */
const REAL_WORDS = new Set(['goggle', 'factbook', 'googly', 'amazin', 'applet', 'dropboy', 'santande']);

const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

/** 'micr0soft' => 'microsoft', 'paypa1' => 'paypal' (and '1' as 'i' for 'app1e'? no: 'l' is what scammers mean). */
function readDigitsAsLetters(word: string): string {
  return word.replace(/[0134578]/g, (digit) => DIGIT_FOR_LETTER[digit] ?? digit);
}

/** One letter changed, or two neighbours swapped: 'amazom', 'netfilx'. Same length only: 'apples' is not 'apple'. */
function oneSlipAway(word: string, name: string): boolean {
  if (word.length !== name.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < word.length && diffs.length <= 2; i += 1) if (word[i] !== name[i]) diffs.push(i);
  if (diffs.length === 1) return true;
  const [a, b] = diffs;
  return diffs.length === 2 && a !== undefined && b === a + 1 && word[a] === name[b] && word[b] === name[a];
}

export interface MisspelledBrand {
  readonly name: string;
  /** As written in the text. */
  readonly written: string;
}

/** Names usable for the check: one word of letters and digits, 5+ characters ('amazon', not 'amazon prime'). */
export function brandWords(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.toLowerCase()).filter((name) => /^[a-z][a-z0-9]{4,}$/.test(name)))];
}

/**
 * findMisspelledBrand(tokenize('Il tuo account Amazom'), text, ['amazon']) => { name: 'amazon', written: 'Amazom' }.
 * Digits for letters ('micr0soft') are checked against every name; a slipped letter only against
 * COMMONLY_PHISHED_NAMES, whose one-letter neighbours were checked not to be real words (any brand list would
 * turn 'Morton' into a misspelled Norton and 'finance' into Binance).
 */
export function findMisspelledBrand(tokens: readonly Token[], text: string, names: readonly string[]): MisspelledBrand | undefined {
  const byLength = new Map<number, string[]>();
  for (const name of names) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
  const slipNames = new Set(COMMONLY_PHISHED_NAMES);
  for (const token of tokens) {
    const word = token.norm;
    const candidates = byLength.get(word.length);
    if (!candidates || REAL_WORDS.has(word)) continue;
    if (candidates.includes(word)) continue;
    const hasDigit = /[0-9]/.test(word);
    const letters = hasDigit ? readDigitsAsLetters(word) : word;
    // Digits inside a brand ('micr0soft') are deliberate; a letter slip needs a long name to be meaningful.
    const match = candidates.find((name) =>
      hasDigit
        ? /[a-z]/.test(word) && (letters === name || (slipNames.has(name) && name.length >= 6 && oneSlipAway(letters, name)))
        : slipNames.has(name) && name.length >= 6 && oneSlipAway(word, name),
    );
    if (match) return { name: match, written: text.slice(token.start, token.end) };
  }
  return undefined;
}

/**
 * A brand spelled out letter by letter to dodge filters: 'A m a z o n', 'P.a.y.P.a.l'. Single-letter tokens in a
 * row, with at most two characters between them, that join into a brand name.
 */
export function findSpacedBrand(tokens: readonly Token[], text: string, names: readonly string[]): MisspelledBrand | undefined {
  let runStart = -1;
  let joined = '';
  const close = (endIndex: number): MisspelledBrand | undefined => {
    if (runStart < 0 || joined.length < 5) return undefined;
    const name = names.find((candidate) => joined.includes(candidate));
    const first = tokens[runStart];
    const last = tokens[endIndex];
    return name && first && last ? { name, written: text.slice(first.start, last.end) } : undefined;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (!token) continue;
    const single = token.end - token.start === 1 && /^[a-z0-9]$/.test(token.norm);
    const adjacent = previous !== undefined && token.start - previous.end <= 2 && runStart >= 0;
    if (single && adjacent && joined.length < 40) {
      joined += token.norm;
      continue;
    }
    const found = close(index - 1);
    if (found) return found;
    runStart = single ? index : -1;
    joined = single ? token.norm : '';
  }
  return close(tokens.length - 1);
}
