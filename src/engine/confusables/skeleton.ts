import { CONFUSABLE_GROUPS } from './confusable-table';

/** Every confusable character => its lowercased ASCII prototype, built once from the generated table. */
const PROTOTYPE_OF: ReadonlyMap<string, string> = new Map(
  CONFUSABLE_GROUPS.flatMap(([prototype, sources]) => [...sources].map((source) => [source, prototype] as const)),
);

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Long inputs are cut: a display name, subject or host never needs more, and a crafted one cannot slow us down. */
export const MAX_SKELETON_INPUT = 2000;

/**
 * A lowercase UTS #39 skeleton restricted to ASCII prototypes: two strings that look alike get the same skeleton.
 * Unlike the standard's skeleton (NFD, case-sensitive) it applies NFKD (fullwidth and mathematical letters),
 * lowercases, and folds 'i' into 'l', because 'PAYPAI', 'paypa1' and 'paypal' all read as 'paypal'. Brand names are
 * compared by skeleton on both sides, so the folding never has to be undone.
 *
 * confusableSkeleton('аmаzоn') (Cyrillic а, о) => 'arnazon'; confusableSkeleton('arnazon') => 'arnazon';
 * confusableSkeleton('PayPa1') => 'paypal'; confusableSkeleton('Amazón') => 'arnazon'.
 * Characters with no ASCII look-alike are kept as they are.
 */
export function confusableSkeleton(text: string): string {
  let out = '';
  for (const char of text.slice(0, MAX_SKELETON_INPUT).normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()) {
    const prototype = PROTOTYPE_OF.get(char) ?? char;
    out += prototype === 'i' ? 'l' : prototype;
  }
  return out;
}
