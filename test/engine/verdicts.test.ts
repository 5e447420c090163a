import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../src/engine';
import { analyze, parseEml } from '../../src/engine';
import { withoutAuthenticationResults } from '../support/without-authentication-results';

// Whole messages of the kinds Occhio is judged on beyond the corpus: Italian and English scams, and genuine brand
// notifications (orders, shipping, verification codes, security alerts) that must be left alone.
const FIXTURES = join(__dirname, '../fixtures/mail');

async function verdictOf(file: string, strip = false) {
  const raw = readFileSync(file, 'utf8');
  const parsed = await parseEml(strip ? withoutAuthenticationResults(raw) : raw);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
  if (strip && parsed.message.auth.dmarc) throw new Error(`${file}: Authentication-Results was not removed`);
  return analyze(parsed.message);
}

function fixtures(kind: 'scam' | 'legit'): [string][] {
  return readdirSync(join(FIXTURES, kind)).filter((f) => f.endsWith('.eml')).sort().map((f) => [f]);
}

const ALARM: Verdict[] = ['suspicious', 'dangerous'];

describe.each([
  ['as received', false],
  ['without Authentication-Results', true],
])('verdicts %s', (_how, strip) => {
  it.each(fixtures('scam'))('scam %s is suspicious or dangerous, with its reasons', async (file) => {
    const report = await verdictOf(join(FIXTURES, 'scam', file), strip);
    expect(ALARM).toContain(report.verdict);
    // Without the server's checks one finding may remain (an HTML attachment that smuggles a page is enough). A scam
    // sent from a real webmail account that passes its checks (sextortion, a stranded friend, a 419 letter) is told
    // by what it asks alone: then that one finding must be high.
    const told = report.findings.length >= (strip ? 1 : 2) || report.findings.some((finding) => finding.severity === 'high');
    expect(told).toBe(true);
  });

  it.each(fixtures('legit'))('genuine %s raises no alarm', async (file) => {
    const report = await verdictOf(join(FIXTURES, 'legit', file), strip);
    expect(['safe', 'caution']).toContain(report.verdict);
  });
});
