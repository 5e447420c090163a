// Letters disguised to slip past filters: 'Ηеar Likе Nеvеr' mixes Greek Eta and Cyrillic 'е' into Latin words,
// '𝐘𝐎𝐔𝐑 𝐏𝐇𝐎𝐓𝐎𝐒' is written in the Mathematical Alphanumeric block. A reader sees ordinary words; a keyword filter
// sees none. People writing Greek or Russian write whole words in one script, so only a word that MIXES scripts
// counts; styled letters are reported apart, being a different trick.

/** Only the first characters are read: the trick shows in the subject and the first lines. */
const MAX_CHARS = 20_000;
/** Runs of letters, one class under one quantifier: linear. Bounded so a crafted run cannot be huge. */
const WORD = /[\p{L}\p{M}]{2,60}/gu;
const LATIN = /[A-Za-z]/;
/**
 * Greek and Cyrillic letters that look Latin (Cyrillic а е о р с у х і ј ѕ һ and their capitals, Greek Α Β Ε Η Ι Κ
 * Μ Ν Ο Ρ Τ Χ Υ Ζ α ε ο ν ι κ ρ τ υ χ). A 'π' in 'e^iπ' looks like no Latin letter: mathematics, not a disguise.
 */
const LOOKALIKE = /[аеорсухіјѕһԁԛԝАВЕКМНОРСТХІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖαεονικρτυχ]/;
/** Words of two letters are abbreviations and formulas ('iπ', 'Xα'), not disguised words. */
const MIN_WORD = 3;
/** Mathematical Alphanumeric Symbols: bold, italic, script and double-struck letters and digits. */
const STYLED = /[\u{1d400}-\u{1d7ff}]/u;

export interface DisguisedLetters {
  /** Words mixing Latin letters with Greek or Cyrillic look-alikes, as written: 'Ηеar'. */
  readonly mixedWords: readonly string[];
  /** Words written in styled mathematical letters, as written: '𝐘𝐎𝐔𝐑'. */
  readonly styledWords: readonly string[];
}

const MAX_WORDS = 3;

/** findDisguisedLetters('Ηеar Likе Nеvеr') => { mixedWords: ['Ηеar', 'Likе', 'Nеvеr'], styledWords: [] }. */
export function findDisguisedLetters(text: string): DisguisedLetters {
  const source = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const mixedWords: string[] = [];
  const styledWords: string[] = [];
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    const styled = STYLED.test(word);
    if (word.length >= MIN_WORD && LOOKALIKE.test(word) && (LATIN.test(word) || styled)) {
      if (mixedWords.length < MAX_WORDS) mixedWords.push(word);
    } else if (styled && styledWords.length < MAX_WORDS) {
      styledWords.push(word);
    }
    if (mixedWords.length >= MAX_WORDS && styledWords.length >= MAX_WORDS) break;
  }
  return { mixedWords, styledWords };
}
