/**
 * `attempt`'s value, or `onTimeout()`'s when `attempt` has not settled within `timeoutMs`; the timer is cleared
 * either way. The Report button's steps and the policy fetch use it so that no slow network call holds them past their limit:
 *   resolveWithin(fetchToken(), 5_000, () => 'none') => the token, or 'none' after 5 s
 * `attempt` must not reject: each caller turns its own failures into a value first.
 */
export async function resolveWithin<T>(attempt: Promise<T>, timeoutMs: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), timeoutMs);
  });
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
