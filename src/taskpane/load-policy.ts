import type { Policy } from '../engine';
import { DEFAULT_POLICY } from '../engine/model/policy';

/** A policy file is tiny; a server that does not answer in this time must not hold the pane. */
export const POLICY_TIMEOUT_MS = 3_000;

/**
 * policy.json beside taskpane.html. Missing (404), unreadable or invalid: the pane runs on defaults and tells the
 * admin-facing console why (console.warn), never the person reading mail.
 */
export async function loadPolicy(fetchImpl: typeof fetch = fetch, url = 'policy.json'): Promise<Policy> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), POLICY_TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, { cache: 'no-cache', signal: controller.signal });
    if (!response.ok) return DEFAULT_POLICY;
    const document: unknown = await response.json();
    const { parsePolicy } = await import(/* webpackChunkName: "engine" */ '../engine/policy');
    const result = parsePolicy(document);
    if (!result.ok) console.warn(`[Occhio] ${url} is invalid, running on defaults: ${result.errors.join('; ')}`);
    return result.policy;
  } catch (error) {
    console.warn(`[Occhio] ${url} could not be read, running on defaults: ${String(error)}`);
    return DEFAULT_POLICY;
  } finally {
    clearTimeout(timer);
  }
}
