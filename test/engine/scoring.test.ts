import type { EvidenceKind, Finding, Severity } from '../../src/engine';
import { DEFAULT_THRESHOLDS } from '../../src/engine';
import { scoreFindings } from '../../src/engine/scoring/score';

const KINDS: Record<string, EvidenceKind> = {
  'brand-impersonation': 'sender',
  'auth-failure': 'sender',
  'reply-to-mismatch': 'sender',
  'credential-request': 'content',
  'urgency-pressure': 'content',
  'suspicious-link': 'link',
  'risky-attachment': 'attachment',
};

function finding(detectorId: string, severity: Severity): Finding {
  return { detectorId, messageId: 'm', data: {}, severity, evidence: ['x'] };
}

function verdictOf(...findings: Finding[]) {
  return scoreFindings(findings, DEFAULT_THRESHOLDS, (id) => KINDS[id]);
}

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

  it('counts only the strongest finding of a detector', () => {
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
    const dmarcFail = { ...finding('auth-failure', 'medium'), messageId: 'dmarc-fail' };
    expect(verdictOf(dmarcFail)).toMatchObject({ score: 4, verdict: 'suspicious' });
    // An absence of checks is no failure: a brand's domain nothing vouched for stays a wording-like medium.
    expect(verdictOf({ ...finding('auth-failure', 'medium'), messageId: 'brand-spoofed' })).toMatchObject({ score: 3, verdict: 'caution' });
    expect(verdictOf(finding('auth-failure', 'low')).verdict).toBe('caution');
    expect(verdictOf(finding('credential-request', 'medium'))).toMatchObject({ score: 3, verdict: 'caution' });
    // Some detectors are red flags for one of their findings only.
    const borrowedLogo = { ...finding('brand-asset-hotlink', 'medium'), messageId: 'hotlinkedLogo' };
    const anonymousHost = { ...finding('brand-asset-hotlink', 'medium'), messageId: 'anonymousImageHost' };
    expect(verdictOf(borrowedLogo).verdict).toBe('caution');
    expect(verdictOf(anonymousHost).verdict).toBe('suspicious');
    // An admin who raises the threshold raises it for red flags too.
    expect(scoreFindings([dmarcFail], { caution: 1, suspicious: 5, dangerous: 10 }, (id) => KINDS[id]).verdict).toBe('caution');
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

  it('orders findings strongest first, composite members before others of equal severity', () => {
    const scored = verdictOf(finding('hidden-text', 'medium'), finding('urgency-pressure', 'low'), finding('brand-impersonation', 'medium'), finding('credential-request', 'high'));
    expect(scored.ordered.map((f) => f.detectorId)).toEqual(['credential-request', 'brand-impersonation', 'hidden-text', 'urgency-pressure']);
  });

  it('follows the policy thresholds', () => {
    const pair = [finding('urgency-pressure', 'medium'), finding('suspicious-link', 'medium')];
    expect(verdictOf(...pair).verdict).toBe('suspicious');
    expect(scoreFindings(pair, { caution: 1, suspicious: 2, dangerous: 6 }, (id) => KINDS[id]).verdict).toBe('dangerous');
    expect(scoreFindings(pair, { caution: 1, suspicious: 20, dangerous: 30 }, (id) => KINDS[id]).verdict).toBe('caution');
  });
});
