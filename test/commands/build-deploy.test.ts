import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The deploy build's own part (commands bundle, assets, manifest rewrite), without the webpack pane build.
const SCRIPT = join(__dirname, '../../scripts/build-deploy.mjs');
const hasManifest = existsSync(join(__dirname, '../../manifest.xml'));

describe('build-deploy', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'occhio-deploy-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const run = (...args: string[]): void => void execFileSync(process.execPath, [SCRIPT, '--skip-pane', '--out', out, ...args], { stdio: 'pipe' });

  (hasManifest ? it : it.skip)('rewrites every dev URL of the manifest to the base URL and sets the version', () => {
    run('--env', 'url=https://addin.acme.it/occhio', '--version', '1.4.0.0');
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.acme.it/occhio/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://addin.acme.it</AppDomain>');
    expect(manifest).toContain('<Version>1.4.0.0</Version>');
    expect(readFileSync(join(out, 'commands.js'), 'utf8')).toContain('https://addin.acme.it/occhio/');
    expect(existsSync(join(out, 'commands.html'))).toBe(true);
  }, 60_000);

  it('refuses a plain-http base URL and a malformed version', () => {
    expect(() => run('--url', 'http://addin.acme.it/')).toThrow();
    if (hasManifest) expect(() => run('--url', 'https://addin.acme.it/', '--version', '1.4')).toThrow();
  }, 60_000);
});
