import type { Detector, DetectorContext, DetectorError, Finding, MailMessage } from './model';
import { revealInvisible } from './text/reveal-invisible';

/**
 * What a person reads: evidence and the words filled into the message with invisible characters spelled out, so a
 * bidi override in an address cannot turn the pane's line around ('amazon\u202Eti.verify' shows '<U+202E>').
 */
function revealed(finding: Finding): Finding {
  const data = Object.fromEntries(Object.entries(finding.data).map(([key, value]) => [key, typeof value === 'string' ? revealInvisible(value) : value]));
  const evidence = finding.evidence.map(revealInvisible);
  const derived = finding.derived?.map(revealInvisible);
  return { ...finding, data, evidence, ...(derived ? { derived } : {}) };
}

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
        if (finding.evidence.length > 0) findings.push(revealed(finding));
      }
    } catch (error) {
      errors.push({ detectorId: detector.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, errors };
}
