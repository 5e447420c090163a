import type { EvidenceKind, Finding, Severity } from '../../src/engine';
import { scoreFindings } from '../../src/engine/scoring/score';
import type { ScoreTable } from '../../src/engine/scoring/table';

const KINDS: Record<string, EvidenceKind> = {
  'brand-impersonation': 'sender',
  'auth-failure': 'sender',
  'reply-to-mismatch': 'sender',
  'credential-request': 'content',
  'urgency-pressure': 'content',
  'callback-lure': 'content',
  'hidden-text': 'content',
  'brand-asset-hotlink': 'content',
  'suspicious-link': 'link',
  'risky-attachment': 'attachment',
};

// A small table written for these tests (the fitted one is checked in score-table.test.ts): the scoring logic must
// hold whatever the points are.
const TABLE: ScoreTable = {
  thresholds: { caution: 1, suspicious: 4, dangerous: 10 },
  points: {
    // Severity lines add up: a medium is worth 1 + 2, a high 1 + 2 + 3.
    low: 1,
    medium: 2,
    high: 3,
    'auth-failure/dmarc-fail@medium': 1,
    'brand-asset-hotlink/anonymousImageHost@medium': 1,
    'composite:impersonator-asks-for-secrets': 4,
    'composite:impersonator-raises-alarm': 2,
    'composite:three-kinds-of-evidence': 2,
  },
};

function finding(detectorId: string, severity: Severity, messageId = 'm'): Finding {
  return { detectorId, messageId, data: {}, severity, evidence: ['x'] };
}

function scoreOf(findings: Finding[], options: { brandSender?: boolean; thresholds?: ScoreTable['thresholds']; table?: ScoreTable } = {}) {
  const table = options.table ?? TABLE;
  return scoreFindings({ findings, kindOf: (id) => KINDS[id], brandSender: options.brandSender ?? false }, options.thresholds ?? table.thresholds, table);
}

const verdictOf = (...findings: Finding[]) => scoreOf(findings);

describe('scoreFindings', () => {
  it('is safe without findings', () => {
    expect(verdictOf()).toMatchObject({ verdict: 'safe', score: 0 });
  });

  it.each([
    ['one weak signal', [finding('suspicious-link', 'low')]],
    ['one medium signal', [finding('urgency-pressure', 'medium')]],
    ['weak signals of two kinds', [finding('suspicious-link', 'low'), finding('urgency-pressure', 'low')]],
    ['weak signals of one kind', [finding('auth-failure', 'low'), finding('reply-to-mismatch', 'low')]],
  ])('never goes beyond caution on %s', (_name, findings) => {
    expect(verdictOf(...findings).verdict).toBe('caution');
  });

  it('never calls a lone weak signal suspicious, however many points the table gives it', () => {
    const generous: ScoreTable = { ...TABLE, points: { ...TABLE.points, 'urgency-pressure@medium': 50, 'suspicious-link@low': 50 } };
    expect(scoreOf([finding('urgency-pressure', 'medium')], { table: generous })).toMatchObject({ score: 53, verdict: 'caution' });
    expect(scoreOf([finding('suspicious-link', 'low')], { table: generous })).toMatchObject({ score: 51, verdict: 'caution' });
  });

  it('counts a line once per detector, and each distinct finding once', () => {
    const many = Array.from({ length: 10 }, () => finding('urgency-pressure', 'medium'));
    expect(verdictOf(...many)).toMatchObject({ score: 3, verdict: 'caution' });
  });

  it('calls one strong finding suspicious, not dangerous', () => {
    expect(verdictOf(finding('risky-attachment', 'high')).verdict).toBe('suspicious');
  });

  it('needs corroboration for suspicious when nothing is strong', () => {
    expect(verdictOf(finding('urgency-pressure', 'medium'), finding('credential-request', 'medium')).verdict).toBe('caution');
    expect(verdictOf(finding('urgency-pressure', 'medium'), finding('suspicious-link', 'medium')).verdict).toBe('suspicious');
    expect(verdictOf(finding('urgency-pressure', 'medium'), finding('suspicious-link', 'low')).verdict).toBe('suspicious');
  });

  it('calls a standalone red flag at medium suspicious, but not a wording medium', () => {
    const dmarcFail = finding('auth-failure', 'medium', 'dmarc-fail');
    expect(verdictOf(dmarcFail)).toMatchObject({ score: 4, verdict: 'suspicious' });
    // An absence of checks is no failure: a brand's domain nothing vouched for stays a weak signal.
    expect(verdictOf(finding('auth-failure', 'medium', 'brand-spoofed'))).toMatchObject({ score: 3, verdict: 'caution' });
    expect(verdictOf(finding('credential-request', 'medium'))).toMatchObject({ score: 3, verdict: 'caution' });
    // Some detectors are red flags for one of their findings only.
    expect(verdictOf(finding('brand-asset-hotlink', 'medium', 'hotlinkedLogo')).verdict).toBe('caution');
    expect(verdictOf(finding('brand-asset-hotlink', 'medium', 'anonymousImageHost')).verdict).toBe('suspicious');
    // An admin who raises the threshold raises it for red flags too.
    expect(scoreOf([dmarcFail], { thresholds: { caution: 1, suspicious: 5, dangerous: 10 } }).verdict).toBe('caution');
  });

  it('lets weak signals of three independent kinds corroborate each other', () => {
    const scored = verdictOf(finding('auth-failure', 'low'), finding('urgency-pressure', 'low'), finding('suspicious-link', 'low'));
    expect(scored).toMatchObject({ score: 5, verdict: 'suspicious', composites: ['three-kinds-of-evidence'] });
  });

  it('fires composites and calls corroborated strong evidence dangerous', () => {
    const scored = verdictOf(finding('brand-impersonation', 'high'), finding('credential-request', 'high'));
    expect(scored.composites).toEqual(['impersonator-asks-for-secrets', 'impersonator-raises-alarm']);
    expect(scored.verdict).toBe('dangerous');
  });

  it('gives no corroboration to a combination the table gives no points', () => {
    const without: ScoreTable = { ...TABLE, points: { low: 1, medium: 2, high: 3 } };
    const scored = scoreOf([finding('auth-failure', 'low'), finding('urgency-pressure', 'low'), finding('suspicious-link', 'low')], { table: without });
    expect(scored).toMatchObject({ score: 3, verdict: 'caution', composites: [] });
  });

  it("counts a brand sender's content findings by the brand-sender lines only", () => {
    const asked = [finding('credential-request', 'medium'), finding('suspicious-link', 'medium')];
    expect(scoreOf(asked)).toMatchObject({ score: 6, verdict: 'suspicious' });
    // The table gives a brand's own request for a code nothing: only the link counts, and it is not corroborated.
    expect(scoreOf(asked, { brandSender: true })).toMatchObject({ score: 3, verdict: 'caution' });
    // A number to call is kept (brands' own notification systems are abused for callback scams).
    expect(scoreOf([finding('callback-lure', 'medium'), finding('suspicious-link', 'medium')], { brandSender: true })).toMatchObject({ score: 6, verdict: 'suspicious' });
    // Findings of other kinds count as usual.
    expect(scoreOf([finding('risky-attachment', 'high')], { brandSender: true }).verdict).toBe('suspicious');
  });

  it('orders findings by the points they brought, then by severity', () => {
    const scored = verdictOf(finding('hidden-text', 'medium'), finding('urgency-pressure', 'low'), finding('brand-impersonation', 'medium'), finding('credential-request', 'high'));
    expect(scored.ordered.map((f) => f.detectorId)).toEqual(['credential-request', 'brand-impersonation', 'hidden-text', 'urgency-pressure']);
  });

  it('follows the policy thresholds', () => {
    const pair = [finding('urgency-pressure', 'medium'), finding('suspicious-link', 'medium')];
    expect(scoreOf(pair).verdict).toBe('suspicious');
    expect(scoreOf(pair, { thresholds: { caution: 1, suspicious: 2, dangerous: 6 } }).verdict).toBe('dangerous');
    expect(scoreOf(pair, { thresholds: { caution: 1, suspicious: 20, dangerous: 30 } }).verdict).toBe('caution');
  });
});
