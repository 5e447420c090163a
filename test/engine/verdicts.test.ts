import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../src/engine';
import { analyze, parseEml } from '../../src/engine';

// Whole messages of the kinds Occhio is judged on beyond the corpus: Italian and English scams, and genuine brand
// notifications (orders, shipping, verification codes, security alerts) that must be left alone.
const FIXTURES = join(__dirname, '../fixtures/mail');

async function verdictOf(file: string) {
  const parsed = await parseEml(readFileSync(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
  return analyze(parsed.message);
}

function fixtures(kind: 'scam' | 'legit'): [string][] {
  return readdirSync(join(FIXTURES, kind)).filter((f) => f.endsWith('.eml')).sort().map((f) => [f]);
}

const ALARM: Verdict[] = ['suspicious', 'dangerous'];

describe('verdicts on scams', () => {
  it.each(fixtures('scam'))('%s is suspicious or dangerous, with its reasons', async (file) => {
    const report = await verdictOf(join(FIXTURES, 'scam', file));
    expect(ALARM).toContain(report.verdict);
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('verdicts on genuine mail', () => {
  it.each(fixtures('legit'))('%s raises no alarm', async (file) => {
    const report = await verdictOf(join(FIXTURES, 'legit', file));
    expect(['safe', 'caution']).toContain(report.verdict);
  });
});
