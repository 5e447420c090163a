// Produces the deployable folder for a public base URL: the production pane (webpack), the Report button's
// bundle (scripts/build-commands.mjs), the help page, policy.json, manifest.xml with every dev URL rewritten to the
// base URL, and the origin's /.well-known/microsoft-officeaddins-allowed.json.
//
//   node scripts/build-deploy.mjs --url https://addin.acme.it/occhio/ [--policy policy.json] [--out dist/taskpane]
//                                 [--origin-root-out dist/origin-root] [--version 1.2.0.0] [--skip-pane]
//                                 [--sso-client-id <app id> [--sso-resource api://addin.acme.it/<app id>]]
//   npm run build -- --env url=https://addin.acme.it/occhio/        (webpack-style, same thing)
//
// Upload the folder's contents to the web server at that URL, the origin-root folder at the origin's root, then
// upload manifest.xml in the Microsoft 365 admin center. See docs/deploy.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommands, DEV_BASE_URL, normalizeBaseUrl, parseArgs, ssoConfigFor } from './build-commands.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_ORIGIN = new URL(DEV_BASE_URL).origin; // https://localhost:3000

/**
 * Rewrites the dev URLs of manifest.xml to `baseUrl`:
 *   'https://localhost:3000/taskpane.html' => 'https://addin.acme.it/occhio/taskpane.html'
 *   <AppDomain>https://localhost:3000</AppDomain> => <AppDomain>https://addin.acme.it</AppDomain>
 * and, when given, sets <Version>. Throws when a localhost URL would survive (a manifest that half points at a
 * developer's machine fails in ways that are hard to diagnose from the admin center).
 */
export function rewriteManifest(xml, baseUrl, version) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  let out = xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(origin);
  if (version !== undefined) {
    if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) throw new Error(`--version must look like 1.2.0.0, got ${version}`);
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  if (origin !== DEV_ORIGIN && out.includes('localhost:3000')) throw new Error('manifest.xml still points at localhost:3000 after the rewrite');
  return out;
}

/**
 * The integrated Report button replaces Outlook's own Report button ("Implement an integrated spam-reporting
 * add-in"): without a report destination, people would lose Microsoft's reporting and their reports would go
 * nowhere. So the deployed manifest declares ReportPhishingCommandSurface only when the build's policy names a
 * report endpoint (the Report button delivers there; the pane's mailbox report works without it).
 */
export function reportDestinationOf(policy) {
  const endpoint = policy && typeof policy === 'object' ? policy.report?.endpoint : undefined;
  return typeof endpoint === 'string' && /^https:\/\/[^\s/]+/i.test(endpoint.trim()) ? endpoint.trim() : undefined;
}

/**
 * Removes the Report button from a manifest: the ReportPhishingCommandSurface extension point and the <Runtimes>
 * that exists only to run its handler (with their comments). The ribbon button and its function file stay.
 */
export function withoutReportButton(xml) {
  const comment = /[ \t]*<!--(?:(?!-->)[\s\S])*?(?:ReportPhishing|Report button|preprocessing dialog)(?:(?!-->)[\s\S])*?-->\r?\n/g;
  const out = xml
    .replace(comment, '')
    .replace(/[ \t]*<ExtensionPoint xsi:type="ReportPhishingCommandSurface">[\s\S]*?<\/ExtensionPoint>\r?\n/g, '')
    .replace(/[ \t]*<Runtimes>[\s\S]*?<\/Runtimes>\r?\n/g, '');
  if (/ReportPhishing|<Runtimes>/.test(out)) throw new Error('could not remove the Report button from manifest.xml');
  return out;
}

/**
 * Turns single sign-on on in a manifest: getAccessToken needs a <WebApplicationInfo> naming the app registration, or
 * it fails with 13000 ("Troubleshoot error messages for single sign-on (SSO)"). For Outlook it goes "at the end of the
 * VersionOverridesV1_1 VersionOverrides element" ("Authenticate a user with a single-sign-on token in an Outlook
 * add-in"; the element's reference page: "It must be the last child element"), with the child order Id, Resource,
 * Scopes of "WebApplicationInfo element in the manifest file". openid and profile are the only scopes: the token only
 * names the reporter to the receiver, no Microsoft Graph call is made ("profile is always required").
 */
export function withWebApplicationInfo(xml, sso) {
  const start = xml.indexOf('xsi:type="VersionOverridesV1_1"');
  const close = start < 0 ? -1 : xml.indexOf('</VersionOverrides>', start);
  if (close < 0) throw new Error('manifest.xml has no VersionOverridesV1_1 block to put <WebApplicationInfo> in');
  if (xml.includes('<WebApplicationInfo>')) throw new Error('manifest.xml already has a <WebApplicationInfo>');
  const lineStart = xml.lastIndexOf('\n', close) + 1;
  const indent = xml.slice(lineStart, close);
  const inner = `${indent}  `;
  const block = [
    `${inner}<!-- Single sign-on: the Report button sends the reporter's Microsoft Entra ID token to the report endpoint. -->`,
    `${inner}<WebApplicationInfo>`,
    `${inner}  <Id>${sso.clientId}</Id>`,
    `${inner}  <Resource>${sso.resource}</Resource>`,
    `${inner}  <Scopes>`,
    `${inner}    <Scope>openid</Scope>`,
    `${inner}    <Scope>profile</Scope>`,
    `${inner}  </Scopes>`,
    `${inner}</WebApplicationInfo>`,
  ].join('\n');
  return `${xml.slice(0, lineStart)}${block}\n${xml.slice(lineStart)}`;
}

/**
 * Classic Outlook on Windows runs commands.js in its JavaScript-only runtime, which makes cross-origin requests (the
 * report endpoint, and policy.json when it is elsewhere) only for scripts the origin lists at
 * /.well-known/microsoft-officeaddins-allowed.json ("Use single sign-on (SSO) or cross-origin resource sharing
 * (CORS) in your event-based or spam-reporting Outlook add-in"). The file lives at the origin's root, whatever the
 * add-in's path.
 *   'https://addin.acme.it/occhio/' => { allowed: ['https://addin.acme.it/occhio/commands.js'] }
 */
export function officeAddinsAllowed(baseUrl) {
  return { allowed: [`${normalizeBaseUrl(baseUrl)}commands.js`] };
}

export const WELL_KNOWN_ALLOWED = '.well-known/microsoft-officeaddins-allowed.json';

function parseDeployArgs(argv) {
  const rest = [];
  let version;
  let skipPane = false;
  let policy;
  let originRootOut;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version') version = argv[++i];
    else if (arg.startsWith('--version=')) version = arg.slice(10);
    else if (arg === '--skip-pane') skipPane = true;
    else if (arg === '--policy') policy = argv[++i];
    else if (arg.startsWith('--policy=')) policy = arg.slice(9);
    else if (arg === '--origin-root-out') originRootOut = argv[++i];
    else if (arg.startsWith('--origin-root-out=')) originRootOut = arg.slice(18);
    else rest.push(arg);
  }
  return { ...parseArgs(rest), version, skipPane, policy, originRootOut };
}

/** The build's policy: --policy FILE (must be JSON), else the defaults (`{}`: every field at its default). */
function readBuildPolicy(file) {
  if (!file) return { text: '{}\n', json: {} };
  const text = readFileSync(resolve(file), 'utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`--policy ${file} is not JSON: ${error.message}`);
  }
  return { text, json };
}

async function main() {
  const options = parseDeployArgs(process.argv.slice(2));
  const url = options.url ?? DEV_BASE_URL;
  const outDir = options.out ? resolve(options.out) : join(ROOT, 'dist/taskpane');
  // Read before any output (webpack takes a while): a policy or SSO setting that cannot work stops the build.
  const policy = readBuildPolicy(options.policy);
  const destination = reportDestinationOf(policy.json);
  const sso = ssoConfigFor(url, options.ssoClientId, options.ssoResource);
  if (sso && !destination) throw new Error('--sso-client-id needs a report endpoint (report.endpoint in --policy): the token is sent only with the Report button’s reports');
  if (!options.skipPane) {
    // webpack cleans its output folder, so it runs first.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir], { stdio: 'inherit', cwd: ROOT });
  }
  await buildCommands({ outDir, baseUrl: url, minify: true, sso });
  const assets = join(ROOT, 'assets');
  if (existsSync(assets)) cpSync(assets, join(outDir, 'assets'), { recursive: true });
  // The manifest's SupportUrl.
  cpSync(join(ROOT, 'src/help/help.html'), join(outDir, 'help.html'));
  // Always a policy.json, so the pane and the Report button make no failing request on every load.
  writeFileSync(join(outDir, 'policy.json'), policy.text);
  const manifest = join(ROOT, 'manifest.xml');
  if (existsSync(manifest)) {
    const rewritten = rewriteManifest(readFileSync(manifest, 'utf8'), url, options.version);
    const withButton = destination ? rewritten : withoutReportButton(rewritten);
    writeFileSync(join(outDir, 'manifest.xml'), sso ? withWebApplicationInfo(withButton, sso) : withButton);
  }
  // At the origin's root: inside the folder when the add-in is served at the root, else in a folder of its own.
  const base = normalizeBaseUrl(url);
  const atRoot = new URL(base).pathname === '/';
  const originRoot = atRoot ? outDir : resolve(options.originRootOut ?? join(dirname(outDir), 'origin-root'));
  mkdirSync(join(originRoot, '.well-known'), { recursive: true });
  writeFileSync(join(originRoot, WELL_KNOWN_ALLOWED), `${JSON.stringify(officeAddinsAllowed(base), null, 2)}\n`);
  console.log(`deployable folder for ${base}: ${outDir}`);
  console.log(`Report button: ${destination ? `on (reports go to ${destination})` : 'off (no report.endpoint in the build policy: pass --policy FILE to turn it on)'}`);
  if (destination) {
    console.log(
      sso
        ? `Reporter identity: single sign-on (app ${sso.clientId}, ${sso.resource}): reports carry the reporter's token as Authorization: Bearer`
        : 'Reporter identity: none (no --sso-client-id): the report endpoint is UNAUTHENTICATED, anyone who knows its URL can post to it',
    );
  }
  if (!atRoot) console.log(`serve ${join(originRoot, WELL_KNOWN_ALLOWED)} at ${new URL(base).origin}/${WELL_KNOWN_ALLOWED} (merge its "allowed" list into an existing one)`);
  if (!options.url) console.log('(no --url given: built for the dev server; pass --url https://your.host/path/ for a deployment)');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
