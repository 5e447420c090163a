/**
 * The built pages under their real Content-Security-Policy with the real Office.js (the @microsoft/office-js npm
 * package, served at its CDN address https://appsforoffice.microsoft.com/lib/1/hosted/), opened the way Outlook
 * opens them: over https with a `_host_Info` query, for Outlook on the web and for classic Outlook. Every request
 * is answered in the browser from local files (the add-in at https://localhost:3000/, its dev URL); nothing
 * reaches a network. The tests fail on any CSP violation, any script that does not load and any page error.
 *
 * Without a real Outlook on the other end, Office.onReady does not resolve here: these tests prove the pages let
 * Office.js load everything it loads, and that a page Outlook opened keeps saying "Connecting to Outlook…" past the
 * old 5 s limit instead of dropping into the preview. pane.e2e.test.ts proves the late onReady with the fake office.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST, launchChromium } from './browser';
import { MICROSOFT_AJAX_STAND_IN } from './microsoft-ajax-stand-in';

const ADDIN = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(__dirname, '../../node_modules/@microsoft/office-js/dist');
const MICROSOFT_AJAX = 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/**
 * What Outlook adds to the add-in's URL: `_host_Info` (host, platform, host-script version, locale), and on the web
 * the cross-frame channel `_xdm_Info` in the fragment (conversation id, app id, the Outlook page's URL), which
 * Office.js's web host script reads (OSF.OUtil.parseXdmInfo). Nothing answers on that channel here.
 */
const HOSTS = [
  ['Outlook on the web', '?_host_Info=Outlook$Web$16.01$en-US$$$$0#&_xdm_Info=occhio-e2e$occhio-e2e-app$https://outlook.office.com/mail/', 'outlook-web-16.01.js'],
  ['classic Outlook on Windows', '?_host_Info=Outlook$Win32$16.02$en-US$$$$0', 'outlook-win32-16.02.js'],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly served: string[];
  readonly failed: string[];
  readonly errors: string[];
  readonly csp: string[];
}

/** Answers `root`-relative files for `prefix`, never outside `root`. */
function fileUnder(root: string, prefix: string, url: string): string | undefined {
  const relative = decodeURIComponent(new URL(url).pathname).slice(new URL(prefix).pathname.length) || 'taskpane.html';
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) && existsSync(file) ? file : undefined;
}

async function open(): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 380, height: 700 } });
  const session: Session = { context, page: await context.newPage(), served: [], failed: [], errors: [], csp: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const file = url.startsWith(ADDIN) ? fileUnder(DIST, ADDIN, url) : url.startsWith(OFFICE_CDN) ? fileUnder(OFFICE_DIST, OFFICE_CDN, url.toLowerCase()) : undefined;
    if (file) {
      session.served.push(url);
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    if (url === MICROSOFT_AJAX) {
      session.served.push(url);
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: MICROSOFT_AJAX_STAND_IN });
    }
    session.failed.push(url);
    return route.abort();
  });
  session.page.on('requestfailed', (request) => void session.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  session.page.on('pageerror', (error) => void session.errors.push(error.message));
  session.page.on('console', (message) => {
    if (message.text().startsWith('CSP ')) session.csp.push(message.text());
  });
  await session.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.log(`CSP ${event.violatedDirective} ${event.blockedURI}`));
  });
  return session;
}

describe.each(HOSTS)('the real Office.js, as %s opens the add-in', (_name, hostQuery, hostScript) => {
  test('taskpane.html loads Office.js, its host script and MicrosoftAjax.js under its CSP, and keeps "Connecting to Outlook…" past 5 s', async () => {
    const session = await open();
    const { page } = session;
    await page.goto(`${ADDIN}taskpane.html${hostQuery}`);
    await page.locator('[data-testid="loading"][data-phase="connecting"]').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(6_500);
    // Still connecting: no preview drop zone inside Outlook, whatever Office.js takes.
    await expect(page.locator('[data-testid="loading"]').getAttribute('data-phase')).resolves.toBe('connecting');
    await expect(page.locator('main').innerText()).resolves.toContain('Connecting to Outlook…');
    expect(session.served).toEqual(expect.arrayContaining([`${OFFICE_CDN}office.js`, `${OFFICE_CDN}${hostScript}`, MICROSOFT_AJAX, `${ADDIN}policy.json`]));
    expect(await page.evaluate(() => (window as unknown as { __occhioMicrosoftAjaxStandIn?: boolean }).__occhioMicrosoftAjaxStandIn)).toBe(true);
    expect(session.csp).toEqual([]);
    expect(session.failed).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  test('commands.html loads Office.js, its host script, MicrosoftAjax.js and commands.js under its CSP, and registers onSpamReport', async () => {
    const session = await open();
    const { page } = session;
    await page.goto(`${ADDIN}commands.html${hostQuery}`);
    await page.waitForFunction(() => typeof (window as unknown as { onSpamReport?: unknown }).onSpamReport === 'function', undefined, { timeout: 10_000 });
    await page.waitForTimeout(3_000);
    expect(session.served).toEqual(expect.arrayContaining([`${OFFICE_CDN}office.js`, `${OFFICE_CDN}${hostScript}`, MICROSOFT_AJAX, `${ADDIN}commands.js`]));
    expect(session.csp).toEqual([]);
    expect(session.failed).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

test('without the MicrosoftAjax.js host in script-src, the same page reports the violation (the check can fail)', async () => {
  const session = await open();
  const { page } = session;
  // The CSP as it was before: Office.js's own CDN only.
  await session.context.route(`${ADDIN}taskpane.html*`, async (route) => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8').replace(/ https:\/\/ajax\.aspnetcdn\.com/g, '');
    await route.fulfill({ status: 200, contentType: 'text/html', body: html });
  });
  await page.goto(`${ADDIN}taskpane.html${HOSTS[0][1]}`);
  await page.waitForTimeout(3_000);
  expect(session.csp.join('\n')).toContain('ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js');
  expect(session.errors.join('\n')).toContain('Not able to load MicrosoftAjax.js.');
  await session.context.close();
});
