// Finds the lexicon's cues in a message's subject and visible text, once per message: six detectors ask, the
// text is tokenized and scanned a single time (memoized per message object, which the engine never mutates).
import type { MailMessage } from '../model';
import { PhraseMatcher } from '../text/phrase-matcher';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Cue, Lexicon, LexiconLanguage } from './types';

/** Quoted phrases are cut to this length: the pane shows them, a person reads them. */
const MAX_EVIDENCE_CHARS = 120;
/** A message repeating one lure a thousand times needs no more than this many hits to be judged. */
const MAX_HITS = 400;

export interface CueHit {
  readonly cue: Cue;
  readonly language: LexiconLanguage;
  /** The words as written in the message: 'Inserisci il codice OTP'. */
  readonly evidence: string;
  readonly place: 'subject' | 'body';
  /** Position of the first matched word in its place's token stream, and one past the last. */
  readonly position: number;
  readonly end: number;
}

export interface MessageCues {
  readonly hits: readonly CueHit[];
  /** The first hit of each cue found, in order of appearance. */
  readonly firstByCue: ReadonlyMap<Cue, CueHit>;
  /** The tokens of the subject and body, for detectors that look at words themselves. */
  readonly subjectTokens: readonly Token[];
  readonly bodyTokens: readonly Token[];
  /** The texts the tokens point into. */
  readonly subjectText: string;
  readonly bodyText: string;
}

interface Tag {
  readonly cue: Cue;
  readonly language: LexiconLanguage;
}

const LANGUAGE_LEXICONS: readonly [LexiconLanguage, Lexicon][] = [['it', it], ['en', en], ['pt', pt], ['es', es], ['fr', fr], ['de', de], ['nl', nl]];

let compiled: PhraseMatcher<Tag> | undefined;

/** The matcher over every language's phrases, compiled on first use (a few milliseconds, once). */
export function cueMatcher(): PhraseMatcher<Tag> {
  if (!compiled) {
    const specs = LANGUAGE_LEXICONS.flatMap(([language, lexicon]) =>
      (Object.entries(lexicon) as [Cue, readonly string[]][]).flatMap(([cue, patterns]) => patterns.map((pattern) => ({ pattern, tag: { cue, language } }))),
    );
    compiled = new PhraseMatcher(specs);
  }
  return compiled;
}

const cache = new WeakMap<MailMessage, MessageCues>();

function quote(text: string, tokens: readonly Token[], startToken: number, endToken: number): string {
  const first = tokens[startToken];
  const last = tokens[endToken - 1];
  if (!first || !last) return '';
  const phrase = text.slice(first.start, last.end).replace(/\s+/g, ' ');
  return phrase.length > MAX_EVIDENCE_CHARS ? `${phrase.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : phrase;
}

/** findCues(message).firstByCue.get('ask-code')?.evidence => 'inserisci il codice OTP'. */
export function findCues(message: MailMessage): MessageCues {
  const cached = cache.get(message);
  if (cached) return cached;
  const matcher = cueMatcher();
  const subjectText = message.subject;
  const bodyText = message.visibleText || message.text;
  const subjectTokens = tokenize(subjectText);
  const bodyTokens = tokenize(bodyText);
  const hits: CueHit[] = [];
  const places = [['subject', subjectText, subjectTokens], ['body', bodyText, bodyTokens]] as const;
  for (const [place, text, tokens] of places) {
    for (const match of matcher.matchAll(tokens)) {
      if (hits.length >= MAX_HITS) break;
      const evidence = quote(text, tokens, match.startToken, match.endToken);
      if (evidence) hits.push({ cue: match.tag.cue, language: match.tag.language, evidence, place, position: match.startToken, end: match.endToken });
    }
  }
  // The first place a cue shows, quoted in full: overlapping phrases of one cue ('rilevato un accesso' and
  // 'accesso non autorizzato') are joined into 'rilevato un accesso non autorizzato'.
  const firstByCue = new Map<Cue, CueHit>();
  for (const hit of hits) {
    const known = firstByCue.get(hit.cue);
    if (!known) {
      firstByCue.set(hit.cue, hit);
    } else if (known.place === hit.place && hit.position <= known.end && hit.end > known.end) {
      const [text, tokens] = hit.place === 'subject' ? [subjectText, subjectTokens] : [bodyText, bodyTokens];
      const joined = { ...known, end: hit.end, evidence: quote(text, tokens, known.position, hit.end) };
      firstByCue.set(hit.cue, joined);
    }
  }
  const result: MessageCues = { hits, firstByCue, subjectTokens, bodyTokens, subjectText, bodyText };
  cache.set(message, result);
  return result;
}

/** The cues of `wanted` that the message contains, each with its first hit. */
export function cuesAmong(cues: MessageCues, wanted: readonly Cue[]): CueHit[] {
  return wanted.flatMap((cue) => {
    const hit = cues.firstByCue.get(cue);
    return hit ? [hit] : [];
  });
}
