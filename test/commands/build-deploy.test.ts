import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  (hasManifest ? it : it.skip)('safe by default: no Report button without a report endpoint, a default policy.json, a help page as SupportUrl', () => {
    run('--url', 'https://addin.acme.it/occhio/');
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    // Without a destination the integrated button would replace Outlook's own Report button and send reports nowhere.
    expect(manifest).not.toContain('ReportPhishingCommandSurface');
    expect(manifest).not.toContain('<Runtimes>');
    expect(manifest).toContain('xsi:type="MessageReadCommandSurface"');
    expect(JSON.parse(readFileSync(join(out, 'policy.json'), 'utf8'))).toEqual({});
    expect(manifest).toContain('<SupportUrl DefaultValue="https://addin.acme.it/occhio/help.html"/>');
    expect(readFileSync(join(out, 'help.html'), 'utf8')).toMatch(/<h1>Occhio: help<\/h1>/);
  }, 60_000);

  (hasManifest ? it : it.skip)('keeps the Report button when the build policy names a report endpoint, and ships that policy', () => {
    const policyFile = join(out, '..', `${out.split(/[\\/]/).pop()}-policy.json`);
    const policy = { report: { endpoint: 'https://soar.acme.it/hooks/occhio', mailbox: 'phish@acme.it' } };
    writeFileSync(policyFile, JSON.stringify(policy));
    try {
      run('--url', 'https://addin.acme.it/occhio/', '--policy', policyFile);
      const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
      expect(manifest).toContain('ReportPhishingCommandSurface');
      expect(manifest).toContain('<Override type="javascript" resid="CommandsJs.Url"/>');
      expect(JSON.parse(readFileSync(join(out, 'policy.json'), 'utf8'))).toEqual(policy);
    } finally {
      rmSync(policyFile, { force: true });
    }
  }, 60_000);

  it('writes /.well-known/microsoft-officeaddins-allowed.json for the origin root, listing commands.js', () => {
    const root = mkdtempSync(join(tmpdir(), 'occhio-origin-'));
    try {
      run('--url', 'https://addin.acme.it/occhio/', '--origin-root-out', root);
      const allowed = JSON.parse(readFileSync(join(root, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'));
      expect(allowed).toEqual({ allowed: ['https://addin.acme.it/occhio/commands.js'] });
      // Served at the origin's root: an add-in at the root gets it inside its own folder.
      run('--url', 'https://occhio.acme.it/');
      expect(JSON.parse(readFileSync(join(out, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'))).toEqual({ allowed: ['https://occhio.acme.it/commands.js'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a plain-http base URL and a malformed version', () => {
    expect(() => run('--url', 'http://addin.acme.it/')).toThrow();
    if (hasManifest) expect(() => run('--url', 'https://addin.acme.it/', '--version', '1.4')).toThrow();
  }, 60_000);
});
