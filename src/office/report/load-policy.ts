import type { Policy } from '../../engine';
import { DEFAULT_POLICY, parsePolicy } from '../../engine';
import { resolveWithin } from '../resolve-within';

/** policy.json is small and served beside the pane; a slow server must not hold the analysis back. */
export const POLICY_FETCH_TIMEOUT_MS = 5_000;
/** A policy larger than this is not a hand-written configuration: refuse it rather than parse it. */
export const MAX_POLICY_BYTES = 512 * 1024;

export interface LoadedPolicy {
  readonly policy: Policy;
  /** 'file': policy.json applied (maybe partly, see problems); 'defaults': none found or unusable. */
  readonly source: 'file' | 'defaults';
  /** Why fields or the whole file were ignored, for the admin (also written to the console). */
  readonly problems: readonly string[];
}

export type FetchLike = (url: string, init: { cache: 'no-cache'; signal?: AbortSignal; credentials: 'omit' }) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}>;

export interface PolicyConsole {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
}

/** 'https://addin.acme.it/occhio/taskpane.html?x=1' => 'https://addin.acme.it/occhio/policy.json'. */
export function policyUrlBeside(pageUrl: string): string {
  if (typeof URL === 'function') return new URL('policy.json', pageUrl).href;
  // Classic Outlook's JavaScript-only runtime may have no URL parser: drop query, fragment and file name.
  const path = pageUrl.split(/[?#]/)[0] ?? '';
  return `${path.slice(0, path.lastIndexOf('/') + 1)}policy.json`;
}

/** A step of the fetch, or why it failed: `resolveWithin` needs an attempt that never rejects. */
type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error };

/** `promise` as a Step within `ms`; past it, `abort()` cancels the request and the step fails. */
function stepWithin<T>(promise: Promise<T>, ms: number, abort: () => void): Promise<Step<T>> {
  const attempt = promise.then(
    (value): Step<T> => ({ ok: true, value }),
    (error: unknown): Step<T> => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );
  return resolveWithin(attempt, ms, (): Step<T> => {
    abort();
    return { ok: false, error: new Error(`no answer within ${ms} ms`) };
  });
}

/**
 * Fetches policy.json from `url` and validates it. Never throws and never blocks for long: a missing,
 * unreachable, oversized or broken file gives the defaults (a broken field keeps its default, the valid
 * fields apply), and the reason goes to the console, where an admin debugging the deployment looks.
 */
export async function loadPolicy(
  url: string,
  fetchImpl: FetchLike | undefined = typeof fetch === 'function' ? fetch : undefined,
  log: PolicyConsole = console,
  timeoutMs = POLICY_FETCH_TIMEOUT_MS,
): Promise<LoadedPolicy> {
  const fallback = (problem: string): LoadedPolicy => {
    log.warn(`[Occhio] policy: ${problem}; running on the default policy.`);
    return { policy: DEFAULT_POLICY, source: 'defaults', problems: [problem] };
  };
  if (!fetchImpl) return fallback('this runtime has no fetch');

  let body: string;
  try {
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const fetched = await stepWithin(
      fetchImpl(url, { cache: 'no-cache', credentials: 'omit', ...(controller ? { signal: controller.signal } : {}) }),
      timeoutMs,
      () => controller?.abort(),
    );
    if (!fetched.ok) return fallback(`cannot fetch ${url}: ${fetched.error.message}`);
    const response = fetched.value;
    if (response.status === 404) {
      log.info(`[Occhio] policy: no policy file at ${url} (404); running on the default policy.`);
      return { policy: DEFAULT_POLICY, source: 'defaults', problems: [`no policy file at ${url}`] };
    }
    if (!response.ok) return fallback(`${url} answered HTTP ${response.status}`);
    const read = await stepWithin(response.text(), timeoutMs, () => controller?.abort());
    if (!read.ok) return fallback(`cannot fetch ${url}: ${read.error.message}`);
    body = read.value;
  } catch (error) {
    return fallback(`cannot fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (body.length > MAX_POLICY_BYTES) return fallback(`${url} is larger than ${MAX_POLICY_BYTES} bytes`);

  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return fallback(`${url} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = parsePolicy(document);
  if (result.ok) {
    log.info(`[Occhio] policy: loaded ${url}.`);
    return { policy: result.policy, source: 'file', problems: [] };
  }
  log.warn(`[Occhio] policy: ${url} has errors; those fields keep their defaults:\n  ${result.errors.join('\n  ')}`);
  return { policy: result.policy, source: 'file', problems: result.errors };
}
