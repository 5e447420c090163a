// Which of the seven languages a text is written in, from its most common short words: compact (a hundred words
// in all), enough to tell that a greeting is English while the text is Italian.
import type { LexiconLanguage } from '../lexicon/types';
import type { Token } from './tokenize';

/** Frequent words that are (mostly) peculiar to one language. */
const FUNCTION_WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  en: ['the', 'and', 'you', 'your', 'to', 'of', 'is', 'for', 'this', 'that', 'with', 'we', 'are', 'have', 'please', 'our', 'will'],
  it: ['il', 'di', 'che', 'per', 'un', 'una', 'non', 'sono', 'con', 'del', 'della', 'questo', 'tuo', 'gli', 'alla', 'ti', 'nostro', 'abbiamo'],
  pt: ['o', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'nao', 'seu', 'sua', 'voce', 'os', 'dos', 'seus', 'foi'],
  es: ['el', 'que', 'y', 'en', 'los', 'las', 'por', 'con', 'para', 'su', 'usted', 'es', 'una', 'del', 'sus', 'hemos'],
  fr: ['le', 'les', 'des', 'et', 'est', 'pour', 'vous', 'votre', 'une', 'dans', 'pas', 'nous', 'sur', 'vos', 'avez'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sie', 'ihr', 'ihre', 'nicht', 'mit', 'fur', 'auf', 'wir', 'ein', 'eine', 'zu', 'den'],
  nl: ['het', 'een', 'uw', 'jouw', 'niet', 'voor', 'bij', 'naar', 'deze', 'wij', 'ons', 'zijn', 'wordt', 'heeft', 'ook', 'maar', 'u'],
};

const WORD_LANGUAGES = new Map<string, LexiconLanguage[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [LexiconLanguage, readonly string[]][]) {
  for (const word of words) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), language]);
}

/** Enough words to judge, and the winner this many times ahead of the second. */
const MIN_HITS = 8;
const MIN_LEAD = 2;
const MAX_TOKENS_READ = 600;

/** guessLanguage(tokenize('Gentile cliente, il tuo account è stato sospeso per ...')) => 'it'; undefined when unsure. */
export function guessLanguage(tokens: readonly Token[]): LexiconLanguage | undefined {
  const counts = new Map<LexiconLanguage, number>();
  for (const token of tokens.slice(0, MAX_TOKENS_READ)) {
    for (const language of WORD_LANGUAGES.get(token.norm) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS) return undefined;
  if (second && first[1] < second[1] * MIN_LEAD) return undefined;
  return first[0];
}
