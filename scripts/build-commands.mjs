// Bundles the integrated Report button's handler (src/commands) into ONE classic script, commands.js, and writes
// commands.html beside it. Classic Outlook on Windows runs commands.js in its JavaScript-only runtime: no DOM,
// no module loader (so no import/export and no lazy chunks at run time); the other clients load commands.html,
// which loads office.js and then the same file.
//
//   node scripts/build-commands.mjs [--out dist/taskpane] [--url https://addin.example.com/occhio/] [--dev]
//                                   [--sso-client-id <app id> [--sso-resource api://<host>/<app id>]]
//
// --url is the public base URL the add-in is served from: the JavaScript-only runtime has no page location, so
// the handler finds policy.json through it. Without --url, https://localhost:3000/ (the dev server).
// --sso-client-id turns on the reporter's single sign-on token (see ssoConfigFor); without it the Report button
// never asks for one and every report says it is unauthenticated.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Where Office.js really loads scripts from, for both pages' Content-Security-Policy (taskpane.html carries the same
 * list; test/commands/csp.test.ts keeps them equal, and test/e2e/office-js.e2e.test.ts runs the real Office.js under it):
 * - appsforoffice.microsoft.com: office.js and the host scripts it loads from its own folder
 *   (outlook-web-16.01.js, outlook-win32-16.02.js, ...), "Referencing the Office JavaScript API library";
 * - officeapis.public.onecdn.static.microsoft: the CDN host the same page documents for office.js, so a page
 *   switched to it keeps working;
 * - ajax.aspnetcdn.com: the Outlook host scripts load /ajax/3.5/MicrosoftAjax.js from it and throw
 *   'Not able to load MicrosoftAjax.js.' when they cannot (Office.js's own code, OsfMsAjaxFactory.loadMsAjaxFull).
 */
export const OFFICE_SCRIPT_SOURCES = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft', 'https://ajax.aspnetcdn.com'];

const COMMANDS_CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_SCRIPT_SOURCES.join(' ')}`,
  // https: because the report endpoint (policy.report.endpoint) is wherever the SOC runs it.
  "connect-src 'self' https:",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const COMMANDS_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${COMMANDS_CSP}">
  <title>Occhio commands</title>
  <!-- Function commands for Outlook on the web, new Outlook, Mac: office.js first, then the same bundle classic Outlook runs. -->
  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  <script src="commands.js"></script>
</head>
<body></body>
</html>
`;

/** 'https://x.example/occhio' => 'https://x.example/occhio/'; anything but https (or localhost http) is refused. */
export function normalizeBaseUrl(url) {
  const parsed = new URL(url);
  const loopback = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`the add-in must be served over https (Outlook refuses anything else): ${url}`);
  }
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The single sign-on settings for a base URL, checked the way Office checks them at run time (where a mistake only
 * shows as getAccessToken error 13004, "Invalid resource", on every report):
 * - the client id is the app registration's Application (client) ID, a GUID;
 * - the resource is its Application ID URI, `api://<fully-qualified-domain-name>/<app-id>`, whose domain "must be the
 *   same, including any subdomains, as is used in the URLs in the add-in's manifest" ("Register an Office Add-in that
 *   uses legacy Office SSO with the Microsoft identity platform"). Without --sso-resource it is built from the URL:
 *   ('https://addin.acme.it/occhio/', 'c6c1f32b-…') => { clientId, resource: 'api://addin.acme.it/c6c1f32b-…' }
 * Returns null when SSO is off; throws on a half or wrong configuration rather than shipping one that cannot work.
 */
export function ssoConfigFor(baseUrl, clientId, resource) {
  if (clientId === undefined && resource === undefined) return null;
  if (!clientId || !GUID.test(clientId)) throw new Error(`--sso-client-id must be the app registration's Application (client) ID, a GUID; got ${clientId ?? 'nothing'}`);
  const host = new URL(normalizeBaseUrl(baseUrl)).host;
  const expected = `api://${host}/${clientId}`;
  const uri = resource ?? expected;
  if (uri.toLowerCase() !== expected.toLowerCase()) {
    throw new Error(`--sso-resource must be the Application ID URI api://<the add-in's host>/<client id>, here ${expected}; got ${uri}`);
  }
  return { clientId: clientId.toLowerCase(), resource: uri };
}

/**
 * postal-mime's own table of HTML entities (dist/esm/html-entities.js) duplicates the `entities` trie htmlparser2
 * already brings into the bundle: the same read-through view the pane's webpack build swaps in
 * (NormalModuleReplacementPlugin in webpack.config.js; checked key by key by test/taskpane/postal-mime-entities-shim.test.ts).
 */
const postalMimeHtmlEntities = {
  name: 'postal-mime-html-entities',
  setup(build) {
    build.onResolve({ filter: /^\.\/html-entities\.js$/ }, (args) =>
      /postal-mime[\\/]dist[\\/]esm$/.test(args.resolveDir) ? { path: join(ROOT, 'src/taskpane/shims/postal-mime-html-entities.ts') } : undefined,
    );
  },
};

/** Builds commands.js and commands.html into `outDir`; returns the path of commands.js. */
export async function buildCommands({ outDir = join(ROOT, 'dist/taskpane'), baseUrl = DEV_BASE_URL, minify = true, sso = null } = {}) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'commands.js');
  await build({
    entryPoints: [join(ROOT, 'src/commands/index.ts')],
    bundle: true,
    format: 'iife',
    // The JavaScript-only runtime is not a current browser: stay on syntax every supported Outlook parses.
    target: 'es2017',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser', 'import', 'default'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    define: { __OCCHIO_BASE_URL__: JSON.stringify(normalizeBaseUrl(baseUrl)), __OCCHIO_SSO__: JSON.stringify(sso) },
    outfile,
    plugins: [postalMimeHtmlEntities],
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'commands.html'), COMMANDS_HTML);
  return outfile;
}

/** --url X, --url=X, --env url=X (webpack style), or OCCHIO_URL. */
export function parseArgs(argv) {
  const options = { url: process.env.OCCHIO_URL, out: undefined, dev: false, ssoClientId: undefined, ssoResource: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    if (arg === '--url') options.url = next();
    else if (arg.startsWith('--url=')) options.url = arg.slice(6);
    else if (arg === '--env') {
      const pair = next() ?? '';
      if (pair.startsWith('url=')) options.url = pair.slice(4);
    } else if (arg.startsWith('--env=url=')) options.url = arg.slice(10);
    else if (arg === '--out') options.out = next();
    else if (arg.startsWith('--out=')) options.out = arg.slice(6);
    else if (arg === '--dev') options.dev = true;
    else if (arg === '--sso-client-id') options.ssoClientId = next();
    else if (arg.startsWith('--sso-client-id=')) options.ssoClientId = arg.slice(16);
    else if (arg === '--sso-resource') options.ssoResource = next();
    else if (arg.startsWith('--sso-resource=')) options.ssoResource = arg.slice(15);
    else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const baseUrl = options.url ?? DEV_BASE_URL;
  const outfile = await buildCommands({
    outDir: options.out ? resolve(options.out) : undefined,
    baseUrl,
    minify: !options.dev,
    sso: ssoConfigFor(baseUrl, options.ssoClientId, options.ssoResource),
  });
  console.log(`commands bundle: ${outfile}`);
}
