import type { EvidenceKind, Finding, Policy, Severity, Verdict } from '../model';
import type { CompositeRule } from './rules';
import { COMPOSITE_RULES, KIND_SPREAD_RULE, RED_FLAG_MEDIUM_POINTS, SEVERITY_POINTS, STANDALONE_RED_FLAGS } from './rules';

export { SEVERITY_POINTS } from './rules';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

export interface Scored {
  readonly score: number;
  readonly verdict: Verdict;
  /** Findings, the ones that decided the verdict first (strongest, then those in a fired composite). */
  readonly ordered: Finding[];
  /** Composite rules that fired, by id. */
  readonly composites: readonly string[];
}

function strongestByDetector(findings: readonly Finding[]): Map<string, Severity> {
  const strongest = new Map<string, Severity>();
  for (const finding of findings) {
    const current = strongest.get(finding.detectorId);
    if (!current || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current]) strongest.set(finding.detectorId, finding.severity);
  }
  return strongest;
}

/** A medium finding that is a red flag alone (see STANDALONE_RED_FLAGS). */
function isStandaloneRedFlag(finding: Finding): boolean {
  return finding.severity === 'medium' && (STANDALONE_RED_FLAGS.includes(finding.detectorId) || STANDALONE_RED_FLAGS.includes(`${finding.detectorId}/${finding.messageId}`));
}

function fires(rule: CompositeRule, strongest: ReadonlyMap<string, Severity>): boolean {
  return rule.groups.every((group) =>
    group.some((id) => {
      const severity = strongest.get(id);
      return severity !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[rule.minSeverity];
    }),
  );
}

/**
 * Findings => score and verdict.
 * - score: each detector's strongest finding (low 1, medium 3 or 4 for a standalone red flag, high 6) plus the points
 *   of every composite that fires;
 * - `suspicious` needs the score AND either a red flag (a high finding, or a standalone red flag at medium) or
 *   corroboration (two kinds of evidence, one of them at medium or above, or a composite, or weak signs of three
 *   kinds): no single weak signal gets there, nor weak ones of one or two kinds, nor one suspicious phrase;
 * - `dangerous` needs the score AND strong corroboration (two kinds at medium or above, a composite, three kinds);
 * - a score short of that, with any finding, is `caution`.
 */
export function scoreFindings(findings: readonly Finding[], thresholds: Policy['thresholds'], kindOf: (detectorId: string) => EvidenceKind | undefined): Scored {
  const strongest = strongestByDetector(findings);
  // Detectors with a standalone red flag at medium: their medium weighs a little more than a wording medium.
  const redFlagged = new Set(findings.filter(isStandaloneRedFlag).map((f) => f.detectorId));
  const pointsOf = (id: string, severity: Severity): number =>
    severity === 'medium' && redFlagged.has(id) ? RED_FLAG_MEDIUM_POINTS : SEVERITY_POINTS[severity];
  const composites = COMPOSITE_RULES.filter((rule) => fires(rule, strongest));

  const kinds = new Set<EvidenceKind>();
  const strongKinds = new Set<EvidenceKind>();
  for (const [id, severity] of strongest) {
    const kind = kindOf(id);
    if (!kind) continue;
    kinds.add(kind);
    if (severity !== 'low') strongKinds.add(kind);
  }
  const spread = kinds.size >= KIND_SPREAD_RULE.minKinds;
  const score =
    [...strongest].reduce((sum, [id, severity]) => sum + pointsOf(id, severity), 0) +
    composites.reduce((sum, rule) => sum + rule.points, 0) +
    (spread ? KIND_SPREAD_RULE.points : 0);
  // Corroboration: evidence of two independent kinds (who sent it, what it asks, where links go, what it carries),
  // at least one of them a real red flag, or a composite, or three kinds however weak.
  const corroborated = (kinds.size >= 2 && strongKinds.size >= 1) || composites.length > 0 || spread;
  const stronglyCorroborated = strongKinds.size >= 2 || composites.length > 0 || spread;
  // A high finding, or a standalone red flag at medium, is enough for `suspicious` without corroboration.
  const hasRedFlag = [...strongest.values()].includes('high') || redFlagged.size > 0;

  let verdict: Verdict = 'safe';
  if (findings.length > 0 && score >= thresholds.caution) verdict = 'caution';
  if (score >= thresholds.suspicious && (corroborated || hasRedFlag)) verdict = 'suspicious';
  if (score >= thresholds.dangerous && stronglyCorroborated) verdict = 'dangerous';

  const inComposite = new Set(composites.flatMap((rule) => rule.groups.flat()));
  const weight = (f: Finding): number => SEVERITY_RANK[f.severity] * 2 + (inComposite.has(f.detectorId) ? 1 : 0);
  const ordered = [...findings].sort((a, b) => weight(b) - weight(a));
  return { score, verdict, ordered, composites: [...composites.map((rule) => rule.id), ...(spread ? [KIND_SPREAD_RULE.id] : [])] };
}
