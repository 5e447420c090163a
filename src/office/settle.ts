// Office's *Async calls report through callbacks, and some clients never call back at all (a lost
// postMessage in Outlook on the web, an API missing from an older build). Every call goes through settle():
// a promise that always settles, within a timeout, and never throws inside Office's callback.

/** The shape of Office.AsyncResult that we read. */
export interface AsyncResultLike<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly message?: string; readonly code?: number | string } | null;
}

export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Default wait for one Office call; a whole-message download (getAsFileAsync) gets longer, see read-item.ts. */
export const OFFICE_CALL_TIMEOUT_MS = 10_000;

/**
 * Runs `start(callback)` and resolves with the callback's value, or with a reason when the call fails, throws,
 * or does not call back within `timeoutMs`. Example:
 *   settle((cb) => item.body.getAsync('html', cb)) => { ok: true, value: '<p>Hi</p>' }
 */
export function settle<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void, timeoutMs = OFFICE_CALL_TIMEOUT_MS): Promise<Settled<T>> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: Settled<T>): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `timed out after ${timeoutMs} ms` }), timeoutMs);
    try {
      start((result) => {
        try {
          if (result && result.status === 'succeeded') finish({ ok: true, value: result.value });
          else finish({ ok: false, reason: result?.error?.message || 'the Outlook call failed' });
        } catch (error) {
          finish({ ok: false, reason: String(error) });
        }
      });
    } catch (error) {
      finish({ ok: false, reason: error instanceof Error ? error.message : String(error) });
    }
  });
}
