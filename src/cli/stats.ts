/** The q-quantile (0..1) of `values` by nearest rank; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(2).padStart(6)}%`;
}
