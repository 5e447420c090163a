// Phrase lists per language and the cue finder the content detectors share.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Lexicon, LexiconLanguage } from './types';

export const LEXICONS: Readonly<Record<LexiconLanguage, Lexicon>> = { it, en, pt, es, fr, de, nl };

export { CUES, LEXICON_LANGUAGES } from './types';
export type { Cue, Lexicon, LexiconLanguage } from './types';
export { cuesAmong, findCues, cueMatcher } from './find-cues';
export type { CueHit, MessageCues } from './find-cues';
