// The steps of `npm run calibrate` that need no disk: features => fit => integer points => thresholds => figures.
import type { Evidence } from '../../src/engine/analyze';
import { forwardedOriginalWins } from '../../src/engine/analyze';
import type { Verdict } from '../../src/engine/model';
import { VERDICTS } from '../../src/engine/model';
import type { FeatureName } from '../../src/engine/scoring/features';
import { activeFeatures } from '../../src/engine/scoring/features';
import { scoreFindings } from '../../src/engine/scoring/score';
import type { ScoreTable, Thresholds } from '../../src/engine/scoring/table';
import type { Sample } from './monotone-logistic';
import { fitMonotoneLogistic } from './monotone-logistic';

export type Group = 'phishing' | 'ham-2002' | 'ham-list' | 'ham-modern' | 'fixture-scam' | 'fixture-legit';

/** One labelled message: its own evidence, then its forwarded original's when it is a forward. */
export interface Labelled {
  readonly group: Group;
  readonly name: string;
  readonly label: 0 | 1;
  readonly evidence: readonly Evidence[];
}

export interface Settings {
  /** L2 penalty (per unit of sample weight). */
  readonly l2: number;
  /** Integer points per logit unit. */
  readonly scale: number;
  readonly iterations: number;
  /** Total weight of each group (fixtures: per message, in units of one modern legitimate message). */
  readonly groupWeight: Readonly<Record<'phishing' | 'ham-old' | 'ham-modern', number>>;
  readonly fixtureWeight: number;
  /** Rounds of up-weighting fixtures the table gets wrong. */
  readonly fixtureRounds: number;
}

/** The limits of issue 12 (at most, as fractions). */
export const LIMITS = {
  modernSuspicious: 0.01,
  modernDangerous: 0,
  oldSuspicious: 0.005,
  oldDangerous: 0.001,
} as const;

/** The line every finding shares never goes below one point: any finding keeps the message at `caution` at least. */
const FLOORED_LINES: readonly FeatureName[] = ['low'];

const isOld = (group: Group): boolean => group === 'ham-2002' || group === 'ham-list';

function featureCounts(evidence: Evidence): Map<FeatureName, number> {
  const counts = new Map<FeatureName, number>();
  for (const feature of activeFeatures(evidence)) counts.set(feature.name, (counts.get(feature.name) ?? 0) + 1);
  return counts;
}

/** Every line that some message in the set would use, sorted (so the fit does not depend on reading order). */
export function featureNames(messages: readonly Labelled[]): FeatureName[] {
  const names = new Set<FeatureName>(FLOORED_LINES);
  for (const message of messages) for (const evidence of message.evidence) for (const name of featureCounts(evidence).keys()) names.add(name);
  return [...names].sort();
}

function perMessageWeights(messages: readonly Labelled[], settings: Settings): number[] {
  const count = (test: (g: Group) => boolean) => messages.filter((m) => test(m.group)).length || 1;
  const phishing = settings.groupWeight.phishing / count((g) => g === 'phishing');
  const old = settings.groupWeight['ham-old'] / count(isOld);
  const modern = settings.groupWeight['ham-modern'] / count((g) => g === 'ham-modern');
  return messages.map((m) => {
    if (m.group === 'phishing') return phishing;
    if (isOld(m.group)) return old;
    if (m.group === 'ham-modern') return modern;
    return modern * settings.fixtureWeight;
  });
}

function toSamples(messages: readonly Labelled[], weights: readonly number[], index: ReadonlyMap<FeatureName, number>): Sample[] {
  const samples: Sample[] = [];
  messages.forEach((message, i) => {
    for (const evidence of message.evidence) {
      const counts = [...featureCounts(evidence)].filter(([name]) => index.has(name));
      samples.push({
        indices: counts.map(([name]) => index.get(name) ?? 0),
        values: counts.map(([, count]) => count),
        label: message.label,
        weight: (weights[i] ?? 0) / message.evidence.length,
      });
    }
  });
  return samples;
}

/** Fitted weights (logit units) => integer points, lines worth 0 left out. */
function toPoints(names: readonly FeatureName[], weights: readonly number[], scale: number): Partial<Record<FeatureName, number>> {
  const points: Partial<Record<FeatureName, number>> = {};
  names.forEach((name, j) => {
    const value = Math.round((weights[j] ?? 0) * scale);
    if (value > 0) points[name] = value;
  });
  return points;
}

/** How far each piece of evidence can go whatever the thresholds: its score, and which verdicts its evidence allows. */
interface Reach {
  readonly score: number;
  readonly hasFindings: boolean;
  readonly maySuspicious: boolean;
  readonly mayDangerous: boolean;
}

function reachOf(evidence: Evidence, points: ScoreTable['points']): Reach {
  const scored = scoreFindings(evidence, { caution: 1, suspicious: 0, dangerous: 0 }, { thresholds: { caution: 1, suspicious: 0, dangerous: 0 }, points });
  return { score: scored.score, hasFindings: evidence.findings.length > 0, maySuspicious: scored.verdict !== 'caution' && scored.verdict !== 'safe', mayDangerous: scored.verdict === 'dangerous' };
}

function verdictAt(reach: Reach, thresholds: Thresholds): Verdict {
  if (reach.score >= thresholds.dangerous && reach.mayDangerous) return 'dangerous';
  if (reach.score >= thresholds.suspicious && reach.maySuspicious) return 'suspicious';
  return reach.hasFindings && reach.score >= thresholds.caution ? 'caution' : 'safe';
}

/** The message's verdict as analyze() gives it: its own, or its forwarded original's when that is worse. */
function messageVerdict(reaches: readonly Reach[], thresholds: Thresholds): Verdict {
  const [outer, original] = reaches.map((r) => verdictAt(r, thresholds));
  return original !== undefined && outer !== undefined && forwardedOriginalWins(outer, original) ? original : (outer ?? 'safe');
}

export type Counts = Record<Group, Record<Verdict, number>>;

function emptyCounts(): Counts {
  const groups: Group[] = ['phishing', 'ham-2002', 'ham-list', 'ham-modern', 'fixture-scam', 'fixture-legit'];
  return Object.fromEntries(groups.map((g) => [g, { safe: 0, caution: 0, suspicious: 0, dangerous: 0 }])) as Counts;
}

/** The verdict this table gives the message (its own, or its forwarded original's when that is worse). */
export function verdictOf(message: Labelled, table: ScoreTable): Verdict {
  return messageVerdict(message.evidence.map((e) => reachOf(e, table.points)), table.thresholds);
}

export function countVerdicts(messages: readonly Labelled[], table: ScoreTable, into: Counts = emptyCounts()): Counts {
  for (const message of messages) {
    into[message.group][verdictOf(message, table)] += 1;
  }
  return into;
}

/** Messages that are wrong at these thresholds: a scam fixture below `suspicious`, a genuine one at it or above. */
export function wrongFixtures(messages: readonly Labelled[], table: ScoreTable): Labelled[] {
  return messages.filter((m) => {
    if (m.group !== 'fixture-scam' && m.group !== 'fixture-legit') return false;
    const alarm = VERDICTS.indexOf(messageVerdict(m.evidence.map((e) => reachOf(e, table.points)), table.thresholds)) >= VERDICTS.indexOf('suspicious');
    return m.group === 'fixture-scam' ? !alarm : alarm;
  });
}

/**
 * The lowest thresholds that keep legitimate mail within LIMITS (and genuine fixtures below `suspicious`): the
 * lowest, because every point of threshold costs phishing caught.
 */
export function chooseThresholds(messages: readonly Labelled[], points: ScoreTable['points']): Thresholds {
  const reaches = messages.map((m) => ({ group: m.group, reaches: m.evidence.map((e) => reachOf(e, points)) }));
  const maxScore = Math.max(1, ...reaches.flatMap((r) => r.reaches.map((x) => x.score))) + 1;
  const within = (thresholds: Thresholds): { suspicious: boolean; dangerous: boolean } => {
    let modern = 0, modernS = 0, modernD = 0, old = 0, oldS = 0, oldD = 0, legitS = 0;
    for (const r of reaches) {
      const verdict = messageVerdict(r.reaches, thresholds);
      const alarm = verdict === 'suspicious' || verdict === 'dangerous';
      if (r.group === 'ham-modern') [modern, modernS, modernD] = [modern + 1, modernS + Number(alarm), modernD + Number(verdict === 'dangerous')];
      if (isOld(r.group)) [old, oldS, oldD] = [old + 1, oldS + Number(alarm), oldD + Number(verdict === 'dangerous')];
      if (r.group === 'fixture-legit') legitS += Number(alarm);
    }
    return {
      suspicious: modernS <= LIMITS.modernSuspicious * modern && oldS <= LIMITS.oldSuspicious * old && legitS === 0,
      dangerous: modernD <= LIMITS.modernDangerous * modern && oldD <= LIMITS.oldDangerous * old,
    };
  };
  let suspicious = 1;
  while (suspicious < maxScore && !within({ caution: 1, suspicious, dangerous: maxScore }).suspicious) suspicious++;
  let dangerous = suspicious;
  while (dangerous < maxScore && !within({ caution: 1, suspicious, dangerous }).dangerous) dangerous++;
  return { caution: 1, suspicious, dangerous };
}

export interface Calibrated {
  readonly table: ScoreTable;
  /** Fixtures still wrong after the last round. */
  readonly wrongFixtures: readonly Labelled[];
  readonly rounds: number;
  readonly loss: number;
}

/**
 * Fits the table on these messages. Fixtures the table gets wrong are weighted up (x2) and the fit re-run, up to
 * settings.fixtureRounds times: they are constraints, written one scenario each, not samples of the world. The round
 * with the fewest fixtures wrong is kept.
 */
export function calibrate(messages: readonly Labelled[], settings: Settings, log: (line: string) => void = () => undefined): Calibrated {
  const names = featureNames(messages);
  const index = new Map(names.map((name, j) => [name, j]));
  const lowerBounds = names.map((name) => (FLOORED_LINES.includes(name) ? 1 / settings.scale : 0));
  const weights = perMessageWeights(messages, settings);
  let result: Calibrated | undefined;
  for (let round = 0; round <= settings.fixtureRounds; round++) {
    const fit = fitMonotoneLogistic(toSamples(messages, weights, index), names.length, { l2: settings.l2, iterations: settings.iterations, lowerBounds });
    const points = toPoints(names, fit.weights, settings.scale);
    const table: ScoreTable = { thresholds: chooseThresholds(messages, points), points };
    const wrong = wrongFixtures(messages, table);
    log(`  round ${round}: loss ${fit.loss.toFixed(4)}, thresholds ${table.thresholds.suspicious}/${table.thresholds.dangerous}, fixtures wrong ${wrong.length}`);
    // The round with the fewest fixtures wrong wins, the earliest on a tie (the least bent towards the fixtures).
    if (!result || wrong.length < result.wrongFixtures.length) result = { table, wrongFixtures: wrong, rounds: round, loss: fit.loss };
    if (wrong.length === 0) break;
    for (const message of wrong) {
      const i = messages.indexOf(message);
      weights[i] = (weights[i] ?? 0) * 2;
    }
  }
  if (!result) throw new Error('calibrate: no round ran');
  return result;
}
