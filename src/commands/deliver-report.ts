import { resolveWithin } from '../office/resolve-within';

/** A webhook that has not answered by then is down for our purposes; Outlook keeps its dialog waiting meanwhile. */
export const DELIVERY_TIMEOUT_MS = 15_000;

export type PostFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal; credentials: 'omit' },
) => Promise<{ readonly ok: boolean; readonly status: number }>;

export type DeliveryResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly failure: 'timeout' | 'network' | 'rejected'; readonly status?: number; readonly reason: string };

/**
 * POSTs the report as JSON. Never throws: a refused connection, a timeout or a non-2xx answer come back as
 * a failure the handler can explain. No cookies travel (credentials: 'omit'): the person is identified only by the
 * single sign-on access token, sent as `Authorization: Bearer` when there is one (the endpoint's CORS preflight must
 * then allow the Authorization header; docs/deploy.md), never by a browser session.
 */
export async function deliverReport(url: string, body: string, fetchImpl: PostFetch, timeoutMs = DELIVERY_TIMEOUT_MS, accessToken?: string): Promise<DeliveryResult> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const attempt = (async (): Promise<DeliveryResult> => {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) },
        body,
        credentials: 'omit',
        ...(controller ? { signal: controller.signal } : {}),
      });
      if (response.ok) return { ok: true, status: response.status };
      return { ok: false, failure: 'rejected', status: response.status, reason: `${url} answered HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, failure: 'network', reason: `cannot reach ${url}: ${error instanceof Error ? error.message : String(error)}` };
    }
  })();
  return resolveWithin(attempt, timeoutMs, () => {
    controller?.abort();
    return { ok: false, failure: 'timeout', reason: `no answer from ${url} within ${timeoutMs} ms` };
  });
}
