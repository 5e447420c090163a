import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { DETECTORS } from '../../src/engine';
import { CATALOGS, pickLanguage } from '../../src/taskpane/i18n';
import { describeFindings } from '../../src/taskpane/model/describe-findings';
import { pickTheme } from '../../src/taskpane/theme/pick-theme';
import { findingOf } from './render-pane';

/** Every leaf of a catalog as 'path' => text. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
  return out;
}

describe('catalogs', () => {
  const en = leaves(CATALOGS.en);
  const it = leaves(CATALOGS.it);

  test('Italian and English have the same strings, none empty, with the same {placeholders}', () => {
    expect([...it.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect({ key, it: placeholders(it.get(key) ?? '') }).toEqual({ key, it: placeholders(text) });
    }
  });

  test('the no-flags wording never promises safety', () => {
    expect(CATALOGS.it.verdict.safe.headline).toBe('Nessun segnale di truffa trovato');
    expect(CATALOGS.en.verdict.safe.headline).toBe('No signs of a scam found');
  });

  test('a caution verdict never counts or heads its findings as red flags', () => {
    for (const lang of ['en', 'it'] as const) {
      const t = CATALOGS[lang];
      expect(`${t.flagsHeading.caution} ${t.flagCount.caution.one} ${t.flagCount.caution.other}`).not.toMatch(/red flag|allarme/i);
    }
  });

  test('no straight quotes and no masculine-only address in the catalogs', () => {
    for (const lang of ['en', 'it'] as const) {
      for (const [key, text] of leaves(CATALOGS[lang])) expect({ key, text, straight: /["']/.test(text) }).toEqual({ key, text, straight: false });
    }
    for (const [key, text] of it) expect({ key, masculine: /\b(attento|sicuro di|preoccupato)\b/i.test(text) }).toEqual({ key, masculine: false });
  });

  test('language from Office.context.displayLanguage, English fallback', () => {
    expect(pickLanguage('it-IT')).toBe('it');
    expect(pickLanguage('it-CH')).toBe('it');
    expect(pickLanguage('en-GB')).toBe('en');
    expect(pickLanguage('de-DE')).toBe('en');
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});

describe('describeFindings', () => {
  test('groups a detector’s findings, keeps the strongest severity, dedupes evidence', () => {
    const a = findingOf('link-text-mismatch', 'medium', ['x.top', 'y.top'], 'one');
    const b = findingOf('link-text-mismatch', 'high', ['x.top'], 'two');
    const c = findingOf('urgency-pressure', 'low', ['subito']);
    const views = describeFindings([c, a, b], DETECTORS, 'it');
    expect(views.map((v) => [v.detectorId, v.severity])).toEqual([
      ['link-text-mismatch', 'high'],
      ['urgency-pressure', 'low'],
    ]);
    expect(views[0]?.evidence).toEqual(['x.top', 'y.top']);
    // The strongest finding's sentence is the line; the other one waits behind "Why it matters".
    expect(views[0]?.line.filter((part) => part.kind === 'value').map((part) => part.text)).toEqual(['shown-two', 'actual-two']);
    expect(views[0]?.moreLines).toHaveLength(1);
    expect(views[0]?.title).toBe(DETECTORS.find((d) => d.id === 'link-text-mismatch')?.title.it);
  });

  test('under a caution verdict every finding is labelled a weak sign, whatever its weight', () => {
    const strong = findingOf('link-text-mismatch', 'high', ['x.top']);
    const medium = findingOf('urgency-pressure', 'medium', ['subito']);
    expect(describeFindings([strong, medium], DETECTORS, 'en', 'caution').map((v) => v.severity)).toEqual(['low', 'low']);
    expect(describeFindings([strong, medium], DETECTORS, 'en', 'suspicious').map((v) => v.severity)).toEqual(['high', 'medium']);
  });

  test('evidence already in the line is not listed again', () => {
    const finding = { ...findingOf('link-text-mismatch', 'high', []), data: { shown: 'amazon.it', actual: 'amazon-verify.top' }, evidence: ['amazon.it', 'amazon-verify.top', 'https://amazon-verify.top/x'] };
    expect(describeFindings([finding], DETECTORS, 'en')[0]?.evidence).toEqual(['https://amazon-verify.top/x']);
  });

  test('an unknown detector id still shows, by id', () => {
    const views = describeFindings([{ detectorId: 'from-policy', messageId: 'm', data: {}, severity: 'low', evidence: ['e'] }], DETECTORS, 'en');
    expect(views[0]?.title).toBe('from-policy');
  });
});

describe('pickTheme', () => {
  const none = { forcedColors: false, prefersDark: false };
  test('Office theme first, forced colours always win', () => {
    expect(pickTheme('dark', none)).toBe(webDarkTheme);
    expect(pickTheme('light', { forcedColors: false, prefersDark: true })).toBe(webLightTheme);
    expect(pickTheme(undefined, { forcedColors: false, prefersDark: true })).toBe(webDarkTheme);
    expect(pickTheme('dark', { forcedColors: true, prefersDark: true })).toBe(teamsHighContrastTheme);
    expect(pickTheme('high-contrast', none)).toBe(teamsHighContrastTheme);
  });
});
