import type { Policy } from '../engine';

/**
 * policy.json beside taskpane.html, read by the same loader as the Report button (src/office/report/load-policy:
 * timeout, size cap, per-field fallback to defaults, the reason in the console). Imported lazily into the engine
 * chunk, since validating needs the engine's schema and the first paint does not.
 */
export async function loadPanePolicy(pageUrl: string = window.location.href): Promise<Policy> {
  const { loadPolicy, policyUrlBeside } = await import(/* webpackChunkName: "engine" */ '../office/report/load-policy');
  return (await loadPolicy(policyUrlBeside(pageUrl))).policy;
}
