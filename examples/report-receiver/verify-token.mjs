// Verifies the reporter's Microsoft Entra ID access token (what Office's getAccessToken gave the Report button) with
// jose: the signature against the tenant's published keys, then the claims that make it a token *for this receiver*,
// *from this tenant*, *now*. jose does the cryptography, key selection by `kid`, key caching and rotation; this file
// only says what to require.
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** Entra ID signs access tokens with RS256; anything else (HS256 with a public key as secret, 'none') is refused. */
const ALGORITHMS = ['RS256'];

export class TokenRejected extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'TokenRejected';
  }
}

/**
 * The key set URL: JWKS_URL when given, else jwks_uri from the tenant's OpenID Connect metadata
 * (https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration).
 */
async function jwksUrlFor(settings) {
  if (settings.jwksUrl) return new URL(settings.jwksUrl);
  const response = await fetch(settings.openIdConfigurationUrl, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`OpenID metadata ${settings.openIdConfigurationUrl}: HTTP ${response.status}`);
  const metadata = await response.json();
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`OpenID metadata ${settings.openIdConfigurationUrl} has no jwks_uri`);
  return new URL(metadata.jwks_uri);
}

/**
 * Returns verify(token) => { oid, tid, username, name } of the reporter, or throws TokenRejected with the reason.
 * The metadata is read once, at the first report; jose refetches the key set when a token names an unknown key
 * (Entra ID rotates keys), at most once every 30 s.
 */
export function createTokenVerifier(settings) {
  let keySet;
  const keys = async () => {
    keySet ??= jwksUrlFor(settings).then((url) => createRemoteJWKSet(url, { timeoutDuration: 10_000 }));
    try {
      return await keySet;
    } catch (error) {
      keySet = undefined; // try the metadata again at the next report
      throw error;
    }
  };

  return async function verify(token) {
    const jwks = await keys();
    let payload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ALGORITHMS,
        audience: settings.audiences,
        issuer: settings.issuers,
        clockTolerance: settings.clockSkewSeconds,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new TokenRejected(`${error.code}: ${error.message}`);
      throw error; // the key set could not be fetched: a server problem, not a bad token
    }
    // The issuer already names the tenant; tid is checked too so that a misconfigured issuer list cannot widen it.
    if (String(payload.tid).toLowerCase() !== settings.tenantId) throw new TokenRejected(`tenant ${payload.tid} is not ${settings.tenantId}`);
    if (settings.requiredScope) {
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(settings.requiredScope)) throw new TokenRejected(`scope ${settings.requiredScope} missing (scp: ${payload.scp ?? 'none'})`);
    }
    return {
      oid: String(payload.oid),
      tid: String(payload.tid),
      // preferred_username in v2.0 tokens, upn (or unique_name) in v1.0 tokens: the sign-in name, for people to read.
      // oid is the stable identifier to key on.
      username: String(payload.preferred_username ?? payload.upn ?? payload.unique_name ?? ''),
      name: typeof payload.name === 'string' ? payload.name : '',
    };
  };
}
