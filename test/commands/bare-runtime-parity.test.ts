import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { analyze, DEFAULT_POLICY, parseEml } from '../../src/engine';
import type { SpamReportCompletion } from '../../src/office/report';
import { fakeItem } from './fake-spam-report';
import { startLoopbackServer } from './loopback-server';

// Classic Outlook's JavaScript-only runtime may lack URL, TextDecoder/TextEncoder, atob and Blob. The Report button
// must reach the same verdict there as the pane does in a browser: the built commands.js runs in a bare V8 context
// (node:vm) with none of them, on every verdict fixture, and its report must match the engine run in Node.

const FIXTURES = join(__dirname, '../fixtures/mail');
const OWN = join(__dirname, 'fixtures');
const files = [
  ...['scam', 'legit'].flatMap((kind) => readdirSync(join(FIXTURES, kind)).filter((f) => f.endsWith('.eml')).sort().map((f) => join(FIXTURES, kind, f))),
  ...readdirSync(OWN).filter((f) => f.endsWith('.eml')).map((f) => join(OWN, f)),
];

interface Delivered {
  verdict: string | null;
  score: number | null;
  findings: { detectorId: string; severity: string }[];
}

describe('the Report button in a runtime without URL, TextDecoder, TextEncoder, atob, Blob', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  let onSpamReport: (event: unknown) => void;
  let item: ReturnType<typeof fakeItem>;
  let seen: string[] = [];

  beforeAll(async () => {
    server = await startLoopbackServer((request, response) => {
      if (request.url === '/occhio/policy.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ report: { endpoint: `${server.url}`, moveAfterReport: 'none' } }));
      } else response.writeHead(202).end();
    });
    dir = mkdtempSync(join(tmpdir(), 'occhio-bare-'));
    execFileSync(process.execPath, [join(__dirname, '../../scripts/build-commands.mjs'), '--out', dir, '--url', new URL('/occhio/', server.url).href], { stdio: 'pipe' });
    const associated: Record<string, (event: unknown) => void> = {};
    const context: Record<string, unknown> = {
      Office: {
        actions: { associate: (name: string, handler: (event: unknown) => void) => (associated[name] = handler) },
        get context() {
          return { mailbox: { item }, displayLanguage: 'en-US' };
        },
      },
      console: { log: () => undefined, info: () => undefined, warn: (...args: unknown[]) => void seen.push(args.map(String).join(' ')), error: (...args: unknown[]) => void seen.push(args.map(String).join(' ')) },
      setTimeout,
      clearTimeout,
      fetch,
    };
    runInNewContext(readFileSync(join(dir, 'commands.js'), 'utf8'), context);
    for (const name of ['URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'atob', 'Blob']) expect(runInNewContext(`typeof ${name}`, {})).toBe('undefined');
    onSpamReport = associated.onSpamReport!;
  }, 60_000);

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function reportInBareRuntime(raw: string): Promise<Delivered> {
    item = fakeItem(raw);
    seen = [];
    const before = server.received.length;
    await new Promise<void>((resolve) => onSpamReport({ type: 'SpamReporting', options: [true], freeText: '', completed: (_c: SpamReportCompletion) => resolve() }));
    const post = server.received.slice(before).find((r) => r.method === 'POST');
    if (!post) throw new Error(`no report delivered: ${seen.join('; ')}`);
    return JSON.parse(post.body) as Delivered;
  }

  it.each(files.map((file) => [file.slice(file.indexOf('fixtures')), file]))('%s: same verdict, score and findings as the engine in Node', async (_name, file) => {
    const raw = readFileSync(file, 'utf8');
    const parsed = await parseEml(raw);
    if (!parsed.ok) throw new Error(parsed.error.reason);
    const expected = analyze(parsed.message, DEFAULT_POLICY);
    const delivered = await reportInBareRuntime(raw);
    expect(seen).toEqual([]);
    expect({ verdict: delivered.verdict, score: delivered.score, findings: delivered.findings.map((f) => `${f.detectorId}/${f.severity}`).sort() }).toEqual({
      verdict: expected.verdict,
      score: expected.score,
      findings: expected.findings.map((f) => `${f.detectorId}/${f.severity}`).sort(),
    });
  });
});
