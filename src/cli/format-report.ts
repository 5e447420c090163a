import type { Detector, Finding, Report } from '../engine';
import { DETECTORS, formatTemplate } from '../engine';
import { jsonTerminalSafe, terminalSafe } from './terminal-safe';

const byId = new Map<string, Detector>(DETECTORS.map((d) => [d.id, d]));

const COLORS = { safe: '\u001b[32m', caution: '\u001b[33m', suspicious: '\u001b[33;1m', dangerous: '\u001b[31;1m' } as const;
const RESET = '\u001b[0m';

export function findingTitle(finding: Finding): string {
  return byId.get(finding.detectorId)?.title.en ?? finding.detectorId;
}

export function findingSentence(finding: Finding): string {
  const template = byId.get(finding.detectorId)?.messages[finding.messageId]?.en;
  return template ? formatTemplate(template, finding.data) : finding.messageId;
}

/**
 * The documented JSON line: {"file","verdict","score","flags":[{"id","severity","title","evidence"}],"ms"}; a flag
 * whose evidence the engine partly computed also lists those items as "derived".
 */
export function toJsonLine(file: string, report: Report, ms: number): string {
  return jsonLine({
    file,
    verdict: report.verdict,
    score: report.score,
    flags: report.findings.map((f) => ({ id: f.detectorId, severity: f.severity, title: findingTitle(f), evidence: f.evidence, ...(f.derived ? { derived: f.derived } : {}) })),
    ms: Math.round(ms * 100) / 100,
  });
}

/** One JSON line that is safe to print (terminal-safe.ts); `{"file","error"}` lines go through it too. */
export function jsonLine(value: unknown): string {
  return jsonTerminalSafe(JSON.stringify(value));
}

/**
 * Human output, readable at a glance: verdict line, then one line per red flag with its evidence. Everything but
 * our own colours goes through terminalSafe: the message's text and the file's name are the attacker's.
 */
export function toHumanText(file: string, report: Report, color: boolean): string {
  const paint = (text: string): string => (color ? `${COLORS[report.verdict]}${text}${RESET}` : text);
  const brand = report.brand ? ` claims to be ${terminalSafe(report.brand.name)}` : '';
  const lines = [`${terminalSafe(file)}: ${paint(report.verdict.toUpperCase())} (score ${report.score})${brand}`];
  const forwarded = report.forwardedOriginal;
  if (forwarded) lines.push(terminalSafe(`  (a forward: judged on the original it carries, from ${forwarded.from || 'an unnamed sender'}, "${forwarded.subject}")`));
  for (const finding of report.findings) {
    lines.push(terminalSafe(`  [${finding.severity}] ${findingTitle(finding)}: ${findingSentence(finding)}`));
    // '~' marks what the engine computed (a punycode form, a decoded redirect) rather than quoted from the message.
    for (const evidence of finding.evidence) lines.push(`      ${finding.derived?.includes(evidence) ? '~' : '>'} ${terminalSafe(evidence.replace(/\s+/g, ' ').slice(0, 160))}`);
  }
  for (const error of report.errors) lines.push(terminalSafe(`  [error] detector ${error.detectorId} failed: ${error.error}`));
  if (report.limitsHit.length > 0) lines.push(`  (partial analysis: limits hit ${report.limitsHit.join(', ')})`);
  return lines.join('\n');
}
