// Produces the deployable folder for a public base URL: the production pane (webpack), the Report button's
// bundle (scripts/build-commands.mjs) and manifest.xml with every dev URL rewritten to the base URL.
//
//   node scripts/build-deploy.mjs --url https://addin.acme.it/occhio/ [--out dist/taskpane] [--version 1.2.0.0] [--skip-pane]
//   npm run build -- --env url=https://addin.acme.it/occhio/        (webpack-style, same thing)
//
// Upload the folder's contents to the web server at that URL (policy.json beside taskpane.html), then upload
// its manifest.xml in the Microsoft 365 admin center. See docs/deploy.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommands, DEV_BASE_URL, normalizeBaseUrl, parseArgs } from './build-commands.mjs';

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

function parseDeployArgs(argv) {
  const rest = [];
  let version;
  let skipPane = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version') version = argv[++i];
    else if (arg.startsWith('--version=')) version = arg.slice(10);
    else if (arg === '--skip-pane') skipPane = true;
    else rest.push(arg);
  }
  return { ...parseArgs(rest), version, skipPane };
}

async function main() {
  const options = parseDeployArgs(process.argv.slice(2));
  const url = options.url ?? DEV_BASE_URL;
  const outDir = options.out ? resolve(options.out) : join(ROOT, 'dist/taskpane');
  if (!options.skipPane) {
    // webpack cleans its output folder, so it runs first.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir], { stdio: 'inherit', cwd: ROOT });
  }
  await buildCommands({ outDir, baseUrl: url, minify: true });
  const assets = join(ROOT, 'assets');
  if (existsSync(assets)) cpSync(assets, join(outDir, 'assets'), { recursive: true });
  const manifest = join(ROOT, 'manifest.xml');
  if (existsSync(manifest)) writeFileSync(join(outDir, 'manifest.xml'), rewriteManifest(readFileSync(manifest, 'utf8'), url, options.version));
  console.log(`deployable folder for ${normalizeBaseUrl(url)}: ${outDir}`);
  if (!options.url) console.log('(no --url given: built for the dev server; pass --url https://your.host/path/ for a deployment)');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
