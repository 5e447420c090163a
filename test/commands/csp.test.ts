import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Office.js's Outlook host scripts load MicrosoftAjax.js from ajax.aspnetcdn.com and throw without it; office.js
// loads its host scripts from its own CDN folder; Microsoft documents officeapis.public.onecdn.static.microsoft as
// the CDN host for office.js. Both pages must allow all of them (test/e2e/office-js.e2e.test.ts runs the real library).
const REQUIRED = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft', 'https://ajax.aspnetcdn.com'];

function scriptSrcOf(html: string): string[] {
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
  return directive.split(/\s+/).slice(1);
}

describe('Content-Security-Policy of the pages Office.js runs in', () => {
  let dir: string;
  let commandsHtml: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'occhio-csp-'));
    execFileSync(process.execPath, [join(__dirname, '../../scripts/build-commands.mjs'), '--out', dir, '--dev'], { stdio: 'pipe' });
    commandsHtml = readFileSync(join(dir, 'commands.html'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const taskpaneHtml = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

  it.each([['taskpane.html', () => taskpaneHtml], ['commands.html', () => commandsHtml]])('%s allows every script host Office.js loads from, and nothing inline', (_name, html) => {
    const sources = scriptSrcOf(html());
    expect(sources).toEqual(expect.arrayContaining(["'self'", ...REQUIRED]));
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });

  it('both pages allow the same script hosts', () => {
    expect(scriptSrcOf(commandsHtml).sort()).toEqual(scriptSrcOf(taskpaneHtml).sort());
  });
});
