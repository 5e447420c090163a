// `npm start`: builds the pane (development mode, rebuilding on change) and serves it on localhost:3000.
// In a plain browser it is the preview page (drop an .eml). On Windows and Mac, when the optional
// office-addin-debugging is installed, it serves HTTPS with the Office dev certificates and sideloads
// manifest.xml into Outlook, as the Office templates do; Ctrl+C stops and unregisters it.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const webpack = require('webpack');
const { serve } = require('./serve.cjs');

const ROOT = join(__dirname, '..');
const PORT = Number(process.env.PORT ?? 3000);

function optional(name) {
  try {
    return require(name);
  } catch {
    return undefined;
  }
}

async function tlsOptions() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return undefined;
  if (!optional('office-addin-debugging')) return undefined;
  const certs = optional('office-addin-dev-certs');
  return certs ? certs.getHttpsServerOptions() : undefined;
}

function sideload() {
  const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  const run = (args) => spawn(bin, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  run(['start', 'manifest.xml', 'desktop', '--app', 'outlook', '--dev-server-port', String(PORT), '--no-debug']);
  const stop = () => {
    run(['stop', 'manifest.xml']).on('exit', () => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main() {
  const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  let serving = false;
  compiler.watch({ aggregateTimeout: 300 }, async (error, stats) => {
    if (error || stats.hasErrors()) {
      console.error(error ?? stats.toString({ colors: true, all: false, errors: true }));
      return;
    }
    // webpack empties dist/taskpane on every build: put the Report button's bundle (commands.js/html) back.
    const { buildCommands } = await import('./build-commands.mjs');
    await buildCommands({ minify: false });
    console.log(`built in ${stats.endTime - stats.startTime} ms`);
    if (serving) return;
    serving = true;
    const tls = await tlsOptions();
    const { url } = await serve(join(ROOT, 'dist/taskpane'), PORT, tls);
    console.log(`Occhio pane: ${url}taskpane.html`);
    console.log('  preview: drop or pick an .eml, or open ?eml=URL (same origin); ?lang=it, ?theme=dark');
    if (tls) sideload();
    else console.log('  Outlook sideloading needs Windows or Mac with office-addin-debugging (an optional dependency).');
  });
}

void main();
