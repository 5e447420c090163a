import { readFileSync } from 'node:fs';
import { parseEml } from '../../../src/engine';
import { CORPUS_FOLDERS, corpusFiles, describeWithCorpus } from '../../support/corpus';

// Parsing real mail never throws: every corpus file either parses or yields a typed error with a reason.
describeWithCorpus('parseEml over the development corpus', () => {
  it.each(CORPUS_FOLDERS.map((f) => [f]))('parses or explains every message in %s', async (folder) => {
    const files = corpusFiles(folder);
    expect(files.length).toBeGreaterThan(100);
    let parsed = 0;
    for (const file of files) {
      const result = await parseEml(readFileSync(file));
      if (result.ok) {
        parsed += 1;
        expect(typeof result.message.subject).toBe('string');
        expect(Array.isArray(result.message.links)).toBe(true);
      } else {
        expect(['empty', 'not-a-message', 'mime-too-deep', 'headers-too-large', 'malformed']).toContain(result.error.code);
        expect(result.error.reason.length).toBeGreaterThan(0);
      }
    }
    // Nearly all real mail is readable; a handful of broken files may give typed errors.
    expect(parsed / files.length).toBeGreaterThan(0.99);
  }, 120_000);
});
