// How many reports one reporter may file per hour. A verified reporter is counted by their Entra ID object id (oid),
// so one person cannot fill the disk from a script with their own token; anonymous reports (ALLOW_UNAUTHENTICATED)
// are counted per client address, which behind a reverse proxy is the proxy's: anonymous reports then share one
// allowance, the safe side.

/** Past this many reporters tracked at once, the oldest are forgotten (bounds the receiver's memory). */
const MAX_TRACKED = 10_000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * A sliding one-hour window per key. `take(key)` records one report and says whether it is allowed; when it is not,
 * `retryAfterSeconds` says when the oldest report in the window leaves it. A limit of 0 allows everything.
 */
export function createRateLimiter(perHour, { now = Date.now } = {}) {
  const windows = new Map();
  return {
    take(key) {
      if (perHour === 0) return { allowed: true };
      const time = now();
      const recent = (windows.get(key) ?? []).filter((at) => time - at < HOUR_MS);
      if (recent.length >= perHour) {
        windows.set(key, recent);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + HOUR_MS - time) / 1000)) };
      }
      recent.push(time);
      // Re-inserting moves the key to the end, so the Map's first key is the least recently active one.
      windows.delete(key);
      windows.set(key, recent);
      if (windows.size > MAX_TRACKED) windows.delete(windows.keys().next().value);
      return { allowed: true };
    },
  };
}
