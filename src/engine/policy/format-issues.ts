import type * as v from 'valibot';

/**
 * Turns valibot's issues into sentences an admin can act on, each starting with the field's path:
 * ('report', [issue at 'mailbox']) => 'report.mailbox: must be an email address (like soc@acme.it), got "soc"'.
 * Array entries read as extraBrands[0].domains[2].
 */
export function formatIssues(base: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    let path = base;
    for (const item of issue.path ?? []) {
      const key: unknown = item.key;
      path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
    }
    const line = `${path}: ${issue.message}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
