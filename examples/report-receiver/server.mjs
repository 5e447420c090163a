// A reference receiver for Occhio's Report button (policy.report.endpoint): answers the CORS preflight for the
// add-in's origin only, verifies the reporter's Microsoft Entra ID token, refuses anonymous reports unless told to
// accept them, limits how many reports one reporter files per hour, caps the body, and stores each report as one JSON
// file naming the verified reporter.
//
//   ADDIN_ORIGIN=https://addin.acme.it TENANT_ID=<tenant id> CLIENT_ID=<app id> node examples/report-receiver/server.mjs
//
// It is an example to run and read, not a product: put it behind your HTTPS reverse proxy (or give it TLS_CERT and
// TLS_KEY), and feed the stored files to your SOAR / ticketing. README.md beside this file explains every setting.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from './config.mjs';
import { createRateLimiter } from './rate-limit.mjs';
import { createTokenVerifier, TokenRejected } from './verify-token.mjs';

/** Preflight answers may be cached this long (seconds) by the client. */
const PREFLIGHT_MAX_AGE = 600;

function send(response, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { ...headers, ...(text ? { 'Content-Type': 'application/json' } : {}), 'Cache-Control': 'no-store' });
  response.end(text);
}

/** CORS headers for the add-in's origin only; any other origin gets none, so browsers there cannot read or post. */
function corsHeaders(config, origin) {
  return origin === config.addinOrigin ? { 'Access-Control-Allow-Origin': config.addinOrigin, Vary: 'Origin' } : { Vary: 'Origin' };
}

/** Reads the body up to maxBytes; resolves null when it is larger (the rest is not read). */
function readBody(request, maxBytes) {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return resolveBody(null);
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        resolveBody(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** 'Bearer eyJ...' => 'eyJ...'; undefined when there is no bearer token. */
function bearerToken(request) {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)\s*$/i.exec(header) : null;
  return match ? match[1] : undefined;
}

export function createReceiver(config, { log = console } = {}) {
  const verify = config.token ? createTokenVerifier(config.token) : null;
  const reportsDir = resolve(config.reportsDir);
  mkdirSync(reportsDir, { recursive: true });
  const limiter = createRateLimiter(config.reportsPerHour);

  async function handle(request, response) {
    const origin = request.headers.origin;
    const cors = corsHeaders(config, origin);
    const path = new URL(request.url ?? '/', 'http://receiver.invalid').pathname;
    if (path !== config.path) return send(response, 404, { error: 'not found' });

    if (request.method === 'OPTIONS') {
      // The Report button posts JSON with an Authorization header: both make browsers ask first.
      if (origin !== config.addinOrigin || request.headers['access-control-request-method'] !== 'POST') return send(response, 403, undefined, { Vary: 'Origin' });
      return send(response, 204, undefined, {
        ...cors,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
      });
    }
    if (request.method !== 'POST') return send(response, 405, { error: 'POST only' }, { ...cors, Allow: 'POST, OPTIONS' });
    // A browser page of another origin cannot be the add-in. Origin proves nothing outside a browser (anyone can
    // write it): the token below is what identifies the reporter.
    if (origin !== undefined && origin !== config.addinOrigin) return send(response, 403, { error: 'origin not allowed' }, cors);
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return send(response, 415, { error: 'application/json only' }, cors);

    // Authenticate before reading a large body.
    const token = bearerToken(request);
    let reporter = null;
    if (token && verify) {
      try {
        reporter = await verify(token);
      } catch (error) {
        if (error instanceof TokenRejected) {
          log.warn(`[receiver] token rejected: ${error.message}`);
          return send(response, 401, { error: 'invalid token' }, { ...cors, 'WWW-Authenticate': 'Bearer error="invalid_token"' });
        }
        log.error('[receiver] cannot verify tokens now:', error);
        return send(response, 503, { error: 'cannot verify tokens now' }, cors);
      }
    } else if (!config.allowUnauthenticated) {
      return send(response, 401, { error: 'a bearer token is required' }, { ...cors, 'WWW-Authenticate': 'Bearer' });
    }

    // Counted before the body is read, so a reporter over the limit costs neither bandwidth nor disk.
    const quota = limiter.take(reporter ? `oid:${reporter.oid}` : `address:${request.socket.remoteAddress ?? 'unknown'}`);
    if (!quota.allowed) {
      log.warn(`[receiver] rate limit: ${reporter ? reporter.username || reporter.oid : request.socket.remoteAddress} is over ${config.reportsPerHour} reports per hour`);
      return send(response, 429, { error: `over ${config.reportsPerHour} reports per hour` }, { ...cors, 'Retry-After': String(quota.retryAfterSeconds) });
    }

    const body = await readBody(request, config.maxBodyBytes);
    if (body === null) {
      response.setHeader('Connection', 'close');
      return send(response, 413, { error: `body over ${config.maxBodyBytes} bytes` }, cors);
    }
    let report;
    try {
      report = JSON.parse(body.toString('utf8'));
    } catch {
      return send(response, 400, { error: 'body is not JSON' }, cors);
    }
    if (!report || typeof report !== 'object' || typeof report.schema !== 'string' || !report.schema.startsWith('occhio.report/')) {
      return send(response, 400, { error: 'not an Occhio report' }, cors);
    }

    const receivedAt = new Date().toISOString();
    const id = `${receivedAt.replace(/[:.]/g, '-')}-${randomUUID()}`;
    // reporter is what the verified token says, never what the body claims; null = anonymous (ALLOW_UNAUTHENTICATED).
    const record = { id, receivedAt, authenticated: reporter !== null, reporter, report };
    writeFileSync(join(reportsDir, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    log.info(`[receiver] stored ${id} from ${reporter ? `${reporter.username || reporter.oid}` : 'an unauthenticated reporter'}`);
    return send(response, 202, { id }, cors);
  }

  const listener = (request, response) => {
    handle(request, response).catch((error) => {
      log.error('[receiver] unexpected failure:', error);
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
      else response.destroy();
    });
  };
  return config.tlsCert && config.tlsKey
    ? createHttpsServer({ cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) }, listener)
    : createHttpServer(listener);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const config = readConfig();
  const server = createReceiver(config);
  server.listen(config.port, config.host, () => {
    const { port } = server.address();
    console.log(`[receiver] listening on ${config.tlsCert ? 'https' : 'http'}://${config.host}:${port}${config.path}`);
    console.log(`[receiver] add-in origin ${config.addinOrigin}; reports in ${resolve(config.reportsDir)}`);
    if (!config.token) console.log('[receiver] WARNING: no TENANT_ID/CLIENT_ID: tokens are not verified and every report is stored as anonymous');
    else if (config.allowUnauthenticated) console.log('[receiver] reports without a token are accepted and stored as anonymous (ALLOW_UNAUTHENTICATED)');
  });
}
