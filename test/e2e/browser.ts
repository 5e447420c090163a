// Launches Debian's Chromium (never a downloaded browser) and serves the production build on loopback.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { fakeOfficeScript } from './fake-office';
import type { FakeOfficeConfig } from './fake-office';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = join(__dirname, '../../dist/taskpane');
export const ARTIFACTS = join(__dirname, '../../test-artifacts');

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error(`${DIST}/taskpane.html not found: run npm run build first`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function startServer(): Promise<{ server: Server; url: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require('../../scripts/serve.cjs') as { serve: (root: string, port?: number) => Promise<{ server: Server; url: string }> };
  return serve(DIST, 0);
}

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
}

/** A new tab the size of Outlook's pane; office.js is either the fake (Outlook) or missing (a plain browser). */
export async function openPane(browser: Browser, url: string, office: FakeOfficeConfig | null, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  // Nothing leaves the machine: every request but the local server and the office.js stand-in is refused.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(url)) return route.continue();
    if (target.startsWith('https://appsforoffice.microsoft.com/')) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: office ? fakeOfficeScript(office) : '/* no Office here */' });
    }
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { context, page, errors, dialogs };
}

export async function cspViolationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
