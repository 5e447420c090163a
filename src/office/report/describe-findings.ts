import type { Detector, Finding, Report, Severity, UiLanguage } from '../../engine';
import { DETECTORS, formatTemplate } from '../../engine';

export interface DescribedFinding {
  readonly detectorId: string;
  readonly severity: Severity;
  /** The detector's title, e.g. 'Link text hides where it goes'. */
  readonly title: string;
  /** The finding's sentence with its data filled in. */
  readonly message: string;
  readonly evidence: readonly string[];
}

/** Reports and dialogs list at most this many red flags: the strongest come first, the rest is noise to a reader. */
export const MAX_FINDINGS_DESCRIBED = 10;

/**
 * One sentence per red flag, strongest first, in `language`; a detector's findings after its first are kept
 * (they carry other evidence) but a detector unknown to this build falls back to its id, never throws:
 *   { detectorId: 'link-text-mismatch', messageId: 'mismatch', data: { shown: 'amazon.it', actual: 'x.ru' } }
 *   => { title: 'Link text hides where it goes', message: 'The link shows amazon.it but goes to x.ru', ... }
 */
export function describeFindings(report: Pick<Report, 'findings'>, language: UiLanguage, detectors: readonly Detector[] = DETECTORS): DescribedFinding[] {
  const byId = new Map(detectors.map((detector) => [detector.id, detector]));
  return report.findings.slice(0, MAX_FINDINGS_DESCRIBED).map((finding: Finding) => {
    const detector = byId.get(finding.detectorId);
    const template = detector?.messages[finding.messageId]?.[language];
    return {
      detectorId: finding.detectorId,
      severity: finding.severity,
      title: detector?.title[language] ?? finding.detectorId,
      message: template ? formatTemplate(template, finding.data) : finding.messageId,
      evidence: finding.evidence,
    };
  });
}
