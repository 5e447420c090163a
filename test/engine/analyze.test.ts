import type { Detector } from '../../src/engine';
import { analyze, DEFAULT_POLICY, defineDetector, DETECTORS } from '../../src/engine';
import { buildMessage } from '../support/build-message';

const PHISH = {
  from: 'Amazon <alert@secure-mail.example>',
  subject: 'Account suspended',
  html: '<a href="https://amaz0n-login.example.net/x">www.amazon.it</a>',
  authenticationResults: 'spf=pass smtp.mailfrom=secure-mail.example; dmarc=pass action=none header.from=secure-mail.example',
};

const throwing = defineDetector({
  id: 'boom',
  kind: 'content',
  title: { en: 'Boom', it: 'Boom' },
  severity: 'low',
  explanation: { en: 'x', it: 'x' },
  messages: {},
  run: () => {
    throw new Error('bug in detector');
  },
});

describe('analyze', () => {
  it('turns a throwing detector into an error result and goes on', () => {
    const detectors: Detector[] = [throwing, ...DETECTORS];
    const report = analyze(buildMessage(PHISH), DEFAULT_POLICY, detectors);
    expect(report.errors).toEqual([{ detectorId: 'boom', error: 'bug in detector' }]);
    expect(report.findings.some((f) => f.detectorId === 'link-text-mismatch')).toBe(true);
  });

  it('skips detectors the policy switches off', () => {
    const report = analyze(buildMessage(PHISH), { ...DEFAULT_POLICY, disabledDetectors: ['link-text-mismatch'] });
    expect(report.findings.some((f) => f.detectorId === 'link-text-mismatch')).toBe(false);
  });

  it('names the claimed brand and gives its guidance', () => {
    const report = analyze(buildMessage(PHISH));
    expect(report.verdict).not.toBe('safe');
    expect(report.brand?.id).toBe('amazon');
    expect(report.guidance.some((g) => g.it.includes('Amazon non ti chiederà mai la password'))).toBe(true);
  });

  it('caps an authenticated trusted sender at caution, but not a spoofed one', () => {
    const policy = { ...DEFAULT_POLICY, trustedDomains: ['secure-mail.example'] };
    expect(analyze(buildMessage(PHISH), policy).verdict).toBe('caution');
    const spoofed = { ...PHISH, authenticationResults: 'spf=fail smtp.mailfrom=other.example; dmarc=fail action=none header.from=secure-mail.example' };
    expect(['suspicious', 'dangerous']).toContain(analyze(buildMessage(spoofed), policy).verdict);
  });

  it('says no red flag on an ordinary note, with guidance that promises nothing', () => {
    const report = analyze(buildMessage());
    expect(report).toMatchObject({ verdict: 'safe', findings: [], errors: [] });
    expect(report.brand).toBeUndefined();
    expect(report.guidance[0]?.it).toContain('Non è una garanzia');
  });

  it('reports limits hit and data not available', () => {
    const report = analyze(buildMessage({ unavailable: ['headers'] }));
    expect(report.unavailable).toEqual(['headers']);
  });
});
