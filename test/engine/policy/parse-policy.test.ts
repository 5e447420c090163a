import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/engine';

function errorsOf(document: unknown): string[] {
  const result = parsePolicy(document);
  return result.ok ? [] : result.errors;
}

describe('parsePolicy', () => {
  it('gives the defaults for an empty document', () => {
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it('rejects a document that is not an object, keeping the defaults', () => {
    for (const document of [null, 'x', 3, [], undefined]) {
      const result = parsePolicy(document);
      expect(result.ok).toBe(false);
      expect(result.policy).toBe(DEFAULT_POLICY);
    }
  });

  it('accepts the example policy shipped in the repo', () => {
    const example: unknown = JSON.parse(readFileSync(join(__dirname, '../../../policy.example.json'), 'utf8'));
    const result = parsePolicy(example);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.policy.report.mailbox).toMatch(/@/);
    expect(result.policy.extraBrands.length).toBeGreaterThan(0);
  });

  it('merges sections field by field onto the defaults and normalizes case and spaces', () => {
    // Above the fitted default, whatever the calibration chose, so the levels still climb.
    const dangerous = DEFAULT_POLICY.thresholds.dangerous + 3;
    const result = parsePolicy({
      organization: { domains: [' Acme.IT ', 'acme.com'] },
      report: { mailbox: 'SOC@Acme.it', moveAfterReport: 'junk' },
      thresholds: { dangerous },
      trustedSenders: ['Billing@Partner.com'],
    });
    expect(result.ok).toBe(true);
    expect(result.policy.organization).toEqual({ name: '', domains: ['acme.it', 'acme.com'] });
    expect(result.policy.report).toEqual({ ...DEFAULT_POLICY.report, mailbox: 'soc@acme.it', moveAfterReport: 'junk' });
    expect(result.policy.thresholds).toEqual({ ...DEFAULT_POLICY.thresholds, dangerous });
    expect(result.policy.trustedSenders).toEqual(['billing@partner.com']);
  });

  it('names the broken field and keeps its valid neighbours', () => {
    const result = parsePolicy({ report: { mailbox: 'soc', endpoint: 'https://soar.acme.it/hook' } });
    expect(result.ok).toBe(false);
    expect(errorsOf({ report: { mailbox: 'soc' } })).toEqual(["report.mailbox: must be an email address (like soc@acme.it), got 'soc'"]);
    expect(result.policy.report.mailbox).toBe('');
    expect(result.policy.report.endpoint).toBe('https://soar.acme.it/hook');
  });

  it.each([
    [{ report: { mailbox: 'Security <soc@acme.it>' } }, 'report.mailbox: must be an email address'],
    [{ report: { endpoint: 'http://soar.acme.it/hook' } }, "report.endpoint: must be an https:// URL, got 'http://soar.acme.it/hook'"],
    [{ report: { endpoint: 'https://user:pw@soar.acme.it' } }, 'report.endpoint: must be an https:// URL'],
    [{ report: { moveAfterReport: 'archive' } }, 'report.moveAfterReport: must be one of junk, deleted, none; got "archive"'],
    [{ report: { actions: ['brand', 'brand'] } }, "report.actions: lists 'brand' twice"],
    [{ report: { actions: ['security'] } }, 'report.actions[0]: must be one of security-team, brand, not-phishing'],
    [{ report: { subjectFormat: '{verdict} {sender}' } }, 'report.subjectFormat: {sender} is not a placeholder'],
    [{ report: { mailbx: 'soc@acme.it' } }, 'report.mailbx: unknown field (expected one of: mailbox, subjectFormat'],
    [{ report: 'soc@acme.it' }, 'report: must be an object'],
    [{ organization: { domains: ['acme'] } }, "organization.domains[0]: 'acme' is not a domain name"],
    [{ organization: { domains: 'acme.it' } }, 'organization.domains: must be a list'],
    [{ trustedDomains: ['partner.com', 'Partner.com'] }, "trustedDomains: lists 'partner.com' twice"],
    [{ disabledDetectors: ['urgency'] }, "disabledDetectors[0]: 'urgency' is not a detector id"],
    [{ thresholds: { caution: 'low' } }, 'thresholds.caution: must be a number'],
    // Above any fitted default for `dangerous`, so the case does not hang on the score table.
    [{ thresholds: { suspicious: 1000 } }, 'thresholds: must satisfy caution <= suspicious <= dangerous'],
    [{ language: 'fr' }, 'language: must be one of en, it; got "fr"'],
    [{ helpUrl: 'javascript:alert(1)' }, 'helpUrl: must be an https:// URL'],
    [{ reportMailbox: 'soc@acme.it' }, 'reportMailbox: unknown field (expected one of:'],
    [{ extraBrands: [{ id: 'Poste Italiane', name: 'Poste', names: ['poste'], domains: ['poste.it'] }] }, 'extraBrands[0].id: must be a kebab-case id'],
    [{ extraBrands: [{ id: 'poste', name: 'Poste', names: ['poste'], domains: [] }] }, 'extraBrands[0].domains: must list at least one domain'],
    [{ extraBrands: [{ id: 'poste', name: 'Poste', names: ['poste'], domains: ['poste.it'], report: { url: 'http://poste.it' } }] }, 'extraBrands[0].report.url: must be an https:// URL'],
    [{ extraBrands: [{ id: 'poste', name: 'Poste', names: ['poste'], domains: ['poste.it'], colour: 'yellow' }] }, 'extraBrands[0].colour: unknown field'],
    [{ extraBrands: [{ id: 'poste', names: ['poste'], domains: ['poste.it'] }] }, 'extraBrands[0].name: is required'],
    [{ extraBrands: ['poste'] }, 'extraBrands[0]: must be an object (a brand playbook)'],
    [{ extraBrands: [{ id: 'poste', name: 'Poste', names: ['poste'], domains: ['poste.it'], advice: { en: 'x' } }] }, 'extraBrands[0].advice.it:'],
  ])('reports %j as an error naming the field', (document, expected) => {
    const errors = errorsOf(document);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });

  it('thresholds that do not climb fall back to the defaults as a whole', () => {
    const result = parsePolicy({ thresholds: { caution: 6, suspicious: 5 } });
    expect(result.policy.thresholds).toEqual(DEFAULT_POLICY.thresholds);
  });

  it('fills a brand playbook’s optional fields with their defaults', () => {
    const result = parsePolicy({ extraBrands: [{ id: 'poste-italiane', name: 'Poste Italiane', names: ['Poste Italiane', 'PosteID'], domains: ['poste.it', 'posteitaliane.it'] }] });
    expect(result.ok).toBe(true);
    expect(result.policy.extraBrands).toEqual([
      {
        id: 'poste-italiane',
        name: 'Poste Italiane',
        names: ['poste italiane', 'posteid'],
        domains: ['poste.it', 'posteitaliane.it'],
        assetDomains: [],
        sector: 'other',
        countries: [],
        neverAsks: [],
        report: {},
      },
    ]);
  });

  it('accepts "" to switch off the mailbox and endpoint, http on loopback, and the $schema key', () => {
    const result = parsePolicy({ $schema: './policy.schema.json', report: { mailbox: '', endpoint: 'http://127.0.0.1:8080/report' } });
    expect(result.ok).toBe(true);
    expect(result.policy.report.endpoint).toBe('http://127.0.0.1:8080/report');
  });

  it('checks URLs the same way in a runtime without a URL parser (classic Outlook’s JavaScript-only runtime)', () => {
    const saved = globalThis.URL;
    try {
      (globalThis as { URL?: unknown }).URL = undefined;
      expect(parsePolicy({ report: { endpoint: 'https://soar.acme.it:8443/hooks/occhio?x=1' } }).ok).toBe(true);
      expect(parsePolicy({ report: { endpoint: 'http://127.0.0.1:8080/r' } }).ok).toBe(true);
      for (const bad of ['http://soar.acme.it/', 'https://user:pw@soar.acme.it/', 'javascript:alert(1)', 'https://exa mple.com/']) {
        expect(errorsOf({ report: { endpoint: bad } })[0]).toContain('report.endpoint: must be an https:// URL');
      }
    } finally {
      globalThis.URL = saved;
    }
  });

  it('bounds list lengths so a hostile file stays cheap to check', () => {
    const domains = Array.from({ length: 1001 }, (_, i) => `d${i}.com`);
    expect(errorsOf({ trustedDomains: domains })).toEqual(['trustedDomains: must have at most 1000 entries']);
  });

  it('does not mutate its input', () => {
    const document = { organization: { domains: [' Acme.IT '] } };
    const copy = structuredClone(document);
    parsePolicy(document);
    expect(document).toEqual(copy);
  });
});
