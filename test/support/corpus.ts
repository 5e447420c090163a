import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared/corpus beside the checkout; tests that need real mail skip with a message when it is absent. */
export const CORPUS_DIR = join(__dirname, '../../../shared/corpus');
export const CORPUS_FOLDERS = ['phishing', 'ham-2002', 'ham-list'] as const;

export function corpusAvailable(): boolean {
  return CORPUS_FOLDERS.every((folder) => existsSync(join(CORPUS_DIR, folder)));
}

export function corpusFiles(folder: (typeof CORPUS_FOLDERS)[number]): string[] {
  const dir = join(CORPUS_DIR, folder);
  return readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join(dir, f));
}

/** describe() when the corpus is here, otherwise a skipped block whose name says why. */
export function describeWithCorpus(name: string, body: () => void): void {
  if (corpusAvailable()) describe(name, body);
  else describe.skip(`${name} (skipped: ../shared/corpus not found at ${CORPUS_DIR})`, body);
}
