/** Labels longer than this are not compared: no brand label is, and the table below stays small. */
export const MAX_EDIT_DISTANCE_LENGTH = 64;

/**
 * Optimal string alignment (restricted Damerau-Levenshtein) distance, capped: returns `limit + 1` as soon as the
 * distance must exceed `limit`, so comparing one host against hundreds of brand labels stays cheap.
 * damerauDistance('paypa1', 'paypal', 1) => 1; damerauDistance('amzaon', 'amazon', 1) => 1 (one transposition);
 * damerauDistance('google', 'goggles', 1) => 2 (over the limit).
 */
export function damerauDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > MAX_EDIT_DISTANCE_LENGTH || b.length > MAX_EDIT_DISTANCE_LENGTH) return limit + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
