import * as v from 'valibot';
import type { Policy } from '../model';
import { DEFAULT_POLICY } from '../model';
import { formatIssues } from './format-issues';
import { IGNORED_KEYS, ORGANIZATION_FIELDS, REPORT_FIELDS, THRESHOLD_FIELDS, TOP_LEVEL_FIELDS } from './schema';

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; policy: Policy; errors: string[] };

export { MAX_LIST_ENTRIES, SUBJECT_PLACEHOLDERS } from './schema';

type Fields = Readonly<Record<string, v.GenericSchema>>;
const SECTIONS: Readonly<Record<'organization' | 'thresholds' | 'report', Fields>> = {
  organization: ORGANIZATION_FIELDS,
  thresholds: THRESHOLD_FIELDS,
  report: REPORT_FIELDS,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Validates each field of `input` with its schema. Valid fields are returned (normalized: trimmed,
 * lowercased domains...); each invalid or unknown field adds an error naming it and is left out, so
 * it keeps its default.
 */
function validateFields(input: Record<string, unknown>, fields: Fields, prefix: string, errors: string[]): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const schema = fields[key];
    if (!schema) {
      errors.push(`${path}: unknown field (expected one of: ${Object.keys(fields).join(', ')})`);
      continue;
    }
    const result = v.safeParse(schema, value);
    if (result.success) valid[key] = result.output;
    else errors.push(...formatIssues(path, result.issues));
  }
  return valid;
}

/**
 * Resolves a policy document (parsed policy.json) onto DEFAULT_POLICY. Never throws. A broken field gives an
 * error that names it and keeps its default while the valid fields apply, so a typo in a threshold does not
 * switch off the report mailbox:
 *   parsePolicy({ report: { mailbox: 'soc' } })
 *   => { ok: false, policy: DEFAULT_POLICY, errors: ["report.mailbox: must be an email address (like soc@acme.it), got 'soc'"] }
 */
export function parsePolicy(document: unknown): PolicyResult {
  if (!isPlainObject(document)) {
    return { ok: false, policy: DEFAULT_POLICY, errors: ['(policy): must be a JSON object like { "report": { "mailbox": "soc@acme.it" } }'] };
  }
  const errors: string[] = [];
  const plain: Record<string, unknown> = {};
  const sections: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(document)) {
    if (IGNORED_KEYS.includes(key)) continue;
    if (key in SECTIONS) {
      const fields = SECTIONS[key as keyof typeof SECTIONS];
      if (isPlainObject(value)) sections[key] = validateFields(value, fields, key, errors);
      else errors.push(`${key}: must be an object with ${Object.keys(fields).join(', ')}`);
    } else if (key in TOP_LEVEL_FIELDS) {
      Object.assign(plain, validateFields({ [key]: value }, TOP_LEVEL_FIELDS, '', errors));
    } else {
      const known = [...Object.keys(TOP_LEVEL_FIELDS), ...Object.keys(SECTIONS)].sort();
      errors.push(`${key}: unknown field (expected one of: ${known.join(', ')})`);
    }
  }

  let thresholds: Policy['thresholds'] = { ...DEFAULT_POLICY.thresholds, ...sections.thresholds };
  // The verdict levels must climb: caution <= suspicious <= dangerous, or a lower level would never show.
  if (!(thresholds.caution <= thresholds.suspicious && thresholds.suspicious <= thresholds.dangerous)) {
    errors.push(
      `thresholds: must satisfy caution <= suspicious <= dangerous, got ${thresholds.caution}, ${thresholds.suspicious}, ${thresholds.dangerous}; using the defaults`,
    );
    thresholds = DEFAULT_POLICY.thresholds;
  }

  const policy = {
    ...DEFAULT_POLICY,
    ...plain,
    organization: { ...DEFAULT_POLICY.organization, ...sections.organization },
    thresholds,
    report: { ...DEFAULT_POLICY.report, ...sections.report },
  } as Policy;
  return errors.length === 0 ? { ok: true, policy } : { ok: false, policy, errors };
}
