import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { SpamReportCompletion } from '../../src/office/report';
import { fakeItem } from './fake-spam-report';
import { startLoopbackServer } from './loopback-server';

// The bundle must run where classic Outlook runs it: a bare JavaScript runtime with no DOM, no module loader,
// no `location`. We build it with the real build script and run it in a fresh V8 context
// that has only what that runtime offers plus the Office object.

const BUILD_SCRIPT = join(__dirname, '../../scripts/build-commands.mjs');

/** Runs the real build script (an ES module, so in its own node process) and returns commands.js. */
function buildCommands(outDir: string, ...args: string[]): string {
  execFileSync(process.execPath, [BUILD_SCRIPT, '--out', outDir, ...args], { stdio: 'pipe' });
  return readFileSync(join(outDir, 'commands.js'), 'utf8');
}

describe('commands bundle', () => {
  let dir: string;
  let source: string;
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;

  beforeAll(async () => {
    server = await startLoopbackServer((request, response) => {
      if (request.url === '/occhio/policy.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ report: { endpoint: `http://127.0.0.1:${new URL(server.url).port}/report`, moveAfterReport: 'junk' } }));
      } else {
        response.writeHead(202).end();
      }
    });
    dir = mkdtempSync(join(tmpdir(), 'occhio-commands-'));
    source = buildCommands(dir, '--url', new URL('/occhio/', server.url).href);
  }, 60_000);

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is one classic script (no import/export, no eval) that calls Office.onReady, as "Initialize your Office Add-in" asks', () => {
    expect(source).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(source).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(source).toMatch(/\.onReady\(\)/);
    expect(readFileSync(join(dir, 'commands.html'), 'utf8')).toContain('<script src="commands.js"></script>');
  });

  it('registers onSpamReport with Office.actions.associate, analyzes and delivers in a bare runtime', async () => {
    const associated: Record<string, (event: unknown) => void> = {};
    const calls: SpamReportCompletion[] = [];
    let readyCalls = 0;
    const context = {
      Office: {
        onReady: () => {
          readyCalls++;
          return Promise.resolve({ host: 'Outlook' });
        },
        actions: { associate: (name: string, handler: (event: unknown) => void) => (associated[name] = handler) },
        context: { mailbox: { item: fakeItem() }, displayLanguage: 'it-IT' },
      },
      console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      // Only timers and fetch: no URL, AbortController, TextDecoder/TextEncoder, Blob or atob, which the
      // JavaScript-only runtime is not documented to have (src/commands/runtime-polyfills.ts covers them).
      setTimeout,
      clearTimeout,
      fetch,
    };
    runInNewContext(source, context);
    expect(Object.keys(associated)).toEqual(['onSpamReport']);
    expect(readyCalls).toBe(1);
    await new Promise<void>((resolve) => {
      associated.onSpamReport?.({ type: 'SpamReporting', options: [true], freeText: '', completed: (c: SpamReportCompletion) => { calls.push(c); resolve(); } });
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.moveItemTo).toBe('junkFolder');
    expect(calls[0]!.showPostProcessingDialog.title).toBe('Segnalato: grazie!');
    const report = server.received.find((r) => r.method === 'POST');
    expect(report).toBeDefined();
    expect(JSON.parse(report!.body)).toMatchObject({ schema: 'occhio.report/2', reasons: ['phishing'], emlOmitted: null, identity: { token: 'none', reason: 'sso-not-configured' } });
    expect(report!.authorization).toBeUndefined();
    expect(JSON.parse(report!.body).verdict).not.toBeNull();
  }, 30_000);

  it('built with --sso-client-id, asks OfficeRuntime.auth.getAccessToken silently and sends the token as a bearer', async () => {
    const ssoDir = mkdtempSync(join(tmpdir(), 'occhio-commands-'));
    try {
      const clientId = 'c6c1f32b-5e55-4997-881a-753cc1d563b7';
      const ssoSource = buildCommands(ssoDir, '--url', new URL('/occhio/', server.url).href, '--sso-client-id', clientId);
      const token = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl';
      const asked: unknown[] = [];
      const associated: Record<string, (event: unknown) => void> = {};
      const context = {
        Office: {
          onReady: () => Promise.resolve({ host: 'Outlook' }),
          actions: { associate: (name: string, handler: (event: unknown) => void) => (associated[name] = handler) },
          context: { mailbox: { item: fakeItem() }, displayLanguage: 'en-US' },
        },
        // What "Enable single sign-on (SSO) in Outlook add-ins that use event-based activation" says event code calls.
        OfficeRuntime: { auth: { getAccessToken: (options: unknown) => (asked.push(options), Promise.resolve(token)) } },
        console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        setTimeout,
        clearTimeout,
        fetch,
      };
      const before = server.received.length;
      runInNewContext(ssoSource, context);
      await new Promise<void>((resolve) => {
        associated.onSpamReport?.({ type: 'SpamReporting', options: [true], freeText: '', completed: () => resolve() });
      });
      expect(asked).toEqual([{ allowSignInPrompt: false, allowConsentPrompt: false }]);
      const report = server.received.slice(before).find((r) => r.method === 'POST');
      expect(report?.authorization).toBe(`Bearer ${token}`);
      expect(JSON.parse(report!.body)).toMatchObject({ schema: 'occhio.report/2', identity: { token: 'bearer' } });
    } finally {
      rmSync(ssoDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes the deploy URL webpack-style, adds the trailing slash, and refuses plain http', () => {
    const other = mkdtempSync(join(tmpdir(), 'occhio-commands-'));
    try {
      expect(buildCommands(other, '--env', 'url=https://addin.acme.it/occhio', '--dev')).toContain('"https://addin.acme.it/occhio/"');
      expect(() => buildCommands(other, '--url=http://addin.acme.it/')).toThrow(/https/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);
});
