import type { Policy } from '../model';
import { DEFAULT_POLICY } from '../model';

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; policy: Policy; errors: string[] };

/**
 * Resolves a policy document onto the defaults. PROVISIONAL: shallow merge without validation; the
 * reporting/administration issue replaces it with a schema that names the broken field.
 */
export function parsePolicy(document: unknown): PolicyResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, policy: DEFAULT_POLICY, errors: ['the policy must be a JSON object'] };
  }
  return { ok: true, policy: { ...DEFAULT_POLICY, ...(document as Partial<Policy>) } };
}
