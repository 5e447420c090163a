// `npm run calibrate -- --dry-run --list-alarms`: which legitimate messages a table reads as `suspicious` or above,
// and the findings that scored there, so false alarms are studied by kind (a domain a playbook lacks, a phrase common
// in genuine billing) rather than by message.
import type { Verdict } from '../../src/engine/model';
import { VERDICTS } from '../../src/engine/model';
import { scoreFindings } from '../../src/engine/scoring/score';
import type { ScoreTable } from '../../src/engine/scoring/table';
import type { Labelled } from './calibration';
import { verdictOf } from './calibration';

export interface Alarm {
  readonly message: Labelled;
  readonly verdict: Verdict;
  readonly table: ScoreTable;
}

const atLeast = (verdict: Verdict, minimum: Verdict): boolean => VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(minimum);

/** Legitimate messages (label 0) this table reads at `minimum` or above. */
export function alarmsOf(messages: readonly Labelled[], table: ScoreTable, minimum: Verdict = 'suspicious'): Alarm[] {
  return messages.filter((m) => m.label === 0).flatMap((message) => {
    const verdict = verdictOf(message, table);
    return atLeast(verdict, minimum) ? [{ message, verdict, table }] : [];
  });
}

/** One block per alarm: name, verdict, then per reading (the message, its forwarded original) score and findings. */
export function renderAlarms(alarms: readonly Alarm[]): string[] {
  const lines: string[] = [];
  for (const { message, verdict, table } of alarms) {
    lines.push(`  ${message.name}: ${verdict} (thresholds ${table.thresholds.suspicious}/${table.thresholds.dangerous})`);
    message.evidence.forEach((evidence, i) => {
      const scored = scoreFindings(evidence, table.thresholds, table);
      const composites = scored.composites.length > 0 ? `, composites ${scored.composites.join(', ')}` : '';
      lines.push(`    ${i === 0 ? 'message' : 'forwarded original'}: score ${scored.score}${composites}`);
      for (const f of scored.ordered) lines.push(`      ${f.detectorId}/${f.messageId} ${f.severity}: ${f.evidence.join(' | ').slice(0, 200)}`);
    });
  }
  return lines;
}
