// Characters that change what a person sees without being seen. A bidi override reorders what follows it
// ('invoice\u202Etxt.exe' shows as 'invoiceexe.txt', and a whole pane line can read backwards), zero-width and
// filler characters split or pad words ('pay\u200Bpal'), and C0/C1 controls are not text at all. Evidence is
// shown so that a person can check it against the message: every such character is spelled out.

/**
 * Invisible characters: C0/C1 controls, the Unicode default-ignorable code points (bidi controls, zero-width
 * spaces and joiners, soft hyphen, Hangul fillers, tag characters...) and the braille blank used as a filler.
 * Tab, line feed and carriage return are ordinary whitespace.
 */
const INVISIBLE = /[\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;
/** Variation selectors choose how the previous character is drawn (text or emoji style); they hide nothing. */
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const WHITESPACE_CONTROL = /[\t\n\r]/;
/** Emoji sequences join pictographs with a zero-width joiner ('👩‍💻'); between letters the joiner is a trick. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const ZERO_WIDTH_JOINER = '\u200D';

function isRevealed(chars: readonly string[], index: number): boolean {
  const char = chars[index] ?? '';
  if (!INVISIBLE.test(char) || WHITESPACE_CONTROL.test(char) || VARIATION_SELECTOR.test(char)) return false;
  if (char === ZERO_WIDTH_JOINER) return !(PICTOGRAPH.test(chars[index - 1] ?? '') && PICTOGRAPH.test(chars[index + 1] ?? ''));
  return true;
}

/** 'U+202E' for '\u202E'. */
function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Spells out invisible characters so a person sees what is really there: revealInvisible('pay\u200Bpal.com') =>
 * 'pay<U+200B>pal.com'; revealInvisible('invoice\u202Etxt.exe') => 'invoice<U+202E>txt.exe'. Emoji sequences and
 * ordinary whitespace are left alone. Idempotent: what it returns contains nothing it would reveal.
 */
export function revealInvisible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  const chars = Array.from(text);
  return chars.map((char, index) => (isRevealed(chars, index) ? `<${codePointName(char)}>` : char)).join('');
}

/** True when revealInvisible would change the text: hasInvisible('amazon\u202E.it') => true. */
export function hasInvisible(text: string): boolean {
  return revealInvisible(text) !== text;
}
