import { analyzeFile } from './analyze-file';
import { collectFiles } from './collect-files';
import { jsonLine, toHumanText, toJsonLine } from './format-report';
import { terminalSafe } from './terminal-safe';
import type { Policy } from '../engine';

export interface ScanOptions {
  json: boolean;
  policy: Policy;
  paths: string[];
  out: (line: string) => void;
  color: boolean;
}

/** `occhio scan`: one result per file; unreadable files give an error line and the run goes on. Returns the exit code. */
export async function runScan(options: ScanOptions): Promise<number> {
  const { files, missing, skipped } = collectFiles(options.paths);
  let failures = 0;
  const error = (file: string, reason: string): void => {
    failures += 1;
    options.out(options.json ? jsonLine({ file, error: reason }) : `${terminalSafe(file)}: ERROR ${terminalSafe(reason)}`);
  };
  for (const path of missing) error(path, 'no such file or directory');
  for (const { path, reason } of skipped) error(path, reason);
  for (const file of files) {
    const outcome = await analyzeFile(file, options.policy);
    if (!outcome.ok) {
      error(file, outcome.error);
    } else {
      options.out(options.json ? toJsonLine(file, outcome.report, outcome.ms) : toHumanText(file, outcome.report, options.color));
    }
  }
  return failures > 0 && failures === files.length + missing.length + skipped.length ? 1 : 0;
}
