import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files named on the command line, folders expanded recursively (sorted, hidden files skipped). */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string): void => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) {
      missing.push(path);
    } else if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) walk(join(path, entry));
    } else if (stats.isFile()) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path);
  return { files, missing };
}
