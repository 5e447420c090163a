/** mulberry32: a tiny seeded generator, so the folds are the same on every machine and every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fold number (0..k-1) of each item, stratified by group: each group is shuffled (Fisher-Yates, seeded) and dealt
 * round-robin, so every fold holds its share of every group.
 */
export function stratifiedFolds(groups: readonly string[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(groups.length).fill(0);
  const byGroup = new Map<string, number[]>();
  groups.forEach((group, index) => byGroup.set(group, [...(byGroup.get(group) ?? []), index]));
  for (const group of [...byGroup.keys()].sort()) {
    const members = byGroup.get(group) ?? [];
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] ?? 0, members[i] ?? 0];
    }
    members.forEach((index, position) => {
      folds[index] = position % k;
    });
  }
  return folds;
}
