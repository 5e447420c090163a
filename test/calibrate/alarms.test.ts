import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmsOf, renderAlarms } from '../../scripts/calibrate/alarms';
import type { Labelled } from '../../scripts/calibrate/calibration';
import { parseEml } from '../../src/engine';
import { gatherEvidence } from '../../src/engine/analyze';
import { SCORE_TABLE } from '../../src/engine/scoring/score-table';

// Written fixtures stand in for corpus messages: a scam read as if it were labelled legitimate must be listed as a
// false alarm with the findings that scored; a genuine message that reads safe, and any message labelled phishing,
// must not.
const FIXTURES = join(__dirname, '../fixtures/mail');

async function labelled(file: string, label: 0 | 1): Promise<Labelled> {
  const parsed = await parseEml(readFileSync(join(FIXTURES, file), 'utf8'));
  if (!parsed.ok) throw new Error(`cannot parse ${file}`);
  return { group: label === 1 ? 'phishing' : 'ham-modern', name: file, label, evidence: [gatherEvidence(parsed.message)] };
}

describe('alarmsOf / renderAlarms (npm run calibrate -- --list-alarms)', () => {
  it('lists legitimate-labelled messages at suspicious or above with the findings that scored, and nothing else', async () => {
    const scamAsHam = await labelled('scam/amazon-otp-unauthorized-it.eml', 0);
    const genuine = await labelled('legit/airline-receipt-elected-email-en.eml', 0);
    const scam = await labelled('scam/amazon-otp-unauthorized-it.eml', 1);
    const alarms = alarmsOf([scamAsHam, genuine, scam], SCORE_TABLE);
    expect(alarms.map((alarm) => alarm.message.name)).toEqual(['scam/amazon-otp-unauthorized-it.eml']);
    expect(['suspicious', 'dangerous']).toContain(alarms[0]?.verdict);
    const lines = renderAlarms(alarms);
    expect(lines[0]).toContain('scam/amazon-otp-unauthorized-it.eml');
    expect(lines[1]).toMatch(/^ {4}message: score \d+/);
    // Every finding line names a detector id and a message id, then the severity and the evidence.
    expect(lines.slice(2).length).toBeGreaterThan(0);
    for (const line of lines.slice(2)) expect(line).toMatch(/^ {6}[a-z-]+\/[A-Za-z-]+ (low|medium|high): /);
  });
});
