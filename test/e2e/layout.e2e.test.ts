/**
 * The pane at Outlook's task-pane widths (issue 15): what a person reads in five seconds is on the first screen, no
 * message makes the page scroll sideways, and the pane renders on React. Screenshots go to test-artifacts/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, DIST, launchChromium, openPane, startServer } from './browser';
import type { FakeItem } from './fake-office';

/** Outlook's narrowest task pane, and a common one (docs: the pane is 320 px wide at its narrowest). */
const NARROW = { width: 320, height: 600 };
const POLICY = JSON.stringify({ report: { mailbox: 'security@example.com' } });

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

const emlFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.eml')).sort().map((f) => join(dir, f)) : []);
const E2E_FIXTURES = emlFiles(join(__dirname, 'fixtures'));
const UNIT_FIXTURES = emlFiles(join(__dirname, '../fixtures/mail'));
const CORPUS = join(__dirname, '../../../shared/corpus');
const corpusSample = (folder: string, count: number): string[] =>
  existsSync(join(CORPUS, folder))
    ? readdirSync(join(CORPUS, folder))
        .filter((f) => !f.startsWith('.') && !/\.(md|txt)$/i.test(f))
        .sort()
        .slice(0, count)
        .map((f) => join(CORPUS, folder, f))
    : [];
const CORPUS_SAMPLES = [...corpusSample('phishing', 6), ...corpusSample('ham-2002', 2), ...corpusSample('ham-list', 2), ...corpusSample('ham-modern', 4)];

type Theme = 'light' | 'dark' | 'high-contrast';

/** Opens a pane sized like Outlook's, with a report mailbox configured, over these messages (a pinned pane follows them). */
async function openAt(size: { width: number; height: number }, items: readonly FakeItem[], options: { lang?: string; theme?: Theme } = {}): Promise<{ page: Page; close: () => Promise<void> }> {
  const dark = options.theme === 'dark';
  const { context, page } = await openPane(browser, url, { items, displayLanguage: options.lang ?? 'en-US', ...(dark ? { bodyBackgroundColor: '#1f1f1f' } : {}) }, { colorScheme: dark ? 'dark' : 'light' });
  // Windows high contrast reaches the pane as forced colours (the pane then picks Fluent's high-contrast theme).
  if (options.theme === 'high-contrast') await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize(size);
  await context.route(`${url}policy.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: POLICY }));
  await page.goto(`${url}taskpane.html`);
  return { page, close: () => context.close() };
}

/** Waits for the verdict and what loads after it (details, report actions), then opens every disclosure. */
async function settle(page: Page, expand: boolean): Promise<void> {
  await page.getByTestId('verdict').waitFor({ timeout: 30_000 });
  await page.getByTestId('details').waitFor({ timeout: 30_000 });
  await page.getByTestId('report-primary').or(page.getByTestId('report-outlook-hint')).first().waitFor({ timeout: 30_000 });
  if (!expand) return;
  // Opening one disclosure renumbers the rest (and may reveal more), so open the first closed one until none is left.
  const closed = page.locator('main button[aria-expanded="false"]');
  for (let opened = 0; opened < 100 && (await closed.count()) > 0; opened += 1) await closed.first().click();
  expect(await closed.count()).toBe(0);
}

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The bottom edge of each first-screen element, in CSS pixels from the top of the page. */
async function firstScreen(page: Page): Promise<Record<string, number>> {
  const bottoms: Record<string, number> = {};
  for (const id of ['verdict', 'sender', 'first-action', 'report-primary']) {
    const box = await page.getByTestId(id).boundingBox();
    bottoms[id] = box ? Math.ceil(box.y + box.height) : Number.POSITIVE_INFINITY;
  }
  return bottoms;
}

const itemOf = (file: string): FakeItem => ({ eml: readFileSync(file, 'latin1'), latin1: true });

describe('at 320×600, every message', () => {
  const files = [...E2E_FIXTURES, ...UNIT_FIXTURES, ...CORPUS_SAMPLES];
  // English in the light theme, and Italian (the longer strings) in the dark one.
  const passes = [['en-US', 'light'], ['it-IT', 'dark']] as const;

  test.each(passes)(`%s, %s: verdict, sender, one action and the report button on the first screen; no sideways scroll with every disclosure open (${files.length} messages: e2e and unit fixtures, corpus samples when present)`, async (lang, theme) => {
    const { page, close } = await openAt(NARROW, files.map(itemOf), { lang, theme });
    const wide: { file: string; px: number }[] = [];
    const below: { file: string; bottoms: Record<string, number> }[] = [];
    try {
      for (let index = 0; index < files.length; index += 1) {
        const file = files[index] ?? '';
        if (index > 0) {
          const previous = await page.getByTestId('report').elementHandle();
          await page.evaluate((i) => (window as unknown as { __fakeOffice: { select(i: number): void } }).__fakeOffice.select(i), index);
          if (previous) await page.waitForFunction((el) => !el.isConnected, previous, { timeout: 30_000 });
        }
        await settle(page, false);
        await page.evaluate(() => window.scrollTo(0, 0));
        const bottoms = await firstScreen(page);
        if (Object.values(bottoms).some((bottom) => bottom > NARROW.height)) below.push({ file, bottoms });
        await settle(page, true);
        const px = await sideways(page);
        if (px > 0) wide.push({ file, px });
      }
    } finally {
      await close();
    }
    expect(wide).toEqual([]);
    expect(below).toEqual([]);
  }, 600_000);
});

describe('screenshots of the first screen (test-artifacts/pane-<width>-<lang>-<theme>.png)', () => {
  const phishing = readFileSync(join(__dirname, 'fixtures/phishing-amazon-it.eml'), 'utf8');
  const cases = [320, 350].flatMap((width) => (['en', 'it'] as const).flatMap((lang) => (['light', 'dark', 'high-contrast'] as const).map((theme) => [width, lang, theme] as const)));

  test.each(cases)('%i px, %s, %s: verdict, sender, one action and the report button on the first screen', async (width, lang, theme) => {
    const { page, close } = await openAt({ width, height: NARROW.height }, [{ eml: phishing }], { lang: lang === 'it' ? 'it-IT' : 'en-US', theme });
    try {
      await settle(page, false);
      // Fonts and the after-verdict chunk have settled: the flags below have their final size.
      await page.getByTestId('flags').waitFor({ timeout: 30_000 });
      const bottoms = await firstScreen(page);
      expect(Object.entries(bottoms).filter(([, bottom]) => bottom > NARROW.height)).toEqual([]);
      await expect(page.getByTestId('report-security-team').innerText()).resolves.toBe(lang === 'it' ? 'Segnala al team di sicurezza' : 'Report to security team');
      expect(await sideways(page)).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `pane-${width}-${lang}-${theme}.png`) });
    } finally {
      await close();
    }
  });

  test('without a report mailbox the first screen points at Outlook’s Report button', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: phishing }], displayLanguage: 'it-IT' });
    await page.setViewportSize(NARROW);
    await page.goto(`${url}taskpane.html`);
    await page.getByTestId('report-outlook-hint').waitFor({ timeout: 30_000 });
    const box = await page.getByTestId('report-outlook-hint').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(NARROW.height);
    expect(await page.getByTestId('report-outlook-hint').innerText()).toContain('Segnala phishing');
    expect(await page.locator('[data-testid="report-security-team"]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-320-it-light-no-mailbox.png') });
    await context.close();
  });
});

describe('the report button on the first screen', () => {
  const phishing = readFileSync(join(__dirname, 'fixtures/phishing-amazon-it.eml'), 'utf8');

  test('pressed: Outlook opens the report with the original attached, focus stays on the button, the status shows beside it', async () => {
    const { page, close } = await openAt(NARROW, [{ eml: phishing }], { lang: 'it-IT' });
    try {
      await settle(page, false);
      const button = page.getByTestId('report-security-team');
      await button.focus();
      await page.keyboard.press('Enter');
      const status = page.getByTestId('report-security-team-status');
      // Outlook answers displayNewMessageFormAsync through its callback, a moment later.
      await status.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
      const composed = await page.evaluate(() => (window as unknown as { __fakeOffice: { composed: { toRecipients: string[]; attachments: { type: string; itemId: string }[] }[] } }).__fakeOffice.composed);
      expect(composed).toHaveLength(1);
      expect(composed[0]?.toRecipients).toEqual(['security@example.com']);
      expect(composed[0]?.attachments).toEqual([expect.objectContaining({ type: 'item', itemId: 'AAMkAGFakeItem0' })]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('report-security-team');
      const box = await status.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(NARROW.height);
      await page.screenshot({ path: join(ARTIFACTS, 'pane-320-it-light-reported.png') });
    } finally {
      await close();
    }
  });

  test('an Outlook without the new-message form (Mailbox 1.5) says how to forward it instead', async () => {
    const { context, page } = await openPane(browser, url, { items: [{ eml: phishing }], displayLanguage: 'en-US', mailboxVersion: '1.5' });
    await page.setViewportSize(NARROW);
    await context.route(`${url}policy.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: POLICY }));
    await page.goto(`${url}taskpane.html`);
    try {
      await settle(page, false);
      await expect(page.getByTestId('report-security-team').getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(page.getByTestId('report-primary').innerText()).resolves.toContain('security@example.com');
    } finally {
      await context.close();
    }
  });
});

describe('the renderer', () => {
  test('the pane renders on React (React DOM marks its root), not Preact', async () => {
    const entry = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f) || f === 'taskpane.js');
    expect(entry).toBeDefined();
    const code = readFileSync(join(DIST, entry ?? ''), 'utf8');
    // React 19's production build links its minified errors to react.dev; Preact's compat layer has no such text.
    expect(code).toContain('react.dev/errors/');
    expect(code).not.toMatch(/__PREACT_DEVTOOLS__|preact/);
    const { page, close } = await openAt(NARROW, [{ eml: readFileSync(join(__dirname, 'fixtures/legitimate-note-it.eml'), 'utf8') }]);
    try {
      await page.getByTestId('verdict').waitFor({ timeout: 30_000 });
      const keys = await page.evaluate(() => Object.keys(document.getElementById('root') ?? {}));
      expect(keys.some((key) => key.startsWith('__reactContainer$'))).toBe(true);
    } finally {
      await close();
    }
  });
});
