import type { Report } from '../../src/engine';
import { BUILT_IN_BRANDS } from '../../src/engine';
import { buildGuidance } from '../../src/engine/guidance';
import { buildPostReportDialog, MAX_DIALOG_DESCRIPTION, MAX_FLAGS_TAUGHT } from '../../src/commands/post-report-dialog';
import { classificationFor, selectedReasons } from '../../src/commands/reasons';

const amazon = BUILT_IN_BRANDS.find((brand) => brand.id === 'amazon')!;
const finding = (evidence: string) => ({ detectorId: 'no-such-detector', messageId: `about ${evidence}`, data: {}, severity: 'high' as const, evidence: [evidence] });
const report: Report = {
  verdict: 'dangerous',
  score: 12,
  findings: [finding('a'), finding('b'), finding('c'), finding('d')],
  brand: amazon,
  guidance: buildGuidance('dangerous', amazon),
  errors: [],
  limitsHit: [],
  unavailable: [],
};

describe('post-processing dialog', () => {
  it('teaches back the strongest red flags and the brand’s own rule', () => {
    const dialog = buildPostReportDialog({ outcome: 'delivered', report, emlOmitted: undefined, move: 'junk', mailboxConfigured: true, language: 'en' });
    expect(dialog.title).toBe('Reported: thank you!');
    expect(dialog.description).toContain('Your security team has received the message.');
    expect(dialog.description).toContain('What Occhio noticed: about a; about b; about c.');
    expect(dialog.description).not.toContain('about d');
    expect(MAX_FLAGS_TAUGHT).toBe(3);
    expect(dialog.description).toContain('Amazon never asks by email for your password');
  });

  it('stays short however long the findings are', () => {
    const long = { ...report, findings: [finding('x'.repeat(2000))] };
    const dialog = buildPostReportDialog({ outcome: 'failed', report: long, emlOmitted: undefined, move: 'none', mailboxConfigured: true, language: 'it' });
    expect(dialog.description.length).toBeLessThanOrEqual(MAX_DIALOG_DESCRIPTION);
    expect(dialog.description.endsWith('…')).toBe(true);
    expect(dialog.title).toBe('Impossibile inviare la segnalazione');
  });

  it('encourages the person when Occhio found nothing', () => {
    const clean = { ...report, verdict: 'safe' as const, findings: [], brand: undefined, guidance: [] };
    const dialog = buildPostReportDialog({ outcome: 'not-configured', report: clean, emlOmitted: undefined, move: 'none', mailboxConfigured: false, language: 'en' });
    expect(dialog.description).toContain('you were right to ask');
    expect(dialog.description).not.toContain('Report to security team');
  });
});

describe('preprocessing reasons', () => {
  it('maps ticked options by position and ignores anything that is not true', () => {
    expect(selectedReasons([true, false, 'yes', true, false, true])).toEqual(['phishing', 'unexpected-link-or-attachment']);
    expect(selectedReasons(undefined)).toEqual([]);
  });

  it('classifies as junk only when spam is the only reason', () => {
    expect(classificationFor(['spam'])).toBe('junk');
    expect(classificationFor(['spam', 'phishing'])).toBe('phishing');
    expect(classificationFor([])).toBe('phishing');
  });
});
