// A brand name with one letter dropped or two neighbours swapped in a display name: 'Conta Microsft', 'LedgeLive',
// 'Amazn Support', 'Netfilx'. Skeleton matching already catches digits and look-alike letters ('PayPa1', 'Arnazon');
// this catches the slips that keep every letter Latin. Substituted or added letters are not matched: 'Finance' is
// one letter from 'Binance', 'Sparkassen' one letter more than 'Sparkasse', and both are ordinary words.
import type { Brand } from '../model';
import { NAME_RULES } from './claim-rules';

/** Shorter names have too many real-word neighbours ('adobe' => 'adob'?, 'shein' => 'shin'). */
const MIN_NAME_LENGTH = 6;

/** Real words one dropped or swapped letter from a brand name: 'revolt' is not a misspelled Revolut. */
const REAL_WORDS: ReadonlySet<string> = new Set(['revolt', 'costo', 'cosco', 'mediamark', 'tbank', 'googe']);

/** Variant ('microsft') => the name it slips from ('microsoft'), per brand, computed once per brand object. */
const VARIANTS = new WeakMap<Brand, ReadonlyMap<string, string>>();

/**
 * Every one-slip variant of the brand's distinctive names. Names that are ordinary words or surnames (NAME_RULES)
 * are left out.
 */
function variantsOf(brand: Brand): ReadonlyMap<string, string> {
  let variants = VARIANTS.get(brand);
  if (variants) return variants;
  const map = new Map<string, string>();
  for (const name of brand.names) {
    if (NAME_RULES.has(name) || !/^[a-z ]+$/.test(name)) continue;
    const joined = name.replace(/ /g, '');
    if (joined.length < MIN_NAME_LENGTH) continue;
    // Inner letters only: the first and last carry the word ('icloud' => 'cloud', 'steamsupport' => 'teamsupport',
    // 'barclays' => 'barclay' are words or names of their own), and a slip hides inside the name.
    for (let i = 1; i < joined.length - 1; i += 1) map.set(joined.slice(0, i) + joined.slice(i + 1), name);
    for (let i = 0; i + 1 < joined.length; i += 1) {
      if (joined[i] === joined[i + 1]) continue;
      map.set(joined.slice(0, i) + (joined[i + 1] ?? '') + (joined[i] ?? '') + joined.slice(i + 2), name);
    }
  }
  for (const [variant] of map) if (REAL_WORDS.has(variant) || brand.names.includes(variant)) map.delete(variant);
  variants = map;
  VARIANTS.set(brand, variants);
  return variants;
}

/** Words of a normalized display name, and each two neighbours run together ('ledge live' => 'ledgelive'). */
export function slipCandidates(plainName: string): readonly string[] {
  const words = plainName.split(/[^a-z]+/).filter(Boolean).slice(0, 20);
  const out: string[] = [];
  words.forEach((word, i) => {
    out.push(word);
    const next = words[i + 1];
    if (next) out.push(word + next);
  });
  return out.filter((word) => word.length >= MIN_NAME_LENGTH - 1);
}

/**
 * The brand name a display name misspells by one slip, if any: slippedName(['conta', 'microsft', ...], microsoft) =>
 * 'microsoft'. `knownNames` holds every brand's names run together, so 'correos' (a brand of its own) is never read
 * as a slipped 'correios'.
 */
export function slippedName(candidates: readonly string[], brand: Brand, knownNames: ReadonlySet<string>): string | undefined {
  const variants = variantsOf(brand);
  for (const candidate of candidates) {
    const name = variants.get(candidate);
    if (name && !knownNames.has(candidate)) return name;
  }
  return undefined;
}
