import type { EvidenceKind, Finding, Policy, Verdict } from '../model';
import type { FeatureName, ScoringInput } from './features';
import { activeFeatures } from './features';
import { STANDALONE_RED_FLAGS } from './rules';
import { SCORE_TABLE } from './score-table';
import type { ScoreTable } from './table';

export type { ScoringInput } from './features';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

export interface Scored {
  readonly score: number;
  readonly verdict: Verdict;
  /**
   * Findings worth points, the ones that decided the verdict first (most points, then strongest). A finding the
   * table gives nothing (a brand's own wording about codes, in its own mail) is left out: it says nothing here.
   */
  readonly ordered: Finding[];
  /** Composites that fired and are worth points, by id. */
  readonly composites: readonly string[];
}

function pointsOf(table: ScoreTable, name: FeatureName): number {
  return table.points[name] ?? 0;
}

/** A finding that is a red flag alone: a high, or a medium listed in STANDALONE_RED_FLAGS. */
function isRedFlag(finding: Finding): boolean {
  if (finding.severity === 'high') return true;
  return finding.severity === 'medium' && (STANDALONE_RED_FLAGS as readonly string[]).includes(`${finding.detectorId}/${finding.messageId}`);
}

/**
 * Findings => score and verdict.
 * - score: the sum of the score table's points for every line that applies (features.ts);
 * - a finding the table gives no points to counts for nothing below, and is not reported (the fit found it says
 *   nothing);
 * - `suspicious` needs the score AND either a red flag (a high finding, or a standalone red flag at medium) or
 *   corroboration (two kinds of evidence, one of them at medium or above, or a composite worth points): no single
 *   weak signal gets there, nor weak ones of one or two kinds, nor one suspicious phrase;
 * - `dangerous` needs the score AND strong corroboration (two kinds at medium or above, or a composite);
 * - a score short of that, with any finding, is `caution`.
 */
export function scoreFindings(input: ScoringInput, thresholds: Policy['thresholds'], table: ScoreTable = SCORE_TABLE): Scored {
  const features = activeFeatures(input);
  const findingPoints = new Map<Finding, number>();
  const composites: string[] = [];
  let score = 0;
  for (const feature of features) {
    const points = pointsOf(table, feature.name);
    if (points <= 0) continue;
    score += points;
    if (feature.name.startsWith('composite:')) composites.push(feature.name.slice('composite:'.length));
    for (const finding of feature.findings) findingPoints.set(finding, (findingPoints.get(finding) ?? 0) + points);
  }
  const worth = input.findings.filter((f) => (findingPoints.get(f) ?? 0) > 0);
  const kinds = new Set<EvidenceKind>();
  const strongKinds = new Set<EvidenceKind>();
  for (const finding of worth) {
    const kind = input.kindOf(finding.detectorId);
    if (!kind) continue;
    kinds.add(kind);
    if (finding.severity !== 'low') strongKinds.add(kind);
  }
  const corroborated = (kinds.size >= 2 && strongKinds.size >= 1) || composites.length > 0;
  const stronglyCorroborated = strongKinds.size >= 2 || composites.length > 0;
  const hasRedFlag = worth.some(isRedFlag);

  let verdict: Verdict = 'safe';
  if (worth.length > 0 && score >= thresholds.caution) verdict = 'caution';
  if (score >= thresholds.suspicious && (corroborated || hasRedFlag)) verdict = 'suspicious';
  if (score >= thresholds.dangerous && stronglyCorroborated) verdict = 'dangerous';

  const weight = (f: Finding): number => (findingPoints.get(f) ?? 0) * 4 + SEVERITY_RANK[f.severity];
  const ordered = [...worth].sort((a, b) => weight(b) - weight(a));
  return { score, verdict, ordered, composites };
}
