import type { Finding, Policy, Severity, Verdict } from '../model';

/** Points a finding adds, by severity. Only a detector's strongest finding counts, so one noisy detector cannot pile up. */
export const SEVERITY_POINTS: Record<Severity, number> = { low: 1, medium: 3, high: 5 };

export interface Scored {
  readonly score: number;
  readonly verdict: Verdict;
  /** Findings, strongest first. */
  readonly ordered: Finding[];
}

export function verdictForScore(score: number, thresholds: Policy['thresholds']): Verdict {
  if (score >= thresholds.dangerous) return 'dangerous';
  if (score >= thresholds.suspicious) return 'suspicious';
  if (score >= thresholds.caution) return 'caution';
  return 'safe';
}

export function scoreFindings(findings: readonly Finding[], thresholds: Policy['thresholds']): Scored {
  const strongest = new Map<string, number>();
  for (const finding of findings) {
    const points = SEVERITY_POINTS[finding.severity];
    strongest.set(finding.detectorId, Math.max(strongest.get(finding.detectorId) ?? 0, points));
  }
  const score = [...strongest.values()].reduce((sum, points) => sum + points, 0);
  const ordered = [...findings].sort((a, b) => SEVERITY_POINTS[b.severity] - SEVERITY_POINTS[a.severity]);
  return { score, verdict: verdictForScore(score, thresholds), ordered };
}
