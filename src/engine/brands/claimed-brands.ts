import { confusableSkeleton } from '../confusables';
import type { Brand, MailMessage } from '../model';
import { normalizeText } from '../text/normalize';
import { registrableDomain } from '../url';
import { DISPLAY_NAME_ALONE, MAX_TEXT_SCANNED, NAME_RULES, SERVICE_WORDS } from './claim-rules';
import { slipCandidates, slippedName } from './slipped-names';

export type ClaimPlace = 'display-name' | 'subject' | 'body' | 'image-alt' | 'logo';

export interface BrandClaim {
  readonly brand: Brand;
  /** Where the message names the brand, strongest first. */
  readonly places: readonly ClaimPlace[];
  /** The exact text that names it (e.g. the display name 'Amazon.it Servizio Clienti'). */
  readonly evidence: string;
  /**
   * True when a display name, subject or alt text writes the name with look-alike characters, symbols or spacing
   * ('Arnazon', 'PayPa1', 'Аmazon' in Cyrillic, '𝗡𝗲𝘁𝗳𝗹𝗶𝘅', 'A m a z o n'). Body mentions are not considered.
   */
  readonly lookalike?: boolean;
}

/** A text prepared for matching: plain folded form and confusable skeleton. */
interface PreparedText {
  readonly plain: string;
  readonly skeleton: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** 'a.m.a.z.o.n' or 'p-a-y-p-a-l': one token of single letters joined by separators. */
const SEPARATED_LETTERS = /^(?:[\p{L}\p{N}][.\-_*]){3,40}[\p{L}\p{N}]$/u;

/**
 * Joins letters written apart so they read as one word: 'a m a z o n' => 'amazon', 'p.a.y.p.a.l' => 'paypal'.
 * Only runs of four or more single letters are joined, so 'a b' or 'e i' in ordinary prose stay as they are.
 */
export function joinSpacedLetters(text: string): string {
  const tokens = text.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 4) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  for (const token of tokens) {
    if ([...token].length === 1 && WORD_CHAR.test(token)) {
      run.push(token);
      continue;
    }
    flush();
    out.push(token.length <= 81 && SEPARATED_LETTERS.test(token) ? token.replace(/[.\-_*]/g, '') : token);
  }
  flush();
  return out.join(' ');
}

/** Trademark signs glued to a name ('Mcafee™', 'Omaha Steaks®') would fold into letters ('mcafeetm'): set them apart. */
const TRADEMARK_SIGNS = /[\u2122\u00ae\u2120\u00a9]/g;

/**
 * Marks and invisible formatting glued to Latin letters ('Gooِgle Pٰlay' with Arabic vowel marks, 'Aܿmܿaܿzܿon' with
 * Syriac ones, 'I󠄹RS' with variation selectors): no brand writes its name with them, so they are dropped before
 * matching (and writtenPlainly still sees them, so the claim counts as disguised).
 */
const MARKS_ON_LATIN = /(?<=[A-Za-z])[\p{Mn}\p{Me}\p{Cf}]{1,8}/gu;

/**
 * Letters of a short name set apart by symbols inside a longer token: 'D/H/L-verzending' => 'DHL-verzending',
 * 'U.P.S.' => 'UPS', 'U-P-S'. Only runs of 3 to 12 single letters, each followed by one separator.
 */
const SEPARATED_RUN = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][./\\\-_*|·•]){2,11}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/** Three or four capitals written apart in a header ('U P S', '_✔️U P S._'): acronym brands spaced out to dodge filters. */
const SPACED_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){2,3}(?![\p{L}\p{N}])/gu;
/**
 * A name in capitals with digits or a small 'l' standing for letters ('lRS' for IRS, 'CL0UD', 'PAYPA1'): at least two
 * capitals, and only l, 0 and 1 among them. Folded back ('lRS' => 'IRS', 'CL0UD' => 'CLOUD') so that names that only
 * count in capitals are found; writtenPlainly still sees the original, so the claim counts as disguised.
 */
const CAPITALS_WITH_STAND_INS = /(?<![\p{L}\p{N}])(?=[A-Z0-9l]*[A-Z][A-Z0-9l]*[A-Z])(?=[A-Z0-9l]*[l01])[A-Zl01]{2,12}(?![\p{L}\p{N}])/gu;
const STAND_INS: Readonly<Record<string, string>> = { l: 'I', '1': 'I', '0': 'O' };
/** Corporate words before a name that otherwise counts only first in a display name: 'Gruppo Nexi', 'Team Norton'. */
const ORGANIZATION_PREFIX = /^(?:gruppo|group|grupo|groupe|gruppe|team|servizio|service|servicio|serviço|banca|banco)\s+/;

/** Undoes the header tricks above: marks between letters, separated and spaced-out acronyms. */
export function joinDisguisedLetters(text: string): string {
  return text
    .slice(0, MAX_TEXT_SCANNED)
    .replace(MARKS_ON_LATIN, '')
    .replace(SEPARATED_RUN, (run) => run.replace(/[./\\\-_*|·•]/g, ''))
    .replace(SPACED_CAPITALS, (run) => run.replace(/ /g, ''))
    .replace(CAPITALS_WITH_STAND_INS, (word) => word.replace(/[l01]/g, (c) => STAND_INS[c] ?? c));
}

function prepare(text: string, place: ClaimPlace): PreparedText {
  const raw = place === 'body' ? text.slice(0, MAX_TEXT_SCANNED) : joinDisguisedLetters(text);
  const plain = normalizeText(raw.replace(TRADEMARK_SIGNS, ' '));
  return { plain, skeleton: confusableSkeleton(joinSpacedLetters(plain)) };
}

/** Whole-word search: 'amazon' in 'amazon.it servizio' but not in 'amazonas'. Returns the index or -1. */
export function findWord(text: string, word: string): number {
  if (!word) return -1;
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return at;
    from = at + 1;
  }
}

/** Each brand name's skeleton, computed once per brand object. */
const SKELETONS = new WeakMap<Brand, readonly string[]>();
function nameSkeletons(brand: Brand): readonly string[] {
  let skeletons = SKELETONS.get(brand);
  if (!skeletons) {
    skeletons = brand.names.map((name) => confusableSkeleton(name.toLowerCase()));
    SKELETONS.set(brand, skeletons);
  }
  return skeletons;
}

/** Case-sensitive whole-word search for a name that only counts in capitals ('TIM', 'UPS'). */
function hasCapitalized(raw: string, name: string, place: ClaimPlace): boolean {
  const text = place === 'body' ? raw.slice(0, MAX_TEXT_SCANNED) : joinDisguisedLetters(raw);
  return findWord(text, name.toUpperCase()) >= 0;
}

/** Punctuation, symbols and emoji around a display name ('"Cielo:"', '✔️ Chase ✔️'): not words. */
const NOT_WORDS = /[^\p{L}\p{N}\s-]/gu;

/** The display name is the brand's name with only service words beside it: 'Chase Alerts', 'Steam', 'Cielo:'. */
function standsAlone(plain: string, name: string): boolean {
  const words = plain.replace(NOT_WORDS, ' ').split(' ').filter(Boolean);
  const nameWords = name.split(' ');
  const at = words.findIndex((_, i) => nameWords.every((w, j) => words[i + j] === w));
  if (at < 0) return false;
  return words.every((word, i) => (i >= at && i < at + nameWords.length) || SERVICE_WORDS.has(word) || /^[0-9]+$/.test(word));
}

type Match = 'exact' | 'lookalike' | undefined;

/**
 * True when one of the brand's names appears literally (only case differs): 'Amazon' yes; 'Amаzon' with a Cyrillic
 * 'а', '𝗡𝗲𝘁𝗳𝗹𝗶𝘅' in mathematical letters or 'PayPa1' no. A brand never disguises its own name; a filter-dodging scam does.
 */
function writtenPlainly(raw: string, brand: Brand): boolean {
  // Accents, spacing and curly apostrophes are how people write ('Itaú', 'Intesa\u00a0Sanpaolo'), not disguise.
  const literal = raw.slice(0, MAX_TEXT_SCANNED).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
  return brand.names.some((name) => findWord(literal, name) >= 0);
}

/** A few words either side of a body mention, so a person can find it: '... il tuo account amazon e stato ...'. */
function around(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + length + 40).trim()}${at + length + 40 < text.length ? '…' : ''}`;
}

/** The text shown as evidence for a claim in `place`: the whole display name or subject, the mention in a body. */
function evidenceFor(place: ClaimPlace, raw: string, text: PreparedText, brand: Brand): string {
  if (place !== 'body') return raw.trim().slice(0, 200);
  for (const name of brand.names) {
    const at = findWord(text.plain, name);
    if (at >= 0) return around(text.plain, at, name.length);
  }
  for (const skeleton of nameSkeletons(brand)) {
    const at = findWord(text.skeleton, skeleton);
    if (at >= 0) return around(text.skeleton, at, skeleton.length);
  }
  return brand.name;
}

function matchName(place: ClaimPlace, raw: string, text: PreparedText, name: string, skeleton: string): Match {
  const rule = NAME_RULES.get(name);
  if (rule === 'capitals') return hasCapitalized(raw, name, place) ? 'exact' : undefined;
  if (rule === 'header' || rule === 'leading') {
    if (place === 'body') return undefined;
    // 'Norton Support' claims Norton, 'John Norton' is a person: in a display name such names count only first.
    if (rule === 'leading' && place === 'display-name') {
      const head = text.plain.replace(ORGANIZATION_PREFIX, '');
      return head.startsWith(name) && findWord(head, name) === 0 ? 'exact' : undefined;
    }
  }
  if (findWord(text.plain, name) >= 0) return 'exact';
  // Short names have too many near neighbours ('ebay' vs 'ebav'); only longer ones are matched by skeleton.
  if (name.length >= 5 && findWord(text.skeleton, skeleton) >= 0) return 'lookalike';
  return undefined;
}

/**
 * Which brands the message claims to be, and where: the display name, subject, visible body and image alt texts
 * naming the brand (look-alike spellings included: 'Arnazon', 'PayPa1', 'Аmazon' in Cyrillic, 'A m a z o n'), and
 * images served from the brand's asset hosts (its logo). Ordinary words that are also brand names ('Apple',
 * 'Orange', 'TIM') follow the rules in claim-rules.ts. Linear in the text scanned (at most MAX_TEXT_SCANNED per place).
 */
export function claimedBrands(message: MailMessage, brands: readonly Brand[]): readonly BrandClaim[] {
  // Four detectors ask for the claims of the same message with the same brands: read the text once per analysis.
  const cached = CLAIMS.get(message);
  if (cached?.brands === brands) return cached.claims;
  const claims = findClaims(message, brands);
  CLAIMS.set(message, { brands, claims });
  return claims;
}

/** Claims per message, for the brand list they were computed with (the analysis passes one list to every detector). */
const CLAIMS = new WeakMap<MailMessage, { readonly brands: readonly Brand[]; readonly claims: BrandClaim[] }>();

function findClaims(message: MailMessage, brands: readonly Brand[]): BrandClaim[] {
  const places: (readonly [ClaimPlace, string])[] = [
    ['display-name', message.from?.name ?? ''],
    ['subject', message.subject],
    ['body', message.visibleText],
    ['image-alt', message.images.map((i) => i.alt).join(' ')],
  ];
  const prepared = places.filter(([, raw]) => raw.trim() !== '').map(([place, raw]) => ({ place, raw, text: prepare(raw, place) }));
  const imageDomains = new Set(message.images.slice(0, 200).map((image) => registrableDomain(image.src)).filter(Boolean));
  const claims: BrandClaim[] = [];
  const displayName = prepared.find((p) => p.place === 'display-name');
  const slips = displayName ? slipCandidates(displayName.text.plain) : [];
  const knownNames = slips.length > 0 ? new Set(brands.flatMap((brand) => brand.names.map((name) => name.replace(/ /g, '')))) : new Set<string>();
  for (const brand of brands) {
    const skeletons = nameSkeletons(brand);
    const found: ClaimPlace[] = [];
    let evidence = '';
    let lookalike = false;
    for (const { place, raw, text } of prepared) {
      let match: Match;
      for (let i = 0; i < brand.names.length && match !== 'exact'; i += 1) {
        match = matchName(place, raw, text, brand.names[i] ?? '', skeletons[i] ?? '') ?? match;
      }
      // 'Chase Alerts' is written as Chase writes it: a plain claim, never a disguised one.
      const alone = !match && place === 'display-name' && DISPLAY_NAME_ALONE.get(brand.id)?.some((name) => standsAlone(text.plain, name)) === true;
      if (alone) match = 'exact';
      // 'Conta Microsft', 'LedgeLive': one letter dropped or swapped, a disguise in a display name only.
      if (!match && place === 'display-name' && slips.length > 0 && slippedName(slips, brand, knownNames)) match = 'lookalike';
      if (!match) continue;
      found.push(place);
      if (!evidence) evidence = evidenceFor(place, raw, text, brand);
      if (place !== 'body' && !lookalike && !alone) lookalike = match === 'lookalike' || !writtenPlainly(raw, brand);
    }
    if (brand.assetDomains.some((domain) => imageDomains.has(domain))) {
      found.push('logo');
      if (!evidence) evidence = message.images.find((image) => brand.assetDomains.includes(registrableDomain(image.src)))?.src.slice(0, 200) ?? brand.name;
    }
    if (found.length > 0) claims.push({ brand, places: found, evidence, ...(lookalike ? { lookalike } : {}) });
  }
  return claims;
}
