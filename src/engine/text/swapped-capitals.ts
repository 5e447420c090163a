// Capital words with one character swapped for a twin that a filter reads differently: 'VlAGRA' and 'ClALlS' (a small
// L for a capital i), 'lRS' for IRS, 'B0NUS' (a zero for an O). In a capital word they look the same to a reader; a
// keyword filter sees no 'VIAGRA' and no 'BONUS'. Nobody types a small L in the middle of a word in capitals by
// accident, and product codes that mix digits in ('X100', 'A4B', 'COVID19') are not letters around a lone zero.

/** Only the first characters are read: the trick shows in the subject, the sender's name and the first lines. */
const MAX_CHARS = 20_000;
/** Runs of ASCII letters and digits, one class under one quantifier: linear. Bounded so a crafted run stays small. */
const TOKEN = /[A-Za-z0-9]{3,40}/g;
/** Capitals with a small L standing for a capital i, two capitals at least: 'VlAGRA', 'lRS', 'DlSCOUNT'. */
const SMALL_L_FOR_I = /^(?=[A-Zl]*l)(?=(?:l*[A-Z]){2})[A-Zl]+$/;
/** Capitals with a zero between two letters standing for an O, three capitals at least: 'B0NUS', 'C0MPRAM0S'. */
const ZERO_FOR_O = /^(?=(?:0?[A-Z]){3})[A-Z]+(?:0[A-Z]+)+$/;
const MAX_WORDS = 3;

/** Whether the token sits inside a longer address or identifier ('x@lRS.example', 'v1.lEAA-2'): then it is not a word. */
function insideIdentifier(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return /[\w@/.\-=%]/.test(before) || /[\w@/=%]/.test(after) || (after === '.' && /\w/.test(text[end + 1] ?? ''));
}

/** findSwappedCapitals('BEST VlAGRA&ClALlS') => ['VlAGRA', 'ClALlS']; findSwappedCapitals('BONUS X100 Illinois') => []. */
export function findSwappedCapitals(text: string): readonly string[] {
  const source = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const words: string[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    if (!(SMALL_L_FOR_I.test(word) || ZERO_FOR_O.test(word)) || insideIdentifier(source, start, start + word.length)) continue;
    if (!words.includes(word)) words.push(word);
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}
