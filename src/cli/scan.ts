import { analyzeFile } from './analyze-file';
import { collectFiles } from './collect-files';
import { toHumanText, toJsonLine } from './format-report';
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
  const { files, missing } = collectFiles(options.paths);
  let failures = 0;
  for (const path of missing) {
    failures += 1;
    options.out(options.json ? JSON.stringify({ file: path, error: 'no such file or directory' }) : `${path}: ERROR no such file or directory`);
  }
  for (const file of files) {
    const outcome = await analyzeFile(file, options.policy);
    if (!outcome.ok) {
      failures += 1;
      options.out(options.json ? JSON.stringify({ file, error: outcome.error }) : `${file}: ERROR ${outcome.error}`);
    } else {
      options.out(options.json ? toJsonLine(file, outcome.report, outcome.ms) : toHumanText(file, outcome.report, options.color));
    }
  }
  return failures > 0 && failures === files.length + missing.length ? 1 : 0;
}
