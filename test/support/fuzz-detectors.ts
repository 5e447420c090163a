// Shared by the detector fuzz tests: run a set of detectors on a built message and check every finding is
// well-formed, timing the run so the tests can bound it.
import type { Detector, Finding } from '../../src/engine';
import { BUILT_IN_BRANDS, DEFAULT_POLICY } from '../../src/engine';
import type { BuildOptions } from './build-message';
import { buildMessage } from './build-message';

export const FUZZ_SEED = 20261125;
const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;
/** Evidence is shown in the pane: longer than this is not a quote a person can check. */
const MAX_EVIDENCE_CHARS = 1_000;

export function expectWellFormed(detector: Detector, findings: Finding[]): void {
  for (const finding of findings) {
    expect(finding.detectorId).toBe(detector.id);
    expect(Object.keys(detector.messages)).toContain(finding.messageId);
    expect(finding.evidence.length).toBeGreaterThan(0);
    for (const item of finding.evidence) {
      expect(typeof item).toBe('string');
      expect(item.length).toBeGreaterThan(0);
      expect(item.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
    }
    for (const value of Object.values(finding.data)) expect(['string', 'number']).toContain(typeof value);
    expect(SEVERITY_RANK[finding.severity]).toBeLessThanOrEqual(SEVERITY_RANK[detector.severity]);
  }
}

/** Runs every detector on the message built from `options`; returns the milliseconds the detectors took. */
export function runDetectorsTimed(detectors: readonly Detector[], options: BuildOptions): number {
  const message = buildMessage(options);
  const context = { policy: DEFAULT_POLICY, brands: BUILT_IN_BRANDS };
  const start = performance.now();
  for (const detector of detectors) expectWellFormed(detector, detector.run(message, context));
  return performance.now() - start;
}
