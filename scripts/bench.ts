// `npm run bench`: prints numbers, asserts nothing. Engine latency and throughput over ../shared/corpus, peak
// memory, the hostile messages of the adversarial tests, and (when built) the pane's bundle size and its time from
// page load to verdict in headless Chromium. Run `npm run build` first for the last two.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { BrowserType } from 'playwright-core';
import { analyze, parseEml } from '../src/engine';
import { fakeOfficeScript } from '../test/e2e/fake-office';
import { HOSTILE_MESSAGES } from '../test/support/hostile-messages';
import { quantile } from '../src/cli/stats';

// This file runs bundled from dist/bench/.
const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus');
let peakRss = 0;
const sampleMemory = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function timeOne(raw: string | Uint8Array): Promise<{ parseMs: number; analyzeMs: number; ok: boolean }> {
  const start = performance.now();
  const parsed = await parseEml(raw);
  const parsedAt = performance.now();
  if (parsed.ok) analyze(parsed.message);
  sampleMemory();
  return { parseMs: parsedAt - start, analyzeMs: performance.now() - parsedAt, ok: parsed.ok };
}

async function benchCorpus(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus: skipped (${CORPUS} not found)`);
    return;
  }
  const files = ['phishing', 'ham-2002', 'ham-list'].flatMap((folder) => readdirSync(join(CORPUS, folder)).map((f) => join(CORPUS, folder, f)));
  const raws = files.map((file) => readFileSync(file));
  const bytes = raws.reduce((sum, raw) => sum + raw.byteLength, 0);
  for (const raw of raws.slice(0, 200)) await timeOne(raw); // warm-up: JIT and lazy tables
  const total: number[] = [];
  const analyzeOnly: number[] = [];
  const start = performance.now();
  for (const raw of raws) {
    const timing = await timeOne(raw);
    total.push(timing.parseMs + timing.analyzeMs);
    analyzeOnly.push(timing.analyzeMs);
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`corpus: ${raws.length} messages, ${mb(bytes)}`);
  console.log(`  parse + analyze per message: median ${quantile(total, 0.5).toFixed(2)} ms, p99 ${quantile(total, 0.99).toFixed(2)} ms, max ${quantile(total, 1).toFixed(2)} ms`);
  console.log(`  analyze alone per message:   median ${quantile(analyzeOnly, 0.5).toFixed(2)} ms, p99 ${quantile(analyzeOnly, 0.99).toFixed(2)} ms, max ${quantile(analyzeOnly, 1).toFixed(2)} ms`);
  console.log(`  throughput: ${(raws.length / seconds).toFixed(0)} messages/s, ${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`);
}

async function benchHostile(): Promise<void> {
  console.log('hostile messages (parse + analyze, heap growth):');
  for (const hostile of HOSTILE_MESSAGES) {
    const raw = hostile.raw();
    const heapBefore = process.memoryUsage().heapUsed;
    const timing = await timeOne(raw);
    const heapAfter = process.memoryUsage().heapUsed;
    const size = typeof raw === 'string' ? raw.length : raw.byteLength;
    console.log(`  ${(timing.parseMs + timing.analyzeMs).toFixed(1).padStart(8)} ms  ${mb(Math.max(0, heapAfter - heapBefore)).padStart(9)}  ${mb(size).padStart(8)} in  ${timing.ok ? 'analyzed  ' : 'unreadable'}  ${hostile.name}`);
  }
}

function benchBundle(): void {
  const dir = join(ROOT, 'dist');
  const scripts = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('cli') && !f.startsWith('bench')) : [];
  if (scripts.length === 0) {
    console.log('bundle: skipped (run `npm run build` first)');
    return;
  }
  console.log('bundle (dist/):');
  let raw = 0;
  let gzip = 0;
  for (const file of scripts.sort()) {
    const content = readFileSync(join(dir, file));
    const zipped = gzipSync(content).byteLength;
    raw += content.byteLength;
    gzip += zipped;
    console.log(`  ${file.padEnd(48)} ${(content.byteLength / 1024).toFixed(1).padStart(8)} KB raw ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  console.log(`  total                                            ${(raw / 1024).toFixed(1).padStart(8)} KB raw ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PANE_RUNS = 7;

/** Page load to verdict on screen (the pane's 'occhio-verdict' mark), Outlook faked, in headless Chromium. */
async function benchPane(): Promise<void> {
  const dist = join(ROOT, 'dist/taskpane');
  if (!existsSync(join(dist, 'taskpane.html')) || !existsSync(CHROMIUM)) {
    console.log('pane load to verdict: skipped (needs `npm run build` and /usr/bin/chromium)');
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as { chromium: BrowserType };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(join(ROOT, 'scripts/serve.cjs')) as { serve: (root: string, port: number) => Promise<{ server: Server; url: string }> };
  const { server, url } = await serve(dist, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const eml = readFileSync(join(ROOT, 'test/fixtures/mail/scam/amazon-otp-unauthorized-it.eml'), 'utf8');
  const times: number[] = [];
  try {
    for (let run = 0; run < PANE_RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
      await context.route('**/*', (route) => {
        const target = route.request().url();
        if (target.startsWith(url)) return route.continue();
        if (target.startsWith('https://appsforoffice.microsoft.com/')) {
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript({ items: [{ eml }], displayLanguage: 'it-IT' }) });
        }
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${url}taskpane.html`);
      await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
      // A string, evaluated in the page: the bundler would rewrite a `performance` reference to Node's.
      times.push(await page.evaluate<number>("performance.getEntriesByName('occhio-verdict')[0]?.startTime ?? -1"));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`pane load to verdict (headless Chromium, fake Outlook, ${PANE_RUNS} cold loads): median ${quantile(times, 0.5).toFixed(0)} ms, min ${quantile(times, 0).toFixed(0)} ms, max ${quantile(times, 1).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const timer = setInterval(sampleMemory, 20);
  await benchCorpus();
  await benchHostile();
  clearInterval(timer);
  console.log(`peak memory (RSS) during the engine benchmarks: ${mb(peakRss)}`);
  benchBundle();
  await benchPane();
}

void main();
