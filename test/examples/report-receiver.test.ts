import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import type { KeyObject } from 'node:crypto';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoopbackServer } from '../commands/loopback-server';

// The reference receiver (examples/report-receiver) run as the security team would run it: its own Node process,
// configured by environment variables, its signing keys served by a local JWKS server in place of Microsoft Entra ID.
// Tokens are signed here with a locally generated RSA key pair, one claim changed per rejection case.

const SERVER = join(__dirname, '../../examples/report-receiver/server.mjs');
const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';
const CLIENT = 'c6c1f32b-5e55-4997-881a-753cc1d563b7';
const RESOURCE = `api://addin.acme.it/${CLIENT}`;
const ORIGIN = 'https://addin.acme.it';
const KID = 'test-key-1';

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** A compact RS256 JWS, as Entra ID issues access tokens. */
function jwt(claims: Record<string, unknown>, key: KeyObject = signingKey.privateKey, header: Record<string, unknown> = {}): string {
  const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KID, ...header }));
  const body = base64url(JSON.stringify(claims));
  return `${head}.${body}.${base64url(sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key))}`;
}

const now = (): number => Math.floor(Date.now() / 1000);

/** A v2.0 access token for the add-in's API, as Office's getAccessToken returns it. */
function goodClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: CLIENT,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    tid: TENANT,
    oid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    preferred_username: 'mario.rossi@acme.it',
    name: 'Mario Rossi',
    scp: 'access_as_user',
    ver: '2.0',
    ...overrides,
  };
}

const REPORT = JSON.stringify({ schema: 'occhio.report/2', classification: 'phishing', identity: { token: 'bearer', reason: null, errorCode: null } });

interface Receiver {
  url: string;
  reportsDir: string;
  stop: () => Promise<void>;
}

async function startReceiver(env: Record<string, string>): Promise<Receiver> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'occhio-receiver-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ADDIN_ORIGIN: ORIGIN, REPORTS_DIR: reportsDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${out} ${err}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited with ${code}: ${err}`));
    });
  });
  return {
    url,
    reportsDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill();
        rmSync(reportsDir, { recursive: true, force: true });
      }),
  };
}

const stored = (receiver: Receiver): Record<string, unknown>[] =>
  readdirSync(receiver.reportsDir).map((file) => JSON.parse(readFileSync(join(receiver.reportsDir, file), 'utf8')) as Record<string, unknown>);

function post(receiver: Receiver, token: string | undefined, body = REPORT, origin = ORIGIN): Promise<Response> {
  return fetch(receiver.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

describe('reference report receiver', () => {
  let jwks: Awaited<ReturnType<typeof startLoopbackServer>>;
  let receiver: Receiver;

  beforeAll(async () => {
    const jwk = { ...signingKey.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
    jwks = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    receiver = await startReceiver({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, RESOURCE, JWKS_URL: jwks.url, MAX_BODY_BYTES: '4096' });
  }, 30_000);

  afterAll(async () => {
    await receiver.stop();
    await jwks.close();
  });

  it('stores a report with a valid token, naming the verified reporter', async () => {
    const response = await post(receiver, jwt(goodClaims()));
    expect(response.status).toBe(202);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const { id } = (await response.json()) as { id: string };
    const record = stored(receiver).find((r) => r.id === id);
    expect(record).toMatchObject({
      authenticated: true,
      reporter: { username: 'mario.rossi@acme.it', oid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', tid: TENANT, name: 'Mario Rossi' },
      report: { schema: 'occhio.report/2', classification: 'phishing' },
    });
  });

  it('accepts a v1.0 token (Application ID URI audience, sts.windows.net issuer, upn)', async () => {
    const claims = goodClaims({ aud: RESOURCE, iss: `https://sts.windows.net/${TENANT}/`, ver: '1.0', upn: 'anna.bianchi@acme.it' });
    delete claims.preferred_username;
    const response = await post(receiver, jwt(claims));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(stored(receiver).find((r) => r.id === id)).toMatchObject({ reporter: { username: 'anna.bianchi@acme.it' } });
  });

  it.each<[string, () => string]>([
    ['a token for another API (audience)', () => jwt(goodClaims({ aud: '00000003-0000-0000-c000-000000000000' }))],
    ['a token from another issuer', () => jwt(goodClaims({ iss: 'https://login.example.com/v2.0' }))],
    ['a token of another tenant, with that tenant’s issuer', () => jwt(goodClaims({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }))],
    ['a token whose tid differs from its issuer’s tenant', () => jwt(goodClaims({ tid: OTHER_TENANT }))],
    ['an expired token (beyond the clock skew)', () => jwt(goodClaims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 600 }))],
    ['a token not valid yet (beyond the clock skew)', () => jwt(goodClaims({ nbf: now() + 600 }))],
    ['a token signed by another key', () => jwt(goodClaims(), strangerKey.privateKey)],
    ['a token whose claims were altered after signing', () => {
      const [head, , signature] = jwt(goodClaims()).split('.');
      return `${head}.${base64url(JSON.stringify(goodClaims({ preferred_username: 'ceo@acme.it' })))}.${signature}`;
    }],
    ['an unsigned token (alg none)', () => `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(goodClaims()))}.x`],
    ['a token without the access_as_user scope', () => jwt(goodClaims({ scp: 'User.Read' }))],
  ])('rejects %s with 401 and stores nothing', async (_case, token) => {
    const before = stored(receiver).length;
    const response = await post(receiver, token());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(stored(receiver)).toHaveLength(before);
  });

  it('rejects a report without a token when tokens are required', async () => {
    const before = stored(receiver).length;
    const response = await post(receiver, undefined);
    expect(response.status).toBe(401);
    expect(stored(receiver)).toHaveLength(before);
  });

  it('rejects an oversized body with 413 and stores nothing', async () => {
    const before = stored(receiver).length;
    const big = JSON.stringify({ schema: 'occhio.report/2', eml: 'A'.repeat(8192) });
    const response = await post(receiver, jwt(goodClaims()), big);
    expect(response.status).toBe(413);
    expect(stored(receiver)).toHaveLength(before);
  });

  it('rejects a body that is not an Occhio report', async () => {
    expect((await post(receiver, jwt(goodClaims()), '{"hello":1}')).status).toBe(400);
    expect((await post(receiver, jwt(goodClaims()), 'not json')).status).toBe(400);
  });

  it('answers the CORS preflight for the add-in’s origin only, allowing the Authorization header', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(receiver.url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
    const ok = await preflight(ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(ok.headers.get('access-control-allow-methods')).toBe('POST');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // A page of another origin cannot post either, whatever token it holds.
    expect((await post(receiver, jwt(goodClaims()), REPORT, 'https://evil.example')).status).toBe(403);
  });

  it('with ALLOW_UNAUTHENTICATED=1, stores an anonymous report as unauthenticated but still refuses a bad token', async () => {
    const open = await startReceiver({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, JWKS_URL: jwks.url, ALLOW_UNAUTHENTICATED: '1' });
    try {
      const anonymous = await post(open, undefined, JSON.stringify({ schema: 'occhio.report/2', identity: { token: 'none', reason: 'sso-failed', errorCode: 13001 } }));
      expect(anonymous.status).toBe(202);
      expect(stored(open)).toEqual([expect.objectContaining({ authenticated: false, reporter: null })]);
      expect((await post(open, jwt(goodClaims({ aud: 'someone-else' })))).status).toBe(401);
    } finally {
      await open.stop();
    }
  }, 30_000);

  it('answers 429 with Retry-After once a reporter is over REPORTS_PER_HOUR, stores nothing more, and counts each reporter apart', async () => {
    const limited = await startReceiver({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, JWKS_URL: jwks.url, REPORTS_PER_HOUR: '2', ALLOW_UNAUTHENTICATED: '1' });
    try {
      const mario = jwt(goodClaims());
      expect((await post(limited, mario)).status).toBe(202);
      expect((await post(limited, mario)).status).toBe(202);
      const over = await post(limited, mario);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(over.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(stored(limited)).toHaveLength(2);
      // Another verified reporter has an allowance of their own, and anonymous reports one per client address.
      expect((await post(limited, jwt(goodClaims({ oid: 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee', preferred_username: 'anna.bianchi@acme.it' })))).status).toBe(202);
      expect((await post(limited, undefined)).status).toBe(202);
      expect((await post(limited, undefined)).status).toBe(202);
      expect((await post(limited, undefined)).status).toBe(429);
      expect(stored(limited)).toHaveLength(5);
    } finally {
      await limited.stop();
    }
  }, 30_000);

  it('refuses to start without the tenant and client when tokens are required', async () => {
    await expect(startReceiver({})).rejects.toThrow(/TENANT_ID is required/);
  }, 30_000);
});

describe('the receiver\'s rate limiter (rate-limit.mjs, on a fake clock)', () => {
  /** Runs the module in Node (it is an ES module, as the receiver runs it) and returns what `script` prints as JSON. */
  function run(script: string): unknown {
    const module = join(__dirname, '../../examples/report-receiver/rate-limit.mjs');
    const source = `import { createRateLimiter } from ${JSON.stringify(module)}; let clock = 0; const now = () => clock; ${script}`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' }));
  }

  it('is a sliding hour: a report leaves the window an hour after it was filed', () => {
    const results = run(`
      const limit = createRateLimiter(2, { now });
      const out = [limit.take('a'), (clock = 30 * 60_000, limit.take('a')), (clock = 59 * 60_000, limit.take('a'))];
      clock = 60 * 60_000; out.push(limit.take('a'));
      clock = 60 * 60_000 + 1; out.push(limit.take('a'));
      console.log(JSON.stringify(out));`);
    expect(results).toEqual([{ allowed: true }, { allowed: true }, { allowed: false, retryAfterSeconds: 60 }, { allowed: true }, { allowed: false, retryAfterSeconds: 1800 }]);
  });

  it('with a limit of 0 allows everything, and forgets the least recently active reporter past its memory bound', () => {
    const results = run(`
      const off = createRateLimiter(0, { now });
      const unlimited = Array.from({ length: 1000 }, () => off.take('a').allowed).every(Boolean);
      const limit = createRateLimiter(1, { now });
      limit.take('first');
      for (let i = 0; i < 10_000; i++) limit.take('r' + i);
      console.log(JSON.stringify({ unlimited, firstForgotten: limit.take('first').allowed, recentKept: limit.take('r9999').allowed }));`);
    expect(results).toEqual({ unlimited: true, firstForgotten: true, recentKept: false });
  });
});
