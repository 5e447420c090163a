import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Policy, Report } from '../engine';
import { analyze, parseEml } from '../engine';

export type FileOutcome =
  | { readonly file: string; readonly ok: true; readonly report: Report; readonly ms: number }
  | { readonly file: string; readonly ok: false; readonly error: string };

/** Reads, parses and analyzes one .eml; the time covers parse + analyze, not the disk read. */
export async function analyzeFile(file: string, policy: Policy): Promise<FileOutcome> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    return { file, ok: false, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const start = performance.now();
  const parsed = await parseEml(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  if (!parsed.ok) return { file, ok: false, error: `unreadable message: ${parsed.error.reason}` };
  const report = analyze(parsed.message, policy);
  return { file, ok: true, report, ms: performance.now() - start };
}
