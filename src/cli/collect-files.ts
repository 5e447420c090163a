import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A message file larger than this is not read: parseEml reads at most MAX_RAW_BYTES (30 MB) of a message anyway,
 * and a scan of a mail export must not load a stray disk image into memory.
 */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

/**
 * Files named on the command line, folders expanded recursively (sorted, hidden files skipped). Symbolic links are
 * never followed, inside folders or named directly: a link loop cannot hang the scan and nothing outside the
 * scanned folders is read. Links, oversized files, unreadable folders and other oddities are reported one by one
 * (`skipped`) and the scan goes on.
 */
export function collectFiles(paths: readonly string[], maxFileBytes = MAX_FILE_BYTES): { files: string[]; missing: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const walk = (path: string): void => {
    let stats;
    try {
      stats = lstatSync(path, { throwIfNoEntry: false });
    } catch (error) {
      skipped.push({ path, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      return;
    }
    if (!stats) {
      missing.push(path);
    } else if (stats.isSymbolicLink()) {
      skipped.push({ path, reason: 'symbolic link, not followed' });
    } else if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        skipped.push({ path, reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) walk(join(path, entry));
    } else if (!stats.isFile()) {
      skipped.push({ path, reason: 'not a regular file' });
    } else if (stats.size > maxFileBytes) {
      skipped.push({ path, reason: `too large (${Math.ceil(stats.size / 1024 / 1024)} MB, limit ${Math.round(maxFileBytes / 1024 / 1024)} MB)` });
    } else {
      files.push(path);
    }
  };
  for (const path of paths) walk(path);
  return { files, missing, skipped };
}
