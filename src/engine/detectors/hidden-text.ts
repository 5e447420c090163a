import type { Brand, Finding, MailMessage } from '../model';
import { defineDetector } from '../model';
import { normalizeText } from '../text/normalize';

/** Characters of visible text, subject and sender name scanned: tricks sit in the first lines; this bounds the time. */
const MAX_SCANNED_CHARS = 100_000;
/** Hidden words absent from the visible text before hidden text counts as salting. A preheader has 5-20 words. */
const MIN_UNSEEN_HIDDEN_WORDS = 40;
/** Share of hidden words absent from the visible text: responsive mails hide a mobile copy of what is visible. */
const MIN_UNSEEN_SHARE = 0.5;
/** Tiny hidden runs ('Pay<span style="font-size:0">x</span>Pal') needed before we call it word splitting. */
const MIN_SPLITTING_RUNS = 6;
const MAX_SPLITTING_RUN_CHARS = 3;
const MAX_EVIDENCE_CHARS = 160;

/**
 * Invisible characters that split a Latin word in two for filters but not for eyes. Soft hyphens are legitimate
 * hyphenation, and Persian or Indic words use joiners legitimately: only joiners between Latin letters count.
 */
// eslint-disable-next-line no-misleading-character-class -- the invisible joiners, one by one
const ZERO_WIDTH_IN_WORD = /[a-zA-Z\u00c0-\u024f][\u200b-\u200d\u2060\ufeff\u034f]{1,8}[a-zA-Z\u00c0-\u024f]/;
/** A word with the joiners it may contain; bounded, one class under one quantifier. */
// eslint-disable-next-line no-misleading-character-class -- the invisible joiners, one by one
const WORD_WITH_JOINERS = /[\p{L}\u200b-\u200d\u2060\ufeff\u034f]{3,80}/gu;
/** Overrides that reverse how text is displayed: 'moc.lapyap' shown as 'paypal.com'. Embeddings and marks are left out (RTL languages use them). */
const BIDI_OVERRIDE = /[\u202d\u202e]/;
/** A word of letters; bounded so a megabyte of letters is cut into pieces. */
const WORD = /\p{L}{2,60}/gu;
const LATIN = /[a-z]/i;
/** Cyrillic and Greek letters that look like Latin ones ('а' U+0430, 'ο' U+03BF...): 'π' or 'ж' next to Latin is maths or a typo, not a disguise. */
const LOOKALIKE_CYRILLIC_OR_GREEK = /[аеорсухіјѕԁԛԝһАВЕКМНОРСТХЅІЈοαειкνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/;
/** Fillers newsletters put after a preheader to keep the inbox preview clean: '&zwnj;&nbsp;&#847;'. */
// eslint-disable-next-line no-misleading-character-class -- the fillers, one by one
const PREHEADER_FILLER = /[\s\u00ad\u034f\u200b-\u200d\u2060\ufeff\u00a0\u2007\u2800]+/g;

/** Evidence is quoted from the message, so it is cut, never decorated. */
function cut(text: string): string {
  return text.slice(0, MAX_EVIDENCE_CHARS);
}

function reveal(text: string): string {
  // eslint-disable-next-line no-misleading-character-class -- the invisible joiners, one by one
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u034f\u202d\u202e]/g, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}>`);
}

function words(text: string): string[] {
  return normalizeText(text.slice(0, MAX_SCANNED_CHARS)).match(/[a-z]{3,30}/g) ?? [];
}

function mentions(normalized: string, name: string): boolean {
  for (let at = normalized.indexOf(name); at >= 0; at = normalized.indexOf(name, at + 1)) {
    const before = normalized[at - 1];
    const after = normalized[at + name.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
  }
  return false;
}

/** The places a reader sees text: subject, sender's name and the body. */
function shownTexts(message: MailMessage): string[] {
  return [message.subject, message.from?.name ?? '', message.visibleText.slice(0, MAX_SCANNED_CHARS)];
}

function findSalting(message: MailMessage, hiddenRuns: readonly string[]): Finding | undefined {
  const hiddenWords = words(hiddenRuns.join(' '));
  if (hiddenWords.length < MIN_UNSEEN_HIDDEN_WORDS) return undefined;
  const visible = new Set(words(message.visibleText));
  const unseen = hiddenWords.filter((word) => !visible.has(word));
  if (unseen.length < MIN_UNSEEN_HIDDEN_WORDS || unseen.length / hiddenWords.length < MIN_UNSEEN_SHARE) return undefined;
  const sample = hiddenRuns.join(' ').replace(/\s+/g, ' ').trim();
  return { detectorId: 'hidden-text', messageId: 'salting', severity: 'medium', data: { words: unseen.length }, evidence: [cut(sample)] };
}

function findSplitWords(message: MailMessage): Finding | undefined {
  const tiny = message.hiddenText.filter((run) => {
    const text = run.text.replace(PREHEADER_FILLER, '');
    // Pieces of words: letters or digits, not stray punctuation or a filler decoded in the wrong charset.
    return text.length > 0 && text.length <= MAX_SPLITTING_RUN_CHARS && /[a-z0-9]/i.test(text);
  });
  if (tiny.length < MIN_SPLITTING_RUNS) return undefined;
  const sample = tiny.slice(0, 10).map((run) => run.text.trim());
  return { detectorId: 'hidden-text', messageId: 'splitWords', severity: 'medium', data: { runs: tiny.length }, evidence: [cut(sample.join(' '))] };
}

/** A brand named only where the reader cannot see it, past the preheader: bait for filters and brand classifiers. */
function findHiddenBrand(message: MailMessage, hiddenRuns: readonly string[], brands: readonly Brand[]): Finding | undefined {
  const hidden = normalizeText(hiddenRuns.slice(1).join(' ').slice(0, MAX_SCANNED_CHARS));
  if (hidden.length === 0) return undefined;
  const visible = normalizeText(shownTexts(message).join(' '));
  for (const brand of brands) {
    const name = brand.names.find((n) => mentions(hidden, n));
    if (name && !brand.names.some((n) => mentions(visible, n))) {
      return { detectorId: 'hidden-text', messageId: 'hiddenBrand', severity: 'low', data: { brand: brand.id, brandName: brand.name }, evidence: [name] };
    }
  }
  return undefined;
}

/** Zero-width characters written as HTML entities: '&#8203;', '&#x200B;', '&zwnj;'. */
const ZERO_WIDTH_ENTITY = /&#(?:8203|8204|8205|8288|65279|847|x200b|x200c|x200d|x2060|xfeff|x34f);|&(?:zerowidthspace|zwnj|zwj);/gi;
const ENTITY_CHAR: Readonly<Record<string, string>> = { zerowidthspace: '\u200b', zwnj: '\u200c', zwj: '\u200d' };

/**
 * The HTML with zero-width entities decoded. Needed because the visible text collapses U+200B into a space
 * ('pass&#8203;word' reads 'pass word' there), which hides the trick from the word scan.
 */
function htmlWithJoiners(html: string): string {
  return html.slice(0, MAX_SCANNED_CHARS * 3).replace(ZERO_WIDTH_ENTITY, (entity) => {
    const body = entity.slice(1, -1).toLowerCase();
    if (!body.startsWith('#')) return ENTITY_CHAR[body] ?? '';
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The word with its joiners taken out names a brand: 'Coin<U+200B>ba<U+200B>se' spells Coinbase. */
function spellsBrand(word: string, brands: readonly Brand[]): boolean {
  // eslint-disable-next-line no-misleading-character-class -- the invisible joiners, one by one
  const plain = normalizeText(word.replace(/[\u200b-\u200d\u2060\ufeff\u034f]/g, ''));
  return brands.some((brand) => brand.names.some((name) => mentions(plain, name)));
}

/**
 * Words broken with zero-width characters, so filters cannot read them. Two or more such words are a disguise; one
 * alone only when it spells a brand. A single other word is how some senders write on purpose: Steam breaks account
 * names so mail apps do not turn them into links, and a stray byte-order mark lands inside a word of a template.
 */
function findZeroWidth(message: MailMessage, brands: readonly Brand[]): Finding | undefined {
  const found: string[] = [];
  for (const text of [...shownTexts(message), message.text.slice(0, MAX_SCANNED_CHARS), htmlWithJoiners(message.html)]) {
    for (const [word] of text.matchAll(WORD_WITH_JOINERS)) {
      if (!ZERO_WIDTH_IN_WORD.test(word)) continue;
      if (!found.includes(word)) found.push(word);
      if (found.length >= 3) break;
    }
  }
  const first = found[0];
  if (first === undefined || (found.length === 1 && !spellsBrand(first, brands))) return undefined;
  // Evidence is the words as written (joiners included); data.word shows the first with them made visible: 'pa<U+200B>ypal'.
  return { detectorId: 'hidden-text', messageId: 'zeroWidthInWords', severity: 'medium', data: { count: found.length, word: reveal(first) }, evidence: found };
}

function findBidiOverride(message: MailMessage): Finding | undefined {
  for (const text of shownTexts(message)) {
    const at = text.search(BIDI_OVERRIDE);
    if (at >= 0) {
      const around = text.slice(Math.max(0, at - 40), at + 40);
      return { detectorId: 'hidden-text', messageId: 'bidiOverride', severity: 'medium', data: { text: reveal(around) }, evidence: [around] };
    }
  }
  return undefined;
}

function findMixedScript(message: MailMessage): Finding | undefined {
  const found: string[] = [];
  for (const text of shownTexts(message)) {
    for (const [word] of text.matchAll(WORD)) {
      if (word.length >= 3 && LATIN.test(word) && LOOKALIKE_CYRILLIC_OR_GREEK.test(word) && !found.includes(word)) found.push(word);
      if (found.length >= 3) break;
    }
  }
  if (found.length === 0) return undefined;
  return { detectorId: 'hidden-text', messageId: 'mixedScript', severity: 'medium', data: { word: found[0] ?? '' }, evidence: found };
}

/** Text the reader cannot see but filters read, and characters that make text read differently than it is written. */
export const hiddenText = defineDetector({
  id: 'hidden-text',
  kind: 'content',
  title: { en: 'Hidden or disguised text', it: 'Testo nascosto o camuffato' },
  severity: 'medium',
  explanation: {
    en: 'The message contains text you cannot see, or letters disguised as others. Scammers do this to slip past spam filters while showing you something else.',
    it: 'Il messaggio contiene testo che non puoi vedere, o lettere camuffate da altre. I truffatori lo fanno per superare i filtri antispam mostrandoti altro.',
  },
  messages: {
    salting: {
      en: 'The message hides {words} words of text that you cannot see, written for spam filters.',
      it: 'Il messaggio nasconde {words} parole di testo che non puoi vedere, scritte per i filtri antispam.',
    },
    splitWords: {
      en: 'Words are broken up with {runs} invisible pieces of text, so filters cannot read them.',
      it: 'Le parole sono spezzate da {runs} frammenti di testo invisibili, così i filtri non le leggono.',
    },
    hiddenBrand: {
      en: 'The name {brandName} is hidden in the message where you cannot see it.',
      it: 'Il nome {brandName} è nascosto nel messaggio dove non puoi vederlo.',
    },
    zeroWidthInWords: {
      en: '{count} words contain invisible characters that break them up for filters, e.g. {word}.',
      it: '{count} parole contengono caratteri invisibili che le spezzano per i filtri, ad esempio {word}.',
    },
    bidiOverride: {
      en: 'The text contains characters that reverse its direction, so it reads differently than it is written: {text}',
      it: 'Il testo contiene caratteri che ne invertono la direzione, così si legge diversamente da come è scritto: {text}',
    },
    mixedScript: {
      en: 'The word {word} mixes Latin letters with Cyrillic or Greek look-alikes.',
      it: 'La parola {word} mescola lettere latine con lettere cirilliche o greche che le somigliano.',
    },
  },
  run(message, context) {
    const hiddenRuns = message.hiddenText.map((run) => run.text).filter((text) => text.replace(PREHEADER_FILLER, '') !== '');
    const candidates = [
      findSalting(message, hiddenRuns),
      findSplitWords(message),
      findHiddenBrand(message, hiddenRuns, context.brands),
      findZeroWidth(message, context.brands),
      findBidiOverride(message),
      findMixedScript(message),
    ];
    return candidates.filter((finding): finding is Finding => finding !== undefined);
  },
});
