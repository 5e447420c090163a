import type { Detector, Finding, Severity, UiLanguage } from '../../engine';
import { formatTemplate } from '../../engine';

/** One red flag as the pane shows it: a detector's findings grouped, in the detector's own words. */
export interface FlagView {
  readonly detectorId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly explanation: string;
  /** Each finding's sentence, e.g. 'The link shows paypal.com but opens paypa1-login.ru.' */
  readonly sentences: readonly string[];
  /** Exact strings to check, deduplicated, in the order found. */
  readonly evidence: readonly string[];
}

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
/** Evidence strings per flag shown in the pane; the details section lists every link anyway. */
export const MAX_EVIDENCE_PER_FLAG = 8;

/**
 * Groups findings by detector, strongest detector first (the report orders findings by weight; a detector
 * reporting several findings appears once, at its strongest).
 */
export function describeFindings(findings: readonly Finding[], detectors: readonly Detector[], lang: UiLanguage): FlagView[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.detectorId);
    if (group) group.push(finding);
    else groups.set(finding.detectorId, [finding]);
  }
  const views: FlagView[] = [];
  for (const [detectorId, group] of groups) {
    const detector = detectors.find((d) => d.id === detectorId);
    const severity = group.reduce<Severity>((max, f) => (RANK[f.severity] > RANK[max] ? f.severity : max), 'low');
    const sentences = group.map((f) => {
      const template = detector?.messages[f.messageId]?.[lang];
      return template ? formatTemplate(template, f.data) : f.messageId;
    });
    const evidence = [...new Set(group.flatMap((f) => f.evidence))].slice(0, MAX_EVIDENCE_PER_FLAG);
    views.push({
      detectorId,
      title: detector?.title[lang] ?? detectorId,
      severity,
      explanation: detector?.explanation[lang] ?? '',
      sentences: [...new Set(sentences)],
      evidence,
    });
  }
  return views.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}
