// Mailboxes a bulk-mailing kit rolls per message, in the two shapes the older mixed-case check
// (header-anomaly's isRandomCase) misses. People and companies choose mailboxes that read as words, names,
// initials with a number, or a ticket id after a separator; these read as none of them.

/** Case runs: 'nOsuPjv' => 'n', 'Osu', 'Pjv'; 'JohnMcDonald' => 'John', 'Mc', 'Donald'; 'ITSupport' => 'IT', 'Support'. */
const CASE_RUN = /[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])/g;
/** Four consonants in a row inside one run ('Hfqc', 'Cfdg'): rare in words once 'y' counts as a vowel. */
const CONSONANT_CLUSTER = /[bcdfghjklmnpqrstvwxz]{4}/i;
const VOWEL = /[aeiouy]/i;

/**
 * A case run that reads as no word: one letter, no vowel ('Pjv', 'Rn'), or a cluster like 'Hfqc'. All-capital runs of
 * two or more letters are acronyms ('IT', 'FOX', 'ABC') and count as words.
 */
function isUnreadableRun(run: string): boolean {
  if (run.length >= 2 && run === run.toUpperCase()) return false;
  return run.length === 1 || !VOWEL.test(run) || CONSONANT_CLUSTER.test(run);
}

/**
 * Letters in mixed case that split into two or more unreadable runs: 'nOsuPjv' (n, Pjv), 'AdzmHfqcF' (Hfqc, F),
 * 'RnCfdga' (Rn, Cfdga), 'monkZVkwl' (Z, Vkwl); or a capitalized string with no vowel at all ('Qsfxjtwk').
 * Left alone: 'JohnSmith', 'DoNotReply', 'JohnMcDonald' (only 'Mc'), 'FOXSportsFLASH', 'iPhone', 'eBayUK'.
 */
export function isRandomMixedCase(core: string): boolean {
  if (!/^[A-Za-z]{5,20}$/.test(core) || !/[a-z]/.test(core) || !/[A-Z]/.test(core)) return false;
  if (/^[A-Z][a-z]{5,}$/.test(core) && !VOWEL.test(core)) return true;
  const runs = core.match(CASE_RUN) ?? [];
  return runs.length >= 2 && runs.filter(isUnreadableRun).length >= 2;
}

/**
 * Lowercase letters and digits shuffled together, a digit group standing between letters:
 * '0pc5pmhs5zcn', 'b75pcoop8oth', 'eon4ukm59w5v', '2yrdqy5lqi'. Left alone: 'jkonan1157' and 'mario1978' (a name
 * and a number), 'info2024', 'web2mail' (a single digit group), anything with a separator ('order-12a4b5', 'ab.c1d2').
 */
export function isShuffledAlphanumeric(local: string): boolean {
  if (!/^[a-z0-9]{8,24}$/.test(local)) return false;
  const digitGroups = local.match(/\d+/g) ?? [];
  return digitGroups.length >= 2 && /[a-z]\d{1,6}[a-z]/.test(local);
}

/**
 * isRandomLocalPart('nOsuPjv') => true; isRandomLocalPart('newsletters.zLvuYFA') => judged on 'zLvuYFA';
 * isRandomLocalPart('b75pcoop8oth') => true; isRandomLocalPart('mario.rossi') => false.
 */
export function isRandomLocalPart(local: string): boolean {
  const core = local.slice(local.lastIndexOf('.') + 1);
  return isShuffledAlphanumeric(local) || isRandomMixedCase(core);
}
