import { performance } from 'node:perf_hooks';
import { analyze, parseEml, VERDICTS } from '../../src/engine';
import { HOSTILE_MESSAGES } from '../support/hostile-messages';

// Every hostile message is analyzed within bounds or reported unreadable with a reason; none throws out of
// parseEml or analyze. The stated bound is 10 s per message here only to catch runaway (exponential) behaviour on a
// loaded CI machine; the real figures (well under 1 s each) are printed by `npm run bench`.
const RUNAWAY_BOUND_MS = 10_000;

describe('hostile input', () => {
  it.each(HOSTILE_MESSAGES.map((m) => [m.name, m] as const))('%s', async (_name, hostile) => {
    const raw = hostile.raw();
    const start = performance.now();
    const parsed = await parseEml(raw);
    if (!parsed.ok) {
      expect(parsed.error.reason.length).toBeGreaterThan(0);
      return;
    }
    const report = analyze(parsed.message);
    expect(performance.now() - start).toBeLessThan(RUNAWAY_BOUND_MS);
    expect(VERDICTS).toContain(report.verdict);
    expect(report.errors).toEqual([]);
    expect(parsed.message.links.length).toBeLessThanOrEqual(1000);
    expect(parsed.message.attachments.length).toBeLessThanOrEqual(100);
    for (const finding of report.findings) expect(finding.evidence.length).toBeGreaterThan(0);
  }, 60_000);

  it('reports a MIME bomb as unreadable with a reason', async () => {
    const bomb = HOSTILE_MESSAGES.find((m) => m.name === 'MIME nested 100 deep');
    const parsed = await parseEml(bomb?.raw() ?? '');
    expect(parsed).toMatchObject({ ok: false, error: { code: 'mime-too-deep' } });
  });

  it('says which limits a huge message hit', async () => {
    const huge = HOSTILE_MESSAGES.find((m) => m.name === '10,000 links');
    const parsed = await parseEml(huge?.raw() ?? '');
    expect(parsed.ok && parsed.message.limitsHit).toEqual(expect.arrayContaining(['MAX_LINKS']));
  });
});
