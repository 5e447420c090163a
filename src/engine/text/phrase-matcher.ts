// A phrase matcher that cannot backtrack: phrases are compiled into a trie of token slots and the token stream
// is scanned once, carrying a bounded set of active trie positions (a Thompson-style NFA simulation, as in
// Aho-Corasick but with slots that may be optional, prefixes or short gaps). Time is linear in the number of
// tokens times the number of active positions, which MAX_ACTIVE_STATES bounds.
//
// Pattern syntax, one phrase per string, slots separated by spaces (written naturally, normalized when compiled):
//   'password'        the exact word, also misspelled: a letter missing or added in words of 6+ letters
//                     ('pasword', 'passwword'), a letter changed or two swapped in words of 8+ ('passwrod')
//   'verif*'          any word starting with 'verif' (verify, verifica, verifizieren): tolerant of inflection
//   'tuo|tua|vostr*'  any of these
//   '[your|the]'      an optional slot (a leading one is dropped: it changes nothing about where a phrase is)
//   '~' or '~5'       a gap of 0..3 (or 0..5) arbitrary words
//   '#'               a word starting with a digit ('24', '24h', '48ore')
// 'inserisci [il] codice otp' matches 'Inserisci il codice OTP' and 'inserisci codice OTP';
// 'confirm* ~ identit*' matches 'Please confirm your personal identity'.
import type { Token } from './tokenize';
import { normalizeText } from './normalize';

/** A crafted text cannot make the scan quadratic: past this many live positions, new ones are dropped. */
export const MAX_ACTIVE_STATES = 4_000;
const DEFAULT_GAP = 3;
const MAX_GAP = 8;
/** Words shorter than this are never corrected for spelling ('your' is not 'you'). */
const MIN_FUZZY_LENGTH = 6;
/**
 * A changed letter is only forgiven in long words: among short ones, one letter apart are often two real
 * words ('lottery' / 'pottery', 'million' / 'billion').
 */
const MIN_SUBSTITUTION_LENGTH = 8;

/**
 * Real words of one language that are one slip from a phrase word of another ('command' vs French 'commande',
 * 'amended' vs 'amende', Portuguese 'gerência' (management) vs Spanish 'herencia'): never "corrected". Found by
 * running the lexicons over legitimate mail.
 */
const NEVER_CORRECTED = new Set(['command', 'commands', 'commander', 'commanded', 'amended', 'amends', 'gerencia', 'gerencias']);

interface Slot {
  readonly key: string;
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly digit: boolean;
  readonly optional: boolean;
  /** > 0 for a gap slot: how many words it may skip. */
  readonly gap: number;
}

interface Node<T> {
  readonly id: number;
  readonly children: Map<string, { readonly slot: Slot; readonly node: Node<T> }>;
  /** Exact-word edges, indexed for a constant-time lookup per token. */
  readonly byWord: Map<string, Node<T>[]>;
  /** Prefix and digit edges, tested one by one. */
  readonly byTest: { readonly slot: Slot; readonly node: Node<T> }[];
  /** Optional slots: the child is also reachable without consuming a word. */
  readonly skipTo: Node<T>[];
  /** Gap slots: the child is reachable after skipping up to `max` words. */
  readonly gapTo: { readonly max: number; readonly node: Node<T> }[];
  readonly terminals: { readonly tag: T; readonly pattern: string }[];
}

export interface PhraseSpec<T> {
  readonly pattern: string;
  readonly tag: T;
}

export interface PhraseMatch<T> {
  readonly tag: T;
  readonly pattern: string;
  /** Index of the first matched token and one past the last. */
  readonly startToken: number;
  readonly endToken: number;
}

function normalizeWord(word: string): string {
  return normalizeText(word).replace(/ß/g, 'ss').replace(/\s+/g, '');
}

function parseSlot(raw: string, pattern: string): Slot {
  const gap = /^~(\d?)$/.exec(raw);
  if (gap) {
    const max = gap[1] ? Number(gap[1]) : DEFAULT_GAP;
    if (max < 1 || max > MAX_GAP) throw new Error(`bad gap in phrase "${pattern}"`);
    return { key: `~${max}`, words: new Set(), prefixes: [], digit: false, optional: false, gap: max };
  }
  const optional = raw.startsWith('[') && raw.endsWith(']');
  const body = optional ? raw.slice(1, -1) : raw;
  const words = new Set<string>();
  const prefixes: string[] = [];
  let digit = false;
  for (const alternative of body.split('|')) {
    if (alternative === '#') {
      digit = true;
    } else if (!/^[\p{L}\p{N}]+\*?$/u.test(alternative)) {
      // 'sign-in' or "don't" would never match: the tokenizer splits them into two words. Write 'sign in'.
      throw new Error(`slot "${alternative}" is not one word in phrase "${pattern}"`);
    } else if (alternative.endsWith('*')) {
      const prefix = normalizeWord(alternative.slice(0, -1));
      if (prefix.length < 3) throw new Error(`prefix too short in phrase "${pattern}"`);
      prefixes.push(prefix);
    } else {
      const word = normalizeWord(alternative);
      if (!word) throw new Error(`empty word in phrase "${pattern}"`);
      words.add(word);
    }
  }
  const key = `${optional ? '?' : ''}${[...words].sort().join('|')}/${[...prefixes].sort().join('|')}/${digit ? '#' : ''}`;
  return { key, words, prefixes, digit, optional, gap: 0 };
}

function slotAccepts(slot: Slot, word: string): boolean {
  if (slot.digit && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) return true;
  return slot.prefixes.some((prefix) => word.startsWith(prefix));
}

/**
 * Every spelling of `word` with one letter removed, the first letter kept: 'account' => 'acount', 'accunt'... A
 * first letter missing (or one too many) is never the slip forgiven: people seldom mistype the first letter, and a
 * word without it is often another real word, in legitimate mail too ('resale' is no 'presale', 'you have elected to
 * receive' no 'selected to receive').
 */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** 'passwprd' vs 'password' (one letter changed) or 'passowrd' (two neighbours swapped); same length only. */
function oneSubstitutionOrSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length && diffs.length <= 2; i += 1) if (a[i] !== b[i]) diffs.push(i);
  if (diffs.length === 1) return true;
  const [x, y] = diffs;
  return diffs.length === 2 && x !== undefined && y === x + 1 && a[x] === b[y] && a[y] === b[x];
}

interface ActiveState<T> {
  readonly node: Node<T>;
  readonly start: number;
  readonly skips: number;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T>;
  private nodeCount = 0;
  private readonly vocabulary = new Set<string>();
  /** One-letter deletions of the vocabulary's long words, for spelling tolerance (SymSpell's trick); '' = ambiguous. */
  private readonly deletionIndex = new Map<string, string>();

  /**
   * `fuzzy: false` for phrase lists where one letter matters ('will be delete' is a grammar slip, 'will be
   * deleted' is not).
   */
  constructor(specs: readonly PhraseSpec<T>[], options: { readonly fuzzy?: boolean } = {}) {
    this.root = this.newNode();
    for (const spec of specs) this.add(spec);
    if (options.fuzzy === false) return;
    for (const word of this.vocabulary) {
      if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) continue;
      for (const variant of deletions(word)) {
        if (this.vocabulary.has(variant)) continue;
        const known = this.deletionIndex.get(variant);
        this.deletionIndex.set(variant, known === undefined || known === word ? word : '');
      }
    }
  }

  private newNode(): Node<T> {
    this.nodeCount += 1;
    return { id: this.nodeCount, children: new Map(), byWord: new Map(), byTest: [], skipTo: [], gapTo: [], terminals: [] };
  }

  private add(spec: PhraseSpec<T>): void {
    const slots = spec.pattern.trim().split(/\s+/).map((raw) => parseSlot(raw, spec.pattern));
    // A leading optional slot changes nothing about where a phrase is found: '[your] password' is 'password'.
    while (slots[0]?.optional) slots.shift();
    const first = slots[0];
    const last = slots[slots.length - 1];
    if (!first || !last || first.gap > 0 || last.gap > 0 || first.optional || slots.every((s) => s.optional || s.gap > 0)) {
      throw new Error(`phrase must start with a required word: "${spec.pattern}"`);
    }
    let node = this.root;
    for (const slot of slots) {
      const existing = node.children.get(slot.key);
      if (existing) {
        node = existing.node;
        continue;
      }
      const child = this.newNode();
      node.children.set(slot.key, { slot, node: child });
      if (slot.gap > 0) {
        node.gapTo.push({ max: slot.gap, node: child });
      } else {
        for (const word of slot.words) {
          this.vocabulary.add(word);
          const list = node.byWord.get(word);
          if (list) list.push(child);
          else node.byWord.set(word, [child]);
        }
        if (slot.prefixes.length > 0 || slot.digit) node.byTest.push({ slot, node: child });
        if (slot.optional) node.skipTo.push(child);
      }
      node = child;
    }
    node.terminals.push({ tag: spec.tag, pattern: spec.pattern });
  }

  /**
   * The vocabulary word a misspelled token stands for: 'pasword' => 'password' (a letter missing),
   * 'passwword' => 'password' (one too many), 'passwprd' => 'password' (one wrong). Unknown words stay as they are.
   */
  private corrected(word: string, cache: Map<string, string>): string {
    if (word.length < MIN_FUZZY_LENGTH || this.vocabulary.has(word) || this.deletionIndex.size === 0 || NEVER_CORRECTED.has(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let result = this.deletionIndex.get(word) || '';
    if (!result && word.length >= MIN_FUZZY_LENGTH) {
      for (const variant of deletions(word)) {
        if (this.vocabulary.has(variant) && variant.length >= MIN_FUZZY_LENGTH) {
          result = variant;
          break;
        }
        const candidate = word.length >= MIN_SUBSTITUTION_LENGTH ? this.deletionIndex.get(variant) : undefined;
        if (candidate && oneSubstitutionOrSwap(word, candidate)) {
          result = candidate;
          break;
        }
      }
    }
    const final = result || word;
    cache.set(word, final);
    return final;
  }

  /** Every occurrence of every phrase in the token stream (overlapping ones included), in order of their end. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const cache = new Map<string, string>();
    let active = new Map<string, ActiveState<T>>();
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token) continue;
      this.enter(active, this.root, index, 0);
      const next = new Map<string, ActiveState<T>>();
      const word = token.norm;
      const fixed = this.corrected(word, cache);
      for (const state of active.values()) {
        const targets = state.node.byWord.get(word) ?? (fixed !== word ? state.node.byWord.get(fixed) : undefined);
        for (const child of targets ?? []) this.enter(next, child, state.start, 0);
        for (const edge of state.node.byTest) {
          if (slotAccepts(edge.slot, word) || (fixed !== word && slotAccepts(edge.slot, fixed))) this.enter(next, edge.node, state.start, 0);
        }
        if (state.skips > 0) this.enter(next, state.node, state.start, state.skips - 1);
      }
      for (const state of next.values()) {
        for (const terminal of state.node.terminals) {
          matches.push({ tag: terminal.tag, pattern: terminal.pattern, startToken: state.start, endToken: index + 1 });
        }
      }
      active = next;
    }
    return dedupe(matches);
  }

  /** Adds a position and everything reachable from it without consuming a word (optional slots, gaps). */
  private enter(states: Map<string, ActiveState<T>>, node: Node<T>, start: number, skips: number): void {
    const key = `${node.id}:${skips}`;
    const existing = states.get(key);
    // The latest start wins: the shortest match is the one to quote.
    if (existing && existing.start >= start) return;
    if (!existing && states.size >= MAX_ACTIVE_STATES) return;
    states.set(key, { node, start, skips });
    for (const child of node.skipTo) this.enter(states, child, start, skips);
    for (const gap of node.gapTo) this.enter(states, gap.node, start, gap.max);
  }
}

/** The same phrase ending at the same token is reported once (a gap state and a direct state can both reach it). */
function dedupe<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.pattern}@${m.endToken}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
