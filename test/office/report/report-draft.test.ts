import type { Finding, Report } from '../../../src/engine';
import { BUILT_IN_BRANDS, DEFAULT_POLICY } from '../../../src/engine';
import { buildBrandReportDraft, buildReportDraft, buildReportSubject, DEFENDER_SUBJECT_PREFIX } from '../../../src/office/report';

const amazon = BUILT_IN_BRANDS.find((brand) => brand.id === 'amazon')!;

const finding: Finding = {
  detectorId: 'link-text-mismatch',
  messageId: 'no-such-message',
  data: {},
  severity: 'high',
  evidence: ['<script>alert(1)</script>.ru'],
};

const report: Report = {
  verdict: 'dangerous',
  score: 12,
  findings: [finding],
  brand: amazon,
  guidance: [],
  errors: [],
  limitsHit: [],
  unavailable: [],
};

const policy = { ...DEFAULT_POLICY, report: { ...DEFAULT_POLICY.report, mailbox: 'soc@acme.it' } };

describe('security-team report draft', () => {
  it('starts the subject with the Defender classification prefix, then the admin’s format', () => {
    expect(buildReportSubject({ report, policy, classification: 'phishing', originalSubject: 'Account on hold' })).toBe('Phishing: [Occhio] dangerous: Account on hold');
    expect(buildReportSubject({ report, policy, classification: 'not-junk', originalSubject: 'Account on hold' })).toBe('Not junk: [Occhio] dangerous: Account on hold');
    expect(DEFENDER_SUBJECT_PREFIX).toEqual({ phishing: 'Phishing:', 'not-junk': 'Not junk:' });
  });

  it('keeps the subject on one line and within Outlook’s 255 characters', () => {
    const subject = buildReportSubject({ report, policy, classification: 'phishing', originalSubject: `Hi\r\nBcc: x@evil.example\t${'a'.repeat(400)}` });
    expect(subject).not.toMatch(/[\r\n\t]/);
    expect(subject.length).toBeLessThanOrEqual(255);
    expect(subject.startsWith('Phishing: ')).toBe(true);
  });

  it('fills {score} and {brand} placeholders', () => {
    const custom = { ...policy, report: { ...policy.report, subjectFormat: '{brand} {score} {subject}' } };
    expect(buildReportSubject({ report, policy: custom, classification: 'phishing', originalSubject: 'x' })).toBe('Phishing: Amazon 12 x');
  });

  it('addresses the policy mailbox and escapes everything taken from the message', () => {
    const draft = buildReportDraft({ report, policy, classification: 'phishing', originalSubject: 'x', language: 'en' });
    expect(draft?.to).toBe('soc@acme.it');
    expect(draft?.htmlBody).toContain('Dangerous (score 12)');
    expect(draft?.htmlBody).toContain('Amazon');
    expect(draft?.htmlBody).not.toContain('<script>');
    expect(draft?.htmlBody).toContain('&#60;script&#62;');
  });

  it('writes the body in the person’s language and says the original is attached unchanged', () => {
    const it = buildReportDraft({ report, policy, classification: 'not-junk', originalSubject: 'x', language: 'it' });
    expect(it?.htmlBody).toContain('Credo che il messaggio allegato sia legittimo');
    expect(it?.htmlBody).toContain('Pericoloso');
  });

  it('gives no draft when the policy names no mailbox', () => {
    expect(buildReportDraft({ report, policy: DEFAULT_POLICY, classification: 'phishing', originalSubject: 'x', language: 'en' })).toBeUndefined();
  });

  it('says when Occhio found nothing', () => {
    const clean = { ...report, verdict: 'safe' as const, score: 0, findings: [], brand: undefined };
    expect(buildReportDraft({ report: clean, policy, classification: 'phishing', originalSubject: 'x', language: 'en' })?.htmlBody).toContain('Occhio found no red flags.');
  });
});

describe('brand report draft', () => {
  it('writes to the brand’s report address, without the Defender prefix', () => {
    const brand = { ...amazon, report: { email: 'stop-spoofing@amazon.com' } };
    const draft = buildBrandReportDraft({ report: { ...report, brand }, originalSubject: 'Account on hold', language: 'en' });
    expect(draft).toEqual({ to: 'stop-spoofing@amazon.com', subject: 'Phishing using the Amazon name: Account on hold', htmlBody: expect.stringContaining('pretends to come from Amazon') as string });
  });

  it('gives none without a brand or a brand address', () => {
    expect(buildBrandReportDraft({ report: { ...report, brand: undefined }, originalSubject: 'x', language: 'en' })).toBeUndefined();
    expect(buildBrandReportDraft({ report: { ...report, brand: { ...amazon, report: {} } }, originalSubject: 'x', language: 'en' })).toBeUndefined();
  });
});
