// Compares the time from page load to verdict on screen of two builds of the pane, interleaved in one run so both
// meet the same machine load (issue 15: React 19 against the Preact build, 15 cold loads each). Prints numbers,
// asserts nothing.
//
//   npx esbuild scripts/compare-pane-load.ts --bundle --platform=node --format=cjs --external:playwright-core \
//     --outfile=dist/bench/compare.cjs && node dist/bench/compare.cjs A_DIR B_DIR [RUNS]
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, BrowserType } from 'playwright-core';
import { quantile } from '../src/cli/stats';
import { fakeOfficeScript } from '../test/e2e/fake-office';

// This file runs bundled from dist/bench/.
const ROOT = join(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function loadOnce(browser: Browser, url: string, eml: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
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
  await page.getByTestId('verdict').waitFor({ timeout: 30_000 });
  const ms = await page.evaluate<number>("performance.getEntriesByName('occhio-verdict')[0]?.startTime ?? -1");
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  const [a, b, runsArg] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: compare.cjs A_DIR B_DIR [RUNS]');
  const runs = Number(runsArg ?? 15);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as { chromium: BrowserType };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(join(ROOT, 'scripts/serve.cjs')) as { serve: (root: string, port: number) => Promise<{ server: Server; url: string }> };
  const builds = [resolve(a), resolve(b)];
  const servers = await Promise.all(builds.map((dir) => serve(dir, 0)));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const eml = readFileSync(join(ROOT, 'test/fixtures/mail/scam/amazon-otp-unauthorized-it.eml'), 'utf8');
  const times: number[][] = [[], []];
  try {
    // One warm-up load each (disk cache of the server's files, Chromium's first start), not counted.
    for (const server of servers) await loadOnce(browser, server.url, eml);
    for (let run = 0; run < runs; run += 1) {
      // Alternate which build goes first, so neither always follows the other.
      const order = run % 2 === 0 ? [0, 1] : [1, 0];
      for (const index of order) times[index]!.push(await loadOnce(browser, servers[index]!.url, eml));
    }
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
  builds.forEach((dir, index) => {
    const t = times[index]!;
    console.log(`${dir}: ${runs} cold loads, median ${quantile(t, 0.5).toFixed(0)} ms, min ${quantile(t, 0).toFixed(0)} ms, max ${quantile(t, 1).toFixed(0)} ms`);
  });
  const ratio = quantile(times[1]!, 0.5) / quantile(times[0]!, 0.5);
  console.log(`median of ${builds[1]} / median of ${builds[0]}: ${ratio.toFixed(3)}`);
}

void main();
