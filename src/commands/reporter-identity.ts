import type { GetAccessTokenLike } from '../office/report';
import { resolveWithin } from '../office/resolve-within';

/**
 * How long the Report button waits for Office's single sign-on token. Office answers from its cache in
 * milliseconds; a first token for the day asks Microsoft Entra ID over the network. Past this, the report goes
 * unauthenticated rather than late (the whole event has five minutes, "Implement an integrated spam-reporting
 * add-in", and the delivery itself may need 15 s).
 */
export const IDENTITY_TOKEN_TIMEOUT_MS = 5_000;

/**
 * What the build compiled in when the admin turned single sign-on on (`npm run build -- --sso-client-id ...`):
 * the manifest then carries the matching <WebApplicationInfo>, without which getAccessToken fails with 13000.
 */
export interface SsoConfig {
  readonly clientId: string;
  readonly resource: string;
}

/** Why a report travels without a token. */
export type UnauthenticatedReason =
  /** The build has no --sso-client-id: no token is ever requested. */
  | 'sso-not-configured'
  /** This Outlook offers neither OfficeRuntime.auth.getAccessToken nor Office.auth.getAccessToken. */
  | 'sso-unavailable'
  /** getAccessToken failed; errorCode says why (13001 not signed in, 13003 account type, 13007 no token, ...). */
  | 'sso-failed'
  /** No answer within IDENTITY_TOKEN_TIMEOUT_MS. */
  | 'sso-timeout';

/**
 * The payload's statement about the request, not about the person: a name the add-in wrote into the body would be a
 * claim anyone can forge, so the reporter is whoever the receiver finds in the verified bearer token, and nothing
 * else. 'bearer': the request carries `Authorization: Bearer <Microsoft Entra ID access token>`.
 */
export type PayloadIdentity =
  | { readonly token: 'bearer'; readonly reason: null; readonly errorCode: null }
  | { readonly token: 'none'; readonly reason: UnauthenticatedReason; readonly errorCode: number | null };

export interface ReporterIdentity {
  /** The raw access token, for the Authorization header only (never written into the payload or a log). */
  readonly accessToken: string | undefined;
  readonly identity: PayloadIdentity;
  /** For the console when there is no token. */
  readonly detail?: string;
}

const unauthenticated = (reason: UnauthenticatedReason, errorCode: number | null = null, detail?: string): ReporterIdentity => ({
  accessToken: undefined,
  identity: { token: 'none', reason, errorCode },
  ...(detail ? { detail } : {}),
});

/** A compact JWS: three base64url parts. Anything else would only make the receiver answer 401. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** 13001 from `{ code: 13001 }`, `{ code: '13001' }`; null for anything else. */
function errorCodeOf(error: unknown): number | null {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  const number = typeof code === 'number' ? code : typeof code === 'string' ? Number(code) : NaN;
  return Number.isInteger(number) ? number : null;
}

/**
 * Asks Office for the signed-in person's access token to the add-in's own API (the <WebApplicationInfo> resource).
 * Never throws and never blocks the report: every failure comes back as 'none' with its reason, and the report is
 * delivered unauthenticated (the receiver decides whether to accept that).
 *
 * Silent only: allowSignInPrompt and allowConsentPrompt stay false because the spam-reporting event runs without UI
 * (Microsoft's event-based NAA sample, "Use SSO in events in an Outlook add-in using nested app authentication",
 * does not prompt "because event code cannot interact with UI"); a person not signed in (13001) or without consent
 * (13002/13007) is reported unauthenticated, with the code, so the security team can see why.
 */
export async function requestReporterIdentity(
  getAccessToken: GetAccessTokenLike | undefined,
  sso: SsoConfig | undefined,
  timeoutMs = IDENTITY_TOKEN_TIMEOUT_MS,
): Promise<ReporterIdentity> {
  if (!sso) return unauthenticated('sso-not-configured');
  if (!getAccessToken) return unauthenticated('sso-unavailable', null, 'this Outlook has no getAccessToken');
  const attempt = (async (): Promise<ReporterIdentity> => {
    try {
      const token = await getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false });
      if (typeof token !== 'string' || !JWT_SHAPE.test(token)) return unauthenticated('sso-failed', null, 'getAccessToken returned no token');
      return { accessToken: token, identity: { token: 'bearer', reason: null, errorCode: null } };
    } catch (error) {
      const raw = error && typeof error === 'object' ? (error as { message?: unknown }).message : error;
      const message = typeof raw === 'string' ? raw : '';
      return unauthenticated('sso-failed', errorCodeOf(error), message || 'getAccessToken failed');
    }
  })();
  return resolveWithin(attempt, timeoutMs, () => unauthenticated('sso-timeout', null, `no token within ${timeoutMs} ms`));
}
