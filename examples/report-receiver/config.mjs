// The receiver's settings, from environment variables (README.md lists them). Invalid settings stop the server at
// start: a receiver that silently accepted everyone because a variable was misspelt would be worse than none.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The base64 of an .eml is a third larger than the message; the Report button sends at most 8 MB of it. */
export const DEFAULT_MAX_BODY_BYTES = 12 * 1024 * 1024;
/** Reports one reporter may file per hour (a person reports a handful a day; a script would file thousands). */
export const DEFAULT_REPORTS_PER_HOUR = 60;
/** Clock difference tolerated on exp/nbf between Microsoft Entra ID and this machine. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

function required(env, name) {
  const value = (env[name] ?? '').trim();
  if (!value) throw new Error(`${name} is required (see examples/report-receiver/README.md)`);
  return value;
}

function positiveInteger(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
  return value;
}

/** 'https://addin.acme.it/occhio/' => 'https://addin.acme.it': browsers send the origin alone. */
function originOf(value) {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') throw new Error(`ADDIN_ORIGIN must be https: ${value}`);
  return url.origin;
}

/**
 * Reads the settings. With ALLOW_UNAUTHENTICATED=1 only, the token settings may be left out (a receiver that accepts
 * anonymous reports and verifies none); otherwise TENANT_ID and CLIENT_ID are required.
 */
export function readConfig(env = process.env) {
  const allowUnauthenticated = env.ALLOW_UNAUTHENTICATED === '1' || env.ALLOW_UNAUTHENTICATED === 'true';
  const verifying = Boolean(env.TENANT_ID || env.CLIENT_ID) || !allowUnauthenticated;
  let token = null;
  if (verifying) {
    const tenantId = required(env, 'TENANT_ID').toLowerCase();
    const clientId = required(env, 'CLIENT_ID').toLowerCase();
    if (!GUID.test(tenantId)) throw new Error(`TENANT_ID must be the directory (tenant) ID, a GUID; got ${tenantId}`);
    if (!GUID.test(clientId)) throw new Error(`CLIENT_ID must be the app registration's Application (client) ID, a GUID; got ${clientId}`);
    // Access tokens name the API they are for in aud: the client ID in v2.0 tokens, the Application ID URI
    // (api://addin.acme.it/<client id>) in v1.0 tokens ("Microsoft identity platform access tokens").
    const audiences = [clientId, ...(env.RESOURCE ? [env.RESOURCE.trim()] : [])];
    token = {
      tenantId,
      audiences,
      // v2.0 and v1.0 issuers of this tenant, and nothing else: a token from another tenant is refused even when it
      // names this app (multitenant registrations are valid in every tenant).
      issuers: [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
      // The tenant's OpenID Connect metadata names its signing keys (jwks_uri); JWKS_URL skips the lookup (tests, or a
      // mirror when the receiver cannot reach the internet).
      openIdConfigurationUrl: env.OPENID_CONFIGURATION_URL || `https://login.microsoftonline.com/${tenantId}/v2.0/.well-known/openid-configuration`,
      jwksUrl: env.JWKS_URL || null,
      // Office's SSO tokens carry the scope the app registration exposes for Office: "For SSO this must be set to
      // access_as_user" ("Register an Office Add-in that uses legacy Office SSO with the Microsoft identity platform").
      requiredScope: env.REQUIRED_SCOPE ?? 'access_as_user',
      clockSkewSeconds: positiveInteger(env, 'CLOCK_SKEW_SECONDS', DEFAULT_CLOCK_SKEW_SECONDS),
    };
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: positiveInteger(env, 'PORT', 8787),
    path: env.RECEIVER_PATH || '/report',
    addinOrigin: originOf(required(env, 'ADDIN_ORIGIN')),
    reportsDir: env.REPORTS_DIR || 'reports',
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
    reportsPerHour: positiveInteger(env, 'REPORTS_PER_HOUR', DEFAULT_REPORTS_PER_HOUR),
    allowUnauthenticated,
    token,
    tlsCert: env.TLS_CERT || null,
    tlsKey: env.TLS_KEY || null,
  };
}
