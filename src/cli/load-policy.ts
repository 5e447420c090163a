import { readFileSync } from 'node:fs';
import type { Policy } from '../engine';
import { DEFAULT_POLICY, parsePolicy } from '../engine';

/** Loads --policy FILE; a broken file is a usage error (exit 2) in the CLI, where an admin is watching. */
export function loadPolicy(file: string | undefined): { policy: Policy } | { error: string } {
  if (!file) return { policy: DEFAULT_POLICY };
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { error: `cannot load policy ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = parsePolicy(document);
  return result.ok ? { policy: result.policy } : { error: `invalid policy ${file}:\n  ${result.errors.join('\n  ')}` };
}
