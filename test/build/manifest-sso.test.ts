/**
 * @jest-environment jsdom
 *
 * Single sign-on in the deployed manifest: `npm run build -- --sso-client-id` writes <WebApplicationInfo> where
 * Outlook reads it (the last child of the VersionOverridesV1_1 block, children Id, Resource, Scopes), and a build
 * without it has none, so no token is ever requested.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '../../scripts/build-deploy.mjs');
const CLIENT = 'c6c1f32b-5e55-4997-881a-753cc1d563b7';

describe('manifest with and without single sign-on', () => {
  let dir: string;
  let policyFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'occhio-sso-'));
    policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ report: { endpoint: 'https://soar.acme.it/hooks/occhio' } }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const build = (...args: string[]): { manifest: Document; text: string; commands: string; log: string } => {
    const out = join(dir, 'out');
    const log = execFileSync(process.execPath, [SCRIPT, '--skip-pane', '--out', out, '--origin-root-out', join(dir, 'root'), '--url', 'https://addin.acme.it/occhio/', ...args], { stdio: 'pipe' }).toString();
    const text = readFileSync(join(out, 'manifest.xml'), 'utf8');
    return { manifest: new DOMParser().parseFromString(text, 'application/xml'), text, commands: readFileSync(join(out, 'commands.js'), 'utf8'), log };
  };
  const v11 = (doc: Document): Element => [...doc.getElementsByTagNameNS('*', 'VersionOverrides')].find((v) => v.getAttribute('xsi:type') === 'VersionOverridesV1_1')!;

  it('writes WebApplicationInfo as the last child of VersionOverridesV1_1, in the documented order', () => {
    const { manifest, commands, log } = build('--policy', policyFile, '--sso-client-id', CLIENT);
    expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
    const all = manifest.getElementsByTagNameNS('*', 'WebApplicationInfo');
    expect(all).toHaveLength(1);
    const info = all[0]!;
    const block = v11(manifest);
    expect(info.parentElement).toBe(block);
    expect(block.lastElementChild).toBe(info);
    // In the VersionOverrides namespace, like its siblings (no stray default namespace).
    expect(info.namespaceURI).toBe(block.namespaceURI);
    expect([...info.children].map((c) => c.localName)).toEqual(['Id', 'Resource', 'Scopes']);
    expect(info.children[0]!.textContent).toBe(CLIENT);
    expect(info.children[1]!.textContent).toBe(`api://addin.acme.it/${CLIENT}`);
    expect([...info.children[2]!.children].map((c) => `${c.localName}:${c.textContent}`)).toEqual(['Scope:openid', 'Scope:profile']);
    // The Report button requests a token only because the same setting is compiled in.
    expect(commands).toContain(`api://addin.acme.it/${CLIENT}`);
    expect(log).toMatch(/Reporter identity: single sign-on/);
  }, 60_000);

  it('without --sso-client-id: no WebApplicationInfo, no SSO setting in commands.js, and the build says the endpoint is unauthenticated', () => {
    const { manifest, text, commands, log } = build('--policy', policyFile);
    expect(manifest.getElementsByTagNameNS('*', 'WebApplicationInfo')).toHaveLength(0);
    expect(text).not.toContain('api://');
    expect(commands).not.toContain('api://');
    expect(log).toMatch(/UNAUTHENTICATED/);
  }, 60_000);

  it.each([
    [['--sso-client-id', 'not-a-guid'], /GUID/],
    [['--sso-client-id', CLIENT, '--sso-resource', `api://evil.example/${CLIENT}`], /Application ID URI/],
    [['--sso-resource', `api://addin.acme.it/${CLIENT}`], /--sso-client-id/],
  ])('refuses a setting Office would reject at run time (%p)', (flags, message) => {
    expect(() => build('--policy', policyFile, ...flags)).toThrow(message);
  }, 60_000);

  it('refuses SSO without a report endpoint (there would be nothing to send the token with)', () => {
    expect(() => build('--sso-client-id', CLIENT)).toThrow(/report endpoint/);
  }, 60_000);
});
