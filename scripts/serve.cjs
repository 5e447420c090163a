// A tiny static server for the built pane (dist/taskpane): `npm start` and the end-to-end tests use it.
// Loopback only, GET/HEAD only, no directory listings, paths confined to the root.
'use strict';
const { createReadStream, statSync } = require('node:fs');
const { createServer: createHttpServer } = require('node:http');
const { createServer: createHttpsServer } = require('node:https');
const { extname, join, normalize, resolve, sep } = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.eml': 'message/rfc822',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its URL. With `tls`
 * (key/cert, e.g. from office-addin-dev-certs) it serves HTTPS, as Outlook requires for a sideloaded add-in.
 */
function serve(root, port = 0, tls = undefined) {
  const base = resolve(root);
  const handler = (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed escape ('%E0%A4%A') must not take the server down.
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(base, pathname === '/' ? 'taskpane.html' : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, url: `${tls ? 'https' : 'http'}://localhost:${address.port}/` });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const root = process.argv[2] ?? 'dist/taskpane';
  const port = Number(process.env.PORT ?? 3000);
  void serve(root, port).then(({ url }) => console.log(`Occhio pane: ${url}taskpane.html (preview: drop an .eml, or add ?eml=URL)`));
}
