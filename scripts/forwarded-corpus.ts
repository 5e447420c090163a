// Measures forwarded-original extraction over ../shared/corpus; prints numbers, asserts nothing.
//   npx esbuild scripts/forwarded-corpus.ts --bundle --platform=node --target=node20 --outfile=dist/forwarded-corpus.cjs \
//     && node dist/forwarded-corpus.cjs [--list]
// For each folder: messages with a forwarded original found; for phishing also the verdict of the outer message
// and of the original built by forwardedAsMessage (what analyze() would say if it analyzed the original).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, parseEml } from '../src/engine';
import { extractForwardedOriginal, forwardedAsMessage } from '../src/engine/parse/forwarded';

const CORPUS = join(__dirname, '../../shared/corpus');
const list = process.argv.includes('--list');
const SUSPICIOUS_PLUS = new Set(['suspicious', 'dangerous']);

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

async function main(): Promise<void> {
  for (const folder of ['phishing', 'ham-2002', 'ham-list']) {
    let total = 0;
    let found = 0;
    let outerUp = 0;
    let originalUp = 0;
    let eitherUp = 0;
    let lifted = 0;
    for (const file of files(join(CORPUS, folder))) {
      const parsed = await parseEml(new Uint8Array(readFileSync(file)));
      if (!parsed.ok) continue;
      total++;
      const original = extractForwardedOriginal(parsed.message);
      if (!original) continue;
      found++;
      const outer = analyze(parsed.message);
      const inner = analyze(forwardedAsMessage(parsed.message, original));
      if (SUSPICIOUS_PLUS.has(outer.verdict)) outerUp++;
      if (SUSPICIOUS_PLUS.has(inner.verdict)) originalUp++;
      if (SUSPICIOUS_PLUS.has(outer.verdict) || SUSPICIOUS_PLUS.has(inner.verdict)) eitherUp++;
      if (!SUSPICIOUS_PLUS.has(outer.verdict) && SUSPICIOUS_PLUS.has(inner.verdict)) lifted++;
      if (list) {
        const flags = inner.findings.map((f) => `${f.detectorId}:${f.severity}`).join(' ');
        console.log(`${folder}/${file.split('/').pop()} ${original.via} from=<${original.from.name}|${original.from.address}> subject=${JSON.stringify(original.subject.slice(0, 60))} outer=${outer.verdict} original=${inner.verdict} [${flags}]`);
      }
    }
    console.log(`${folder}: ${total} messages, forwarded original found in ${found}; suspicious+ outer ${outerUp}, original ${originalUp}, either ${eitherUp} (original lifts ${lifted} the outer left below)`);
  }
}

void main();
