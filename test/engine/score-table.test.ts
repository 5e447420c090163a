import type { Finding, Severity } from '../../src/engine';
import { DEFAULT_POLICY, DETECTORS } from '../../src/engine';
import type { DetectorId, FindingKey } from '../../src/engine/detectors';
import { scoreFindings } from '../../src/engine/scoring/score';
import { SCORE_TABLE } from '../../src/engine/scoring/score-table';
import { KEPT_IN_BRAND_MAIL, STANDALONE_RED_FLAGS } from '../../src/engine/scoring/rules';
import type { ScoreTable } from '../../src/engine/scoring/table';

// The committed table is written by `npm run calibrate`; whatever the fit gives, it must be well-formed and keep
// DESIGN.md's rule: a single weak signal never makes a message `suspicious`.

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const kindOf = (id: string) => DETECTORS.find((d) => d.id === id)?.kind;

/** Every finding every detector can report, at every severity. */
const EVERY_FINDING: [string, Finding][] = DETECTORS.flatMap((detector) =>
  Object.keys(detector.messages).flatMap((messageId) =>
    SEVERITIES.map((severity): [string, Finding] => [`${detector.id}/${messageId}@${severity}`, { detectorId: detector.id, messageId, severity, data: {}, evidence: ['x'] }]),
  ),
);

describe('the fitted score table', () => {
  it('has whole, positive points and ordered thresholds that are the policy defaults', () => {
    for (const points of Object.values(SCORE_TABLE.points)) {
      expect(Number.isInteger(points)).toBe(true);
      expect(points).toBeGreaterThan(0);
    }
    const { caution, suspicious, dangerous } = SCORE_TABLE.thresholds;
    expect(caution).toBeGreaterThanOrEqual(1);
    expect(caution).toBeLessThanOrEqual(suspicious);
    expect(suspicious).toBeLessThanOrEqual(dangerous);
    expect(DEFAULT_POLICY.thresholds).toEqual(SCORE_TABLE.thresholds);
  });

  it('never lets a single weak signal make suspicious, nor any single finding dangerous', () => {
    const wrong: string[] = [];
    for (const [key, finding] of EVERY_FINDING) {
      for (const brandSender of [false, true]) {
        const { verdict } = scoreFindings({ findings: [finding], kindOf, brandSender }, SCORE_TABLE.thresholds);
        const standalone = finding.severity === 'high' || (finding.severity === 'medium' && STANDALONE_RED_FLAGS.includes(key.split('@')[0] as FindingKey));
        if (!standalone && verdict !== 'safe' && verdict !== 'caution') wrong.push(`${key}${brandSender ? ' (brand sender)' : ''}: ${verdict}`);
        // Dangerous takes corroboration.
        if (verdict === 'dangerous') wrong.push(`${key}: dangerous alone`);
        // A finding outside a brand's own content always raises at least `caution`.
        const brandContent = brandSender && kindOf(finding.detectorId) === 'content' && !KEPT_IN_BRAND_MAIL.includes(finding.detectorId as DetectorId);
        if (verdict === 'safe' && !brandContent) wrong.push(`${key}: safe`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names only findings, detectors and composites that exist (checked by the type checker)', () => {
    const thresholds = SCORE_TABLE.thresholds;
    const known: ScoreTable = { thresholds, points: { 'auth-failure/dmarc-fail@medium': 1, 'auth-failure@high': 1, 'composite:payload-with-lure': 1 } };
    // @ts-expect-error a finding no detector reports: the table would silently give it nothing
    const unknownFinding: ScoreTable = { thresholds, points: { 'auth-failure/dmarc-failed@medium': 1 } };
    // @ts-expect-error a detector that does not exist
    const unknownDetector: ScoreTable = { thresholds, points: { 'auth-failures@high': 1 } };
    // @ts-expect-error a composite that does not exist
    const unknownComposite: ScoreTable = { thresholds, points: { 'composite:two-of-anything': 1 } };
    // @ts-expect-error a standalone red flag no detector reports
    const flags: readonly FindingKey[] = ['reply-to-mismatch/webmail'];
    expect([known, unknownFinding, unknownDetector, unknownComposite].map((t) => Object.keys(t.points).length)).toEqual([3, 1, 1, 1]);
    expect(flags).toHaveLength(1);
  });

  it('lists as standalone red flags only findings that detectors report', () => {
    const known = new Set(EVERY_FINDING.map(([key]) => key.split('@')[0]));
    for (const key of STANDALONE_RED_FLAGS) expect(known).toContain(key);
  });
});
