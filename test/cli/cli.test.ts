import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { eml } from '../support/eml';

const ROOT = join(__dirname, '../..');
const CLI = join(tmpdir(), `occhio-cli-test-${process.pid}.cjs`);

function occhio(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;

beforeAll(() => {
  buildSync({ entryPoints: [join(ROOT, 'src/cli/occhio.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: CLI, logLevel: 'error' });
  dir = mkdtempSync(join(tmpdir(), 'occhio-'));
  writeFileSync(join(dir, 'phish.eml'), eml(
    { From: 'Amazon <alert@secure-mail.example>', To: 'mario@acme.example', Subject: 'Verifica il tuo account', 'Content-Type': 'text/html' },
    '<p>Accedi subito: <a href="https://amaz0n-login.example.net/x">www.amazon.it</a></p>',
  ));
  writeFileSync(join(dir, 'note.eml'), eml({ From: 'Luca <luca@acme.example>', To: 'mario@acme.example', Subject: 'Pranzo' }, 'Ci vediamo alle 13?'));
  writeFileSync(join(dir, 'broken.eml'), '');
}, 30_000);

describe('occhio scan', () => {
  it('prints one documented JSON line per file, errors included, and goes on', () => {
    const { code, stdout } = occhio('scan', '--json', dir);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => (l.file as string).split('/').pop())).toEqual(['broken.eml', 'note.eml', 'phish.eml']);
    expect(lines[0]).toEqual({ file: join(dir, 'broken.eml'), error: 'unreadable message: the file is empty' });
    expect(Object.keys(lines[1] ?? {})).toEqual(['file', 'verdict', 'score', 'flags', 'ms']);
    expect(lines[1]?.verdict).toBe('safe');
    const flags = lines[2]?.flags as { id: string; severity: string; title: string; evidence: string[] }[];
    expect(lines[2]?.verdict).not.toBe('safe');
    expect(flags.find((f) => f.id === 'link-text-mismatch')).toMatchObject({ severity: 'high', evidence: ['www.amazon.it', 'https://amaz0n-login.example.net/x'] });
  });

  it('prints a readable verdict with evidence without --json', () => {
    const { stdout } = occhio('scan', join(dir, 'phish.eml'));
    expect(stdout).toMatch(/phish\.eml: (CAUTION|SUSPICIOUS|DANGEROUS)/);
    expect(stdout).toContain('The link shows amazon.it but opens example.net.');
    expect(stdout).toContain('> https://amaz0n-login.example.net/x');
  });

  it('reports a missing path and exits 1 when nothing could be read', () => {
    const { code, stdout } = occhio('scan', '--json', join(dir, 'nope.eml'));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ file: join(dir, 'nope.eml'), error: 'no such file or directory' });
  });

  it.each([[['scan']], [['frobnicate']], [['scan', '--bogus', 'x']], [['eval']], [['scan', '--policy', '/nonexistent.json', 'x']]])('exits 2 on usage errors: %j', (args) => {
    const { code, stderr } = occhio(...args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});

describe('occhio scan on hostile input', () => {
  it('never prints a message’s ESC sequences or bidi controls raw, in human or JSON output', () => {
    const hostile = mkdtempSync(join(tmpdir(), 'occhio-hostile-'));
    const name = join(hostile, 'fattura\u202eeml.exe\u001b[2J.eml');
    writeFileSync(name, eml(
      { From: '"Amazon\u001b[2J\u001b[32mSAFE" <alert@secure-mail.example>', To: 'mario@acme.example', Subject: 'Verifica\u001b]0;pwned\u0007 il tuo account', 'Content-Type': 'text/html' },
      '<p>Accedi subito: <a href="https://amaz0n-login.example.net/\u001b[2Jx">www.amazon.it</a></p>',
    ));
    for (const args of [['scan', hostile], ['scan', '--json', hostile]]) {
      const { stdout } = occhio(...args);
      // eslint-disable-next-line no-control-regex -- the raw control characters are what must not appear
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(stdout).toContain('\\u202e');
    }
    const [line] = occhio('scan', '--json', hostile).stdout.trim().split('\n');
    expect((JSON.parse(line!) as { file: string }).file).toBe(name);
  });

  it('skips symbolic links (a loop, a file outside the folder) and oversized files, one line each, and goes on', () => {
    const root = mkdtempSync(join(tmpdir(), 'occhio-links-'));
    const scanned = join(root, 'scanned');
    mkdirSync(scanned);
    writeFileSync(join(root, 'outside.eml'), eml({ From: 'x@outside.example', To: 'y@acme.example', Subject: 'outside' }, 'not yours'));
    writeFileSync(join(scanned, 'note.eml'), eml({ From: 'Luca <luca@acme.example>', To: 'mario@acme.example', Subject: 'Pranzo' }, 'Ci vediamo alle 13?'));
    symlinkSync(scanned, join(scanned, 'loop'));
    symlinkSync(join(root, 'outside.eml'), join(scanned, 'outside-link.eml'));
    writeFileSync(join(scanned, 'huge.eml'), '');
    truncateSync(join(scanned, 'huge.eml'), 31 * 1024 * 1024); // sparse: no 31 MB written
    const { code, stdout } = occhio('scan', '--json', scanned);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; verdict?: string });
    const byName = Object.fromEntries(lines.map((l) => [l.file.slice(scanned.length + 1), l.error ?? l.verdict]));
    expect(byName).toEqual({
      loop: 'symbolic link, not followed',
      'outside-link.eml': 'symbolic link, not followed',
      'huge.eml': 'too large (31 MB, limit 30 MB)',
      'note.eml': 'safe',
    });
  });
});

describe('occhio eval', () => {
  it('prints recall, false positives, detector hit rates and timing', () => {
    const phishing = join(dir, 'p');
    const ham = join(dir, 'h');
    spawnSync('mkdir', ['-p', phishing, ham]);
    spawnSync('cp', [join(dir, 'phish.eml'), phishing]);
    spawnSync('cp', [join(dir, 'note.eml'), ham]);
    const { code, stdout } = occhio('eval', '--phishing', phishing, '--ham', ham);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Recall \(phishing at suspicious or dangerous\): +\d+\.\d\d%/);
    expect(stdout).toMatch(/False positives on legitimate mail: caution or above +0\.00%/);
    expect(stdout).toMatch(/link-text-mismatch +100\.00% +0\.00%/);
    expect(stdout).toMatch(/median \d+\.\d\d ms, p99 \d+\.\d\d ms/);
    const json = JSON.parse(occhio('eval', '--json', '--phishing', phishing, '--ham', ham).stdout) as { falsePositives: { caution: number } };
    expect(json.falsePositives.caution).toBe(0);
  });
});
