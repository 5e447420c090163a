/** Scripts whose letters are commonly passed off as Latin ones in domains and names (UTS #39 mixed-script check). */
const LOOKALIKE_SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];
const LATIN = /\p{Script=Latin}/u;

/** The scripts of the letters in `label`, among Latin and the look-alike scripts: scriptsIn('pаypal') => ['Latin', 'Cyrillic']. */
export function scriptsIn(label: string): string[] {
  const scripts = LATIN.test(label) ? ['Latin'] : [];
  for (const [name, pattern] of LOOKALIKE_SCRIPTS) if (pattern.test(label)) scripts.push(name);
  return scripts;
}

/**
 * True when one label mixes Latin with a look-alike script, which no real name or domain does:
 * isMixedScript('pаypal') (Cyrillic а) => true; isMixedScript('paypal') => false; isMixedScript('москва') => false.
 */
export function isMixedScript(label: string): boolean {
  return scriptsIn(label).length > 1;
}
