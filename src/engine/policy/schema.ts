import * as v from 'valibot';
import type { Brand, BrandSector, Localized, NeverAsks, Policy, PostReportMove, ReportAction, UiLanguage } from '../model';
import { DETECTORS } from '../detectors';
import { isDomainName, isEmailAddress, isSecureUrl } from './formats';

/**
 * The policy.json schema, written with valibot: plain functions, no code generation (no eval / new Function),
 * so it runs under the add-in's strict Content-Security-Policy, and only the validators used here end up in
 * the bundle (a few kB, where ajv is ~120 kB and needs eval unless precompiled, and zod 4 classic ~50 kB).
 *
 * Every field is optional: an admin writes only what differs from the defaults. Messages say what is
 * expected; the field's path is added by format-issues.ts ("report.mailbox: must be an email address").
 */

/** A policy is written by people: a list longer than this is a mistake (or a hostile file), not a configuration. */
export const MAX_LIST_ENTRIES = 1000;
const MAX_TEXT_LENGTH = 500;

const text = (max = MAX_TEXT_LENGTH) =>
  v.pipe(v.string('must be a string'), v.trim(), v.maxLength(max, `must be at most ${max} characters`));

const nonEmptyText = (max = MAX_TEXT_LENGTH) => v.pipe(text(max), v.nonEmpty('must not be empty'));

function firstDuplicate(values: readonly unknown[]): unknown {
  const seen = new Set<unknown>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** A list of unique strings; `item` validates (and normalizes) each entry. */
function uniqueList<TItem extends v.GenericSchema<unknown, string>>(item: TItem) {
  return v.pipe(
    v.array(item, 'must be a list'),
    v.maxLength(MAX_LIST_ENTRIES, `must have at most ${MAX_LIST_ENTRIES} entries`),
    v.check((list) => firstDuplicate(list) === undefined, (issue) => `lists '${String(firstDuplicate(issue.input))}' twice`),
  );
}

// 'Acme.IT ' => 'acme.it'. Domains are compared lowercased everywhere in the engine.
const domain = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.toLowerCase(),
  v.check(isDomainName, (issue) => `'${issue.input}' is not a domain name (like acme.it)`),
);

const emailAddress = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.toLowerCase(),
  v.check(isEmailAddress, (issue) => `must be an email address (like soc@acme.it), got '${issue.input}'`),
);

const secureUrl = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.check(isSecureUrl, (issue) => `must be an https:// URL, got '${issue.input}'`),
);

/** '' switches the feature off (no mailbox: the report-to-security actions are hidden). */
const orEmpty = <TSchema extends v.GenericSchema<unknown, string>>(schema: TSchema) =>
  v.union([v.literal(''), schema], (issue) => issue.issues?.[issue.issues.length - 1]?.message ?? 'is not valid');

const localized = v.strictObject(
  { en: nonEmptyText(2000), it: nonEmptyText(2000) },
  (issue) => (issue.expected === 'never' ? 'unknown language' : issue.path ? 'is required' : 'must be an object with en and it texts'),
) satisfies v.GenericSchema<unknown, Localized>;

const SECTORS = [
  'retail', 'bank', 'payments', 'crypto', 'tech', 'social', 'streaming', 'courier', 'telecom', 'utility', 'government',
  'security', 'other',
] as const satisfies readonly BrandSector[];
const NEVER_ASKS = [
  'password', 'otp', 'card', 'bank-details', 'personal-data', 'phone-call', 'payment-by-link', 'attachment',
] as const satisfies readonly NeverAsks[];

const picklist = <const TOptions extends readonly string[]>(options: TOptions) =>
  v.picklist(options, (issue) => `must be one of ${options.join(', ')}; got ${JSON.stringify(issue.input)}`);

// kebab-case, like the built-in ids: 'poste-italiane'.
const BRAND_ID_PATTERN = /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}$/;

// Where a playbook's trust anchors come from (model/brand.ts BrandSources): optional for an admin's own brands.
const isoDate = v.pipe(v.string('must be a string'), v.trim(), v.isoDate('must be a date like 2026-12-05'));
// A cited page's address, as found: some sources are only served over http. It is a citation, never opened for the user.
const sourceUrl = v.pipe(v.string('must be a string'), v.trim(), v.regex(/^https?:\/\/[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i, 'must be an http(s):// address'));
const sourceFields = { url: sourceUrl, checked: isoDate, note: v.optional(nonEmptyText(500)) };
const brandSources = v.strictObject(
  {
    domains: v.pipe(
      v.array(v.strictObject({ ...sourceFields, domains: v.pipe(uniqueList(domain), v.minLength(1, 'must list at least one domain')) }, unknownOrObject('url, checked, domains, note')), 'must be a list'),
      v.maxLength(MAX_LIST_ENTRIES, `must have at most ${MAX_LIST_ENTRIES} entries`),
    ),
    report: v.optional(
      v.pipe(
        v.array(v.strictObject({ ...sourceFields, channel: nonEmptyText(500) }, unknownOrObject('url, checked, channel, note')), 'must be a list'),
        v.maxLength(MAX_LIST_ENTRIES, `must have at most ${MAX_LIST_ENTRIES} entries`),
      ),
      [],
    ),
  },
  unknownOrObject('domains and report sources'),
);

const brand = v.strictObject(
  {
    id: v.pipe(v.string('must be a string'), v.regex(BRAND_ID_PATTERN, 'must be a kebab-case id like poste-italiane')),
    name: nonEmptyText(100),
    names: v.pipe(uniqueList(v.pipe(nonEmptyText(100), v.toLowerCase())), v.minLength(1, 'must list at least one name')),
    domains: v.pipe(uniqueList(domain), v.minLength(1, 'must list at least one domain')),
    assetDomains: v.optional(uniqueList(domain), []),
    sector: v.optional(picklist(SECTORS), 'other'),
    countries: v.optional(
      uniqueList(v.pipe(v.string('must be a string'), v.toUpperCase(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code like IT'))),
      [],
    ),
    neverAsks: v.optional(uniqueList(picklist(NEVER_ASKS)), []),
    report: v.optional(
      v.strictObject({ url: v.optional(secureUrl), email: v.optional(emailAddress) }, unknownOrObject('url and email')),
      {},
    ),
    safeUrl: v.optional(secureUrl),
    advice: v.optional(localized),
    sources: v.optional(brandSources),
  },
  unknownOrObject('a brand playbook'),
) satisfies v.GenericSchema<unknown, Brand>;

/**
 * Message for strictObject: an unexpected key ('expected never'), a required key that is missing (the issue
 * has the key's path), or a value that is not an object at all.
 */
function unknownOrObject(what: string) {
  return (issue: v.StrictObjectIssue | v.ObjectIssue) =>
    issue.expected === 'never' ? 'unknown field' : issue.path ? 'is required' : `must be an object (${what})`;
}

const KNOWN_DETECTOR_IDS = DETECTORS.map((detector) => detector.id);

const detectorId = v.pipe(
  v.string('must be a string'),
  v.check((id) => KNOWN_DETECTOR_IDS.includes(id), (issue) => `'${issue.input}' is not a detector id (see docs/policy.md)`),
);

const score = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(1000, 'must be at most 1000'),
);

const REPORT_ACTIONS = ['security-team', 'brand', 'not-phishing'] as const satisfies readonly ReportAction[];
const MOVES = ['junk', 'deleted', 'none'] as const satisfies readonly PostReportMove[];
const LANGUAGES = ['en', 'it'] as const satisfies readonly UiLanguage[];

/** The placeholders report subjects may use (filled by src/office/report). */
export const SUBJECT_PLACEHOLDERS = ['verdict', 'subject', 'score', 'brand'] as const;

function unknownPlaceholder(format: string): string | undefined {
  for (const match of format.matchAll(/\{(\w{1,40})\}/g)) {
    const name = match[1] ?? '';
    if (!(SUBJECT_PLACEHOLDERS as readonly string[]).includes(name)) return name;
  }
  return undefined;
}

const subjectFormat = v.pipe(
  nonEmptyText(200),
  v.check(
    (format) => unknownPlaceholder(format) === undefined,
    (issue) => `{${unknownPlaceholder(issue.input) ?? ''}} is not a placeholder; use ${SUBJECT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
  ),
);

type FieldSchemas<T> = { readonly [K in keyof T]-?: v.GenericSchema<unknown, T[K]> };

/** Sections validated field by field, so one bad field does not throw away its valid neighbours. */
export const ORGANIZATION_FIELDS: FieldSchemas<Policy['organization']> = {
  name: text(200),
  domains: uniqueList(domain),
};

export const THRESHOLD_FIELDS: FieldSchemas<Policy['thresholds']> = { caution: score, suspicious: score, dangerous: score };

export const REPORT_FIELDS: FieldSchemas<Policy['report']> = {
  mailbox: orEmpty(emailAddress),
  subjectFormat,
  actions: uniqueList(picklist(REPORT_ACTIONS)),
  endpoint: orEmpty(secureUrl),
  moveAfterReport: picklist(MOVES),
};

type PlainFields = Omit<Policy, 'organization' | 'thresholds' | 'report'>;

export const TOP_LEVEL_FIELDS: FieldSchemas<PlainFields> = {
  trustedSenders: uniqueList(emailAddress),
  trustedDomains: uniqueList(domain),
  trustedAuthservIds: uniqueList(domain),
  extraBrands: v.pipe(
    v.array(brand, 'must be a list of brand playbooks'),
    v.maxLength(100, 'must have at most 100 brands'),
    v.check(
      (brands) => firstDuplicate(brands.map((b) => b.id)) === undefined,
      (issue) => `lists the brand id '${String(firstDuplicate(issue.input.map((b) => b.id)))}' twice`,
    ),
  ),
  disabledDetectors: uniqueList(detectorId),
  language: picklist(LANGUAGES),
  helpUrl: orEmpty(secureUrl),
};

/** Keys that are not policy but are welcome in the file: "$schema" lets editors validate and complete it. */
export const IGNORED_KEYS: readonly string[] = ['$schema', '$comment'];
