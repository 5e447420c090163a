// Tokenization for phrase matching: the text is cut once into words, each word normalized (case, accents,
// look-alike letters, invisible joiners), and every token remembers where it stands in the original text so a
// finding can quote the message's own words ('Verifica il tuo ACCÒUNT') rather than the folded form.
import { normalizeText } from './normalize';

/**
 * Only the first characters of a text are tokenized. A phishing lure says what it wants early; a crafted
 * message of megabytes must not make the pane slow.
 */
export const MAX_TOKENIZED_CHARS = 60_000;
/** Longer runs of letters are not words people read (base64, hashes); they are cut to this length. */
export const MAX_TOKEN_LENGTH = 40;

export interface Token {
  /** Normalized form: 'ACCÒUNT' => 'account', 'pass\u200bword' => 'password', 'Straße' => 'strasse'. */
  readonly norm: string;
  /** Offsets of the token in the (sliced) original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * A word: letters, digits and combining marks, with the invisible characters scammers put inside words to split
 * them for filters. One character class under one quantifier: linear, cannot backtrack.
 */
const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;

/** tokenize("Verifica l'ACCÒUNT entro 24h") => verifica, l, account, entro, 24h (with offsets). */
export function tokenize(text: string): Token[] {
  const source = text.length > MAX_TOKENIZED_CHARS ? text.slice(0, MAX_TOKENIZED_CHARS) : text;
  const tokens: Token[] = [];
  for (const match of source.matchAll(WORD)) {
    const word = match[0].length > MAX_TOKEN_LENGTH ? match[0].slice(0, MAX_TOKEN_LENGTH) : match[0];
    const norm = normalizeText(word).replace(/ß/g, 'ss');
    if (norm === '') continue;
    tokens.push({ norm, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
