import { basename } from 'node:path';
import type { Policy, Verdict } from '../engine';
import { DETECTORS, VERDICTS } from '../engine';
import { analyzeFile } from './analyze-file';
import { collectFiles } from './collect-files';
import { terminalSafe } from './terminal-safe';
import { percent, quantile } from './stats';

export interface EvalOptions {
  phishing: string[];
  ham: string[];
  json: boolean;
  policy: Policy;
  out: (line: string) => void;
  progress: (done: number, total: number) => void;
}

interface FolderResult {
  folder: string;
  label: 'phishing' | 'ham';
  messages: number;
  unreadable: number;
  verdicts: Record<Verdict, number>;
  detectorHits: Record<string, number>;
}

interface SideSummary {
  messages: number;
  verdicts: Record<Verdict, number>;
  detectorHits: Record<string, number>;
}

function emptyVerdicts(): Record<Verdict, number> {
  return { safe: 0, caution: 0, suspicious: 0, dangerous: 0 };
}

function summarize(results: readonly FolderResult[]): SideSummary {
  const summary: SideSummary = { messages: 0, verdicts: emptyVerdicts(), detectorHits: {} };
  for (const result of results) {
    summary.messages += result.messages - result.unreadable;
    for (const verdict of VERDICTS) summary.verdicts[verdict] += result.verdicts[verdict];
    for (const [id, hits] of Object.entries(result.detectorHits)) summary.detectorHits[id] = (summary.detectorHits[id] ?? 0) + hits;
  }
  return summary;
}

function atLeast(verdicts: Record<Verdict, number>, level: Verdict): number {
  return VERDICTS.slice(VERDICTS.indexOf(level)).reduce((sum, v) => sum + verdicts[v], 0);
}

/** `occhio eval`: detection quality and speed over labelled folders. Returns the exit code. */
export async function runEval(options: EvalOptions): Promise<number> {
  const folders = [
    ...options.phishing.map((folder) => ({ folder, label: 'phishing' as const })),
    ...options.ham.map((folder) => ({ folder, label: 'ham' as const })),
  ];
  const listed = folders.map((f) => ({ ...f, ...collectFiles([f.folder]) }));
  const missing = listed.flatMap((f) => f.missing);
  if (missing.length > 0) {
    options.out(`error: no such folder: ${terminalSafe(missing.join(', '))}`);
    return 2;
  }
  const total = listed.reduce((sum, f) => sum + f.files.length, 0);
  const times: number[] = [];
  const results: FolderResult[] = [];
  let done = 0;
  for (const { folder, label, files } of listed) {
    const result: FolderResult = { folder, label, messages: files.length, unreadable: 0, verdicts: emptyVerdicts(), detectorHits: {} };
    for (const file of files) {
      const outcome = await analyzeFile(file, options.policy);
      done += 1;
      if (done % 100 === 0 || done === total) options.progress(done, total);
      if (!outcome.ok) {
        result.unreadable += 1;
        continue;
      }
      times.push(outcome.ms);
      result.verdicts[outcome.report.verdict] += 1;
      for (const id of new Set(outcome.report.findings.map((f) => f.detectorId))) result.detectorHits[id] = (result.detectorHits[id] ?? 0) + 1;
    }
    results.push(result);
  }

  const phishing = summarize(results.filter((r) => r.label === 'phishing'));
  const ham = summarize(results.filter((r) => r.label === 'ham'));
  const timing = { median: quantile(times, 0.5), p99: quantile(times, 0.99), max: quantile(times, 1) };

  if (options.json) {
    options.out(JSON.stringify({
      folders: results,
      recall: phishing.messages ? atLeast(phishing.verdicts, 'suspicious') / phishing.messages : null,
      falsePositives: {
        caution: ham.messages ? atLeast(ham.verdicts, 'caution') / ham.messages : null,
        suspicious: ham.messages ? atLeast(ham.verdicts, 'suspicious') / ham.messages : null,
        dangerous: ham.messages ? ham.verdicts.dangerous / ham.messages : null,
      },
      detectors: Object.fromEntries(DETECTORS.map((d) => [d.id, {
        phishing: phishing.messages ? (phishing.detectorHits[d.id] ?? 0) / phishing.messages : null,
        ham: ham.messages ? (ham.detectorHits[d.id] ?? 0) / ham.messages : null,
      }])),
      msPerMessage: timing,
    }));
    return 0;
  }

  const out = options.out;
  out('Messages');
  for (const r of results) {
    const alarms = r.verdicts.suspicious + r.verdicts.dangerous;
    out(`  ${r.label.padEnd(8)} ${basename(r.folder).padEnd(14)} ${String(r.messages).padStart(6)} messages, ${r.unreadable} unreadable; ` +
      `safe ${r.verdicts.safe}, caution ${r.verdicts.caution}, suspicious ${r.verdicts.suspicious}, dangerous ${r.verdicts.dangerous} ` +
      `(alarm ${percent(alarms, r.messages - r.unreadable).trim()})`);
  }
  out('');
  if (phishing.messages) {
    out(`Recall (phishing at suspicious or dangerous): ${percent(atLeast(phishing.verdicts, 'suspicious'), phishing.messages)}  ` +
      `(dangerous alone ${percent(phishing.verdicts.dangerous, phishing.messages).trim()}, caution or above ${percent(atLeast(phishing.verdicts, 'caution'), phishing.messages).trim()})`);
  }
  if (ham.messages) {
    out(`False positives on legitimate mail: caution or above ${percent(atLeast(ham.verdicts, 'caution'), ham.messages)}, ` +
      `suspicious or above ${percent(atLeast(ham.verdicts, 'suspicious'), ham.messages)}, dangerous ${percent(ham.verdicts.dangerous, ham.messages)}`);
  }
  out('');
  out(`Detector hit rates        ${'phishing'.padStart(9)} ${'legit'.padStart(9)}`);
  for (const detector of DETECTORS) {
    out(`  ${detector.id.padEnd(24)}${percent(phishing.detectorHits[detector.id] ?? 0, phishing.messages).padStart(9)} ${percent(ham.detectorHits[detector.id] ?? 0, ham.messages).padStart(9)}`);
  }
  out('');
  out(`Time per message (parse + analyze): median ${timing.median.toFixed(2)} ms, p99 ${timing.p99.toFixed(2)} ms, max ${timing.max.toFixed(2)} ms over ${times.length} messages`);
  return 0;
}
