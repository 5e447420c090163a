import { confusableSkeleton } from '../confusables';
import type { Brand, MailMessage } from '../model';
import { normalizeText } from '../text/normalize';
import { isFreemailDomain } from '../sender/freemail-domains';
import { hostInfo, registrableDomain } from '../url';
import { brandOwningDomain } from './brand-domains';
import { DISPLAY_NAME_ALONE, MAX_TEXT_SCANNED, NAME_RULES, SERVICE_WORDS } from './claim-rules';
import { candidateLogoImages, headAltPositions, imagesInRows, isPaymentMark } from './own-images';
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

/** One place's text, prepared for matching. */
interface PreparedPlace {
  readonly place: ClaimPlace;
  readonly raw: string;
  readonly text: PreparedText;
}

/** How one place names the brand, if it does: exactly, in disguise, or as the whole display name ('Chase Alerts'). */
function matchPlace(brand: Brand, { place, raw, text }: PreparedPlace, slips: readonly string[], knownNames: ReadonlySet<string>): { match: Match; alone: boolean } {
  const skeletons = nameSkeletons(brand);
  let match: Match;
  for (let i = 0; i < brand.names.length && match !== 'exact'; i += 1) {
    match = matchName(place, raw, text, brand.names[i] ?? '', skeletons[i] ?? '') ?? match;
  }
  // 'Chase Alerts' is written as Chase writes it: a plain claim, never a disguised one.
  const alone = !match && place === 'display-name' && DISPLAY_NAME_ALONE.get(brand.id)?.some((name) => standsAlone(text.plain, name)) === true;
  if (alone) match = 'exact';
  // 'Conta Microsft', 'LedgeLive': one letter dropped or swapped, a disguise in a display name only.
  if (!match && place === 'display-name' && slips.length > 0 && slippedName(slips, brand, knownNames)) match = 'lookalike';
  return { match, alone };
}

/** Words beside a name that keep an alt text a mere icon label: 'Facebook icon', 'Instagram logo'. */
const ICON_WORDS: ReadonlySet<string> = new Set(['icon', 'icona', 'logo', 'social', 'page', 'profile', 'pagina', 'profilo']);

/** The text is the brand's name alone, or with icon words: 'facebook', 'instagram logo'. */
function isOnlyName(plain: string, brand: Brand): boolean {
  const words = plain.replace(NOT_WORDS, ' ').split(' ').filter((word) => word !== '' && !ICON_WORDS.has(word));
  return brand.names.includes(words.join(' '));
}

/** Labels too generic to name an organisation when a display name and a domain share them ('support', 'mail'). */
const GENERIC_LABELS: ReadonlySet<string> = new Set([...SERVICE_WORDS, 'mail', 'email', 'news', 'newsletter', 'secure', 'login', 'verify', 'web']);

/**
 * The display name also names the sender's own organisation, so a brand beside it is a partner, not who speaks:
 * 'Synchrony for your PayPal Extras Mastercard' <customer.service@servicing.synchrony.com>, 'Amazon Benefits at
 * Fidelity' <benefits@fidelity.com>, 'Magpie Tech via Kickstarter'. The organisation is the sender domain's own label
 * ('synchrony' of synchrony.com) written as a word, or a known brand whose domain this is. A label that is part of the
 * claimed brand's names ('prime' of prime.com beside 'Amazon Prime'), or generic ('support', 'secure'), proves nothing.
 */
function namesOwnOrganisation(displayPlain: string, fromDomain: string, brand: Brand, senderBrand: Brand | undefined): boolean {
  if (senderBrand && senderBrand !== brand && senderBrand.names.some((name) => findWord(displayPlain, name) >= 0)) return true;
  const label = hostInfo(fromDomain).domainWithoutSuffix;
  if (label.length < 4 || !/^[a-z0-9]+$/.test(label) || GENERIC_LABELS.has(label)) return false;
  if (brand.names.some((name) => name.split(/[^a-z0-9]+/).includes(label) || label.includes(name.replace(/[^a-z0-9]/g, '')))) return false;
  return findWord(displayPlain, label) >= 0;
}

function findClaims(message: MailMessage, brands: readonly Brand[]): BrandClaim[] {
  const candidates = candidateLogoImages(message.images);
  const head = headAltPositions(candidates);
  const places: (readonly [ClaimPlace, string])[] = [
    ['display-name', message.from?.name ?? ''],
    ['subject', message.subject],
    ['body', message.visibleText],
    // Only images that may be the message's own logo: badges, social icons and payment marks are left out here,
    // rows of marks below once each image's brand is known.
    ['image-alt', head.map((position) => candidates[position]?.alt ?? '').join(' ')],
  ];
  const prepared: PreparedPlace[] = places.filter(([, raw]) => raw.trim() !== '').map(([place, raw]) => ({ place, raw, text: prepare(raw, place) }));
  const displayName = prepared.find((p) => p.place === 'display-name');
  const slips = displayName ? slipCandidates(displayName.text.plain) : [];
  const knownNames = slips.length > 0 ? new Set(brands.flatMap((brand) => brand.names.map((name) => name.replace(/ /g, '')))) : new Set<string>();
  const fromDomain = (message.from?.domain ?? '').toLowerCase();
  // A known brand writing from its own domain speaks as itself: the other brands its footer, badges or partners name
  // are mentions ('Download on the App Store' in a Poste Italiane mail, 'Apple Pay' in a shop's payment terms).
  const senderBrand = fromDomain && !isFreemailDomain(fromDomain) && !isFreemailDomain(registrableDomain(fromDomain)) ? brandOwningDomain(fromDomain, brands) : undefined;
  // So does an organisation whose display name names its own domain beside a brand ('Synchrony for your PayPal Extras
  // Mastercard' from synchrony.com): that brand, in its name, images or text, is a partner.
  const namesItself = displayName !== undefined && fromDomain !== '' && !isFreemailDomain(registrableDomain(fromDomain)) ? displayName.text.plain : '';
  const imageHosts = candidates.map((image) => registrableDomain(image.src));
  const altTexts = new Map<number, PreparedPlace>();
  const altOf = (position: number): PreparedPlace => {
    let prepared = altTexts.get(position);
    if (!prepared) {
      const raw = candidates[position]?.alt ?? '';
      prepared = { place: 'image-alt', raw, text: prepare(raw, 'image-alt') };
      altTexts.set(position, prepared);
    }
    return prepared;
  };

  interface Draft {
    brand: Brand;
    found: ClaimPlace[];
    evidence: string;
    /** Places that write the name in disguise ('PayPa1', 'Аmazon'). */
    disguised: ClaimPlace[];
    altImages: number[];
    logoImages: number[];
  }
  const drafts: Draft[] = [];
  /** Candidate image position => ids of the brands it names, by alt text or by the host serving it. */
  const named = new Map<number, Set<string>>();
  const name = (position: number, brand: Brand): void => {
    const set = named.get(position) ?? new Set<string>();
    set.add(brand.id);
    named.set(position, set);
  };
  for (const brand of brands) {
    const draft: Draft = { brand, found: [], evidence: '', disguised: [], altImages: [], logoImages: [] };
    // A co-brand: the display name names both the sender's own organisation and this brand.
    const coBrand = namesItself !== '' && displayName !== undefined && matchPlace(brand, displayName, slips, knownNames).match !== undefined && namesOwnOrganisation(namesItself, fromDomain, brand, undefined);
    const speaksAsOther = (senderBrand !== undefined && senderBrand !== brand) || coBrand;
    for (const where of prepared) {
      const { place, raw, text } = where;
      if (speaksAsOther && (place === 'body' || place === 'image-alt')) continue;
      const { match, alone } = matchPlace(brand, where, slips, knownNames);
      if (!match) continue;
      if (place === 'display-name' && namesOwnOrganisation(text.plain, fromDomain, brand, senderBrand)) continue;
      if (place === 'image-alt') {
        // Which images name it: the joined alt texts only said that some do.
        for (const position of head) {
          // A linked image whose alt is only a social network's name is its icon, however large ('Facebook' behind
          // the sender's tracker, a 185-px 'footer_social_fb.jpeg').
          if (brand.sector === 'social' && candidates[position]?.href && isOnlyName(altOf(position).text.plain, brand)) continue;
          if (matchPlace(brand, altOf(position), [], knownNames).match) draft.altImages.push(position);
        }
        draft.altImages.forEach((position) => name(position, brand));
        if (draft.altImages.length === 0) continue;
      }
      draft.found.push(place);
      if (!draft.evidence) draft.evidence = evidenceFor(place, raw, text, brand);
      if (place !== 'body' && !alone && (match === 'lookalike' || !writtenPlainly(raw, brand))) draft.disguised.push(place);
    }
    if (!speaksAsOther) {
      imageHosts.forEach((host, position) => {
        if (host && brand.assetDomains.includes(host)) draft.logoImages.push(position);
      });
      draft.logoImages.forEach((position) => name(position, brand));
    }
    if (draft.found.length > 0 || draft.logoImages.length > 0) drafts.push(draft);
  }
  // Payment networks that are no brand of ours still make a row with the brands beside them ('Visa' 'Mastercard' 'PayPal').
  candidates.forEach((image, position) => {
    if (isPaymentMark(image.alt)) {
      const set = named.get(position) ?? new Set<string>();
      set.add(`mark:${image.alt.trim().toLowerCase()}`);
      named.set(position, set);
    }
  });
  const rows = imagesInRows(named, candidates);
  const claims: BrandClaim[] = [];
  for (const draft of drafts) {
    let found = draft.found;
    let { evidence } = draft;
    // Every image naming it sits in a row of marks (social icons, payment logos, store badges): no claim by image.
    if (found.includes('image-alt') && draft.altImages.every((position) => rows.has(position))) {
      found = found.filter((place) => place !== 'image-alt');
      if (found.length === 0) evidence = '';
    }
    const lookalike = found.some((place) => draft.disguised.includes(place));
    const ownLogo = draft.logoImages.find((position) => !rows.has(position));
    if (ownLogo !== undefined) {
      found = [...found, 'logo'];
      if (!evidence) evidence = candidates[ownLogo]?.src.slice(0, 200) ?? draft.brand.name;
    }
    if (found.length > 0) claims.push({ brand: draft.brand, places: found, evidence, ...(lookalike ? { lookalike } : {}) });
  }
  return claims;
}
