/**
 * The production build in real headless Chromium: Outlook (a fake office.js serving real .eml files) and the
 * preview page. Verdicts depend on detectors still being tuned, so the assertions are about kinds, not scores.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, cspViolationsOf, DIST, launchChromium, openPane, startServer } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BEFORE_VERDICT_BUDGET_KB } = require('../../scripts/webpack/verdict-budget-plugin.cjs') as { BEFORE_VERDICT_BUDGET_KB: number };

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const PHISHING = fixture('phishing-amazon-it.eml');
const LEGITIMATE = fixture('legitimate-note-it.eml');
const PAYLOAD = fixture('script-payload.eml');

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ server, url } = await startServer());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function verdictOf(page: Page): Promise<string> {
  const banner = page.getByTestId('verdict');
  await banner.waitFor({ timeout: 20_000 });
  return (await banner.getAttribute('data-verdict')) ?? '';
}

/** Our script files the page had finished downloading when it marked the verdict (office.js excluded). */
async function scriptsBeforeVerdict(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => {
    const verdictAt = performance.getEntriesByName('occhio-verdict')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.responseEnd <= verdictAt)
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '');
  });
  return names.filter((name) => name.endsWith('.js') && existsSync(join(DIST, name))).sort();
}

/** Waits for the details (loaded after the verdict, with the report actions) and opens every section. */
async function openDetails(page: Page): Promise<void> {
  await page.getByTestId('details').waitFor({ timeout: 20_000 });
  for (const header of await page.locator('[data-testid="details"] button').all()) await header.click();
}

/** Every flag's detector id, once the details have loaded and the flags beyond the first three are shown. */
async function flagIds(page: Page): Promise<string[]> {
  await page.getByTestId('details').waitFor({ timeout: 30_000 });
  const more = page.locator('[data-testid="more-flags"][aria-expanded="false"]');
  if ((await more.count()) > 0) await more.click();
  return page.locator('[data-flag]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-flag') ?? ''));
}

describe('in Outlook (fake office.js, Mailbox 1.14)', () => {
  test('a blatant Amazon phishing message shows a warning verdict and the link that lies', async () => {
    const { context, page, errors } = await openPane(browser, url, { items: [{ eml: PHISHING }], displayLanguage: 'it-IT' });
    await page.goto(`${url}taskpane.html`);
    const verdict = await verdictOf(page);
    expect(['caution', 'suspicious', 'dangerous']).toContain(verdict);
    expect(await flagIds(page)).toContain('link-text-mismatch');
    const flags = await page.getByTestId('flags').innerText();
    expect(flags).toContain('verifica-account.top');
    // Evidence is text: there is no clickable link anywhere in the pane.
    expect(await page.locator('a[href]').count()).toBe(0);
    expect(await page.getByTestId('guidance').innerText()).toMatch(/\S/);
    const ms = await page.evaluate(() => performance.getEntriesByName('occhio-verdict')[0]?.startTime ?? -1);
    console.log(`Occhio e2e: page load to verdict on screen: ${Math.round(ms)} ms`);
    const scripts = await scriptsBeforeVerdict(page);
    const bytes = scripts.map((name) => readFileSync(join(DIST, name)));
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    const raw = bytes.reduce((sum, b) => sum + b.byteLength, 0);
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).byteLength, 0);
    console.log(`Occhio e2e: JavaScript loaded before the verdict: ${scripts.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip (${scripts.join(', ')})`);
    // What the browser really fetched before the verdict, not only the chunk groups the build counts, stays in budget.
    expect(gzip).toBeLessThanOrEqual(BEFORE_VERDICT_BUDGET_KB * 1024);
    // The entry came first; the details and report actions load after the verdict; the preview page never in Outlook.
    expect(scripts.some((name) => name.startsWith('taskpane.'))).toBe(true);
    expect(scripts.some((name) => name.startsWith('after-verdict.') || name.startsWith('preview.'))).toBe(false);
    await page.getByTestId('details').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'pane-phishing-light.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'pane-phishing-light-top.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a plain note from a colleague shows the no-flags state in Italian', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: LEGITIMATE }], displayLanguage: 'it-IT' });
    await page.goto(`${url}taskpane.html`);
    expect(await verdictOf(page)).toBe('safe');
    await expect(page.getByTestId('verdict').innerText()).resolves.toContain('Nessun segnale di truffa trovato');
    expect(await page.locator('[data-flag]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await context.close();
  });

  test('dark Office theme: the pane follows it (screenshot saved)', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }], displayLanguage: 'en-US', bodyBackgroundColor: '#1f1f1f' }, { colorScheme: 'dark' });
    await page.goto(`${url}taskpane.html`);
    await verdictOf(page);
    await page.getByTestId('details').waitFor();
    const background = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-phishing-dark.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'pane-phishing-dark-top.png') });
    await context.close();
  });

  test('switching Outlook to a dark theme repaints the open pane', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: LEGITIMATE }] });
    await page.goto(`${url}taskpane.html`);
    await verdictOf(page);
    const brightness = (): Promise<number> =>
      page.locator('main').evaluate((el) => (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0));
    expect(await brightness()).toBeGreaterThan(3 * 200);
    await page.evaluate(() => (window as unknown as { __fakeOffice: { setTheme(c: string): void } }).__fakeOffice.setTheme('#1f1f1f'));
    await page.waitForFunction(() => (getComputedStyle(document.querySelector('main') as Element).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 240);
    expect(await brightness()).toBeLessThan(3 * 80);
    await context.close();
  });

  test('Windows high contrast (forced colours) switches to the high-contrast theme', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }] });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${url}taskpane.html`);
    await verdictOf(page);
    // Forced colours repaint everything with system colours, so read the theme Fluent chose from its tokens.
    const token = await page.locator('main').evaluate((el) => getComputedStyle(el).getPropertyValue('--colorNeutralBackground1').trim());
    expect(token).toBe('#000000');
    await page.screenshot({ path: join(ARTIFACTS, 'pane-phishing-high-contrast.png') });
    await context.close();
  });

  test('opened by Outlook (_host_Info) with a cold Office.js: "Connecting to Outlook…" past the old 5 s limit, then the verdict when onReady resolves', async () => {
    const { context, page, errors } = await openPane(browser, url, { items: [{ eml: PHISHING }], displayLanguage: 'en-US', readyAfterMs: 9_000 });
    await page.goto(`${url}taskpane.html?_host_Info=Outlook$Win32$16.02$en-US$$$$0`);
    await page.locator('[data-testid="loading"][data-phase="connecting"]').waitFor();
    await page.waitForTimeout(6_500);
    await expect(page.locator('main').innerText()).resolves.toContain('Connecting to Outlook…');
    expect(await page.getByTestId('verdict').count()).toBe(0);
    expect(['caution', 'suspicious', 'dangerous']).toContain(await verdictOf(page));
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opened in a plain browser, an office.js that never answers gives the preview after 5 s', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }], readyAfterMs: 60_000 });
    await page.goto(`${url}taskpane.html`);
    await page.locator('[data-testid="loading"][data-phase="checking"]').waitFor();
    await page.locator('input[type="file"]').waitFor({ state: 'attached', timeout: 15_000 });
    await context.close();
  });

  test('a pinned pane re-analyzes when the selection changes, and handles no selection', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: LEGITIMATE }, { eml: PHISHING }, null, { itemType: 'appointment' }] });
    await page.goto(`${url}taskpane.html`);
    expect(await verdictOf(page)).toBe('safe');
    await page.evaluate(() => (window as unknown as { __fakeOffice: { select(i: number): void } }).__fakeOffice.select(1));
    await page.locator('[data-verdict]:not([data-verdict="safe"])').waitFor({ timeout: 20_000 });
    expect(await flagIds(page)).toContain('link-text-mismatch');
    await page.evaluate(() => (window as unknown as { __fakeOffice: { select(i: number): void } }).__fakeOffice.select(2));
    await page.getByTestId('no-item').waitFor();
    await page.evaluate(() => (window as unknown as { __fakeOffice: { select(i: number): void } }).__fakeOffice.select(3));
    await page.getByTestId('unsupported').waitFor();
    await context.close();
  });

  test('an older Outlook (Mailbox 1.8) builds the message from body and headers', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }], mailboxVersion: '1.8' });
    await page.goto(`${url}taskpane.html`);
    expect(['caution', 'suspicious', 'dangerous']).toContain(await verdictOf(page));
    expect(await flagIds(page)).toContain('link-text-mismatch');
    await context.close();
  });

  test('Mailbox 1.5 without headers says which checks did not run', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }], mailboxVersion: '1.5' });
    await page.goto(`${url}taskpane.html`);
    await verdictOf(page);
    await expect(page.getByTestId('partial').innerText()).resolves.toMatch(/Headers are not available/);
    await context.close();
  });

  test('script payloads in subject, sender name and links execute nothing and render as text', async () => {
    const { context, page, errors, dialogs } = await openPane(browser, url, { items: [{ eml: PAYLOAD }] });
    await page.goto(`${url}taskpane.html`);
    await verdictOf(page);
    // Open every details section so the sender name and every link are on screen.
    await openDetails(page);
    await page.getByText('evil-payload.example', { exact: false }).first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // Only the pane's own scripts exist; no element from the message made it into the DOM.
    const scripts = await page.locator('script:not([src])').count();
    expect(scripts).toBe(0);
    expect(await page.locator('main img, main iframe, main svg[onload], main a[href]').count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>');
    expect(await cspViolationsOf(page)).toEqual([]);
    await context.close();
  });

  test('accessibility: axe-core finds no serious or critical violations (light and dark)', async () => {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const [colorScheme, bodyBackgroundColor] of [
      ['light', '#ffffff'],
      ['dark', '#1f1f1f'],
    ] as const) {
      const { context, page } = await openPane(browser, url, { items: [{ eml: PHISHING }], bodyBackgroundColor }, { colorScheme });
      await page.goto(`${url}taskpane.html`);
      await verdictOf(page);
      await openDetails(page);
      // evaluate() runs through the DevTools protocol, outside the page's CSP (an injected <script> would be blocked).
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect({ colorScheme, serious }).toEqual({ colorScheme, serious: [] });
      await context.close();
    }
  });
});

const CORPUS = join(__dirname, '../../../shared/corpus');
const corpusSample = (folder: string, count: number): string[] =>
  existsSync(join(CORPUS, folder))
    ? readdirSync(join(CORPUS, folder))
        .filter((f) => !f.startsWith('.') && !/\.(md|txt)$/i.test(f))
        .sort()
        .slice(0, count)
        .map((f) => join(CORPUS, folder, f))
    : [];
const REAL_MAIL = [...corpusSample('phishing', 3), ...corpusSample('ham-2002', 2), ...corpusSample('ham-list', 2)];

(REAL_MAIL.length > 0 ? describe : describe.skip)('real mail from ../shared/corpus (skipped when absent)', () => {
  test.each(REAL_MAIL.map((file) => [file.slice(CORPUS.length + 1)]))('%s: a verdict, no errors, no live links', async (name) => {
    const eml = readFileSync(join(CORPUS, name), 'latin1');
    const { context, page, errors, dialogs } = await openPane(browser, url, { items: [{ eml, latin1: true }] });
    await page.goto(`${url}taskpane.html`);
    expect(['safe', 'caution', 'suspicious', 'dangerous']).toContain(await verdictOf(page));
    await openDetails(page);
    expect(await page.locator('main a[href], main img, main iframe').count()).toBe(0);
    expect({ errors, dialogs, csp: await cspViolationsOf(page) }).toEqual({ errors: [], dialogs: [], csp: [] });
    await context.close();
  });
});

describe('preview in a plain browser (no Office)', () => {
  test('shows a drop zone; picking an .eml shows the same panel', async () => {
    const { context, page, errors } = await openPane(browser, url, null);
    await page.goto(`${url}taskpane.html?lang=en`);
    await page.getByTestId('drop-zone').waitFor();
    await page.getByTestId('file-input').setInputFiles({ name: 'phishing.eml', mimeType: 'message/rfc822', buffer: Buffer.from(PHISHING) });
    expect(['caution', 'suspicious', 'dangerous']).toContain(await verdictOf(page));
    expect(await flagIds(page)).toContain('link-text-mismatch');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-light.png'), fullPage: true });
    await context.close();
  });

  test('?eml=URL loads and analyzes a message from the same origin', async () => {
    const { context, page } = await openPane(browser, url, null);
    await context.route(`${url}fixtures/**`, (route) => route.fulfill({ status: 200, contentType: 'message/rfc822', body: LEGITIMATE }));
    await page.goto(`${url}taskpane.html?eml=fixtures/note.eml`);
    expect(await verdictOf(page)).toBe('safe');
    await context.close();
  });

  test('a file that is not a message says so', async () => {
    const { context, page } = await openPane(browser, url, null);
    await page.goto(`${url}taskpane.html?lang=en`);
    await page.getByTestId('file-input').setInputFiles({ name: 'notes.eml', mimeType: 'message/rfc822', buffer: Buffer.from('just some text\nwithout headers\n') });
    await expect(page.getByTestId('unreadable').innerText()).resolves.toMatch(/not an email message/);
    await context.close();
  });
});
