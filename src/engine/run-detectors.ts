import type { Detector, DetectorContext, DetectorError, Finding, MailMessage } from './model';

export interface DetectorRun {
  readonly findings: Finding[];
  readonly errors: DetectorError[];
}

/**
 * Runs every enabled detector. Like Lighthouse's audit runner, a detector that throws becomes an error result and
 * the others still run: one bug must not blank the whole pane.
 */
export function runDetectors(detectors: readonly Detector[], message: MailMessage, context: DetectorContext): DetectorRun {
  const disabled = new Set(context.policy.disabledDetectors);
  const findings: Finding[] = [];
  const errors: DetectorError[] = [];
  for (const detector of detectors) {
    if (disabled.has(detector.id)) continue;
    try {
      for (const finding of detector.run(message, context)) {
        if (finding.evidence.length > 0) findings.push(finding);
      }
    } catch (error) {
      errors.push({ detectorId: detector.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, errors };
}
