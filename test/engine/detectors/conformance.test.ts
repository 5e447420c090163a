import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTORS, UI_LANGUAGES } from '../../../src/engine';

const SOURCE_DIR = join(__dirname, '../../../src/engine/detectors');
const REQUIRED_IDS = [
  'brand-impersonation', 'lookalike-domain', 'auth-failure', 'reply-to-mismatch', 'display-name-spoof',
  'internal-impersonation', 'ms-verdict', 'credential-request', 'urgency-pressure', 'account-alert-lure',
  'money-lure', 'callback-lure', 'language-quality', 'link-text-mismatch', 'suspicious-link',
  'brand-link-mismatch', 'html-form', 'risky-attachment', 'hidden-text', 'brand-asset-hotlink',
];

describe('detector registry', () => {
  const ids = DETECTORS.map((d) => d.id);

  it('has unique ids, sorted', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('registers every detector of the design contract', () => {
    expect([...ids].sort()).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('is documented: every id in docs/detection.md (what it looks at) and docs/policy.md (disabledDetectors)', () => {
    const docs = join(__dirname, '../../../docs');
    for (const file of ['detection.md', 'policy.md']) {
      const text = readFileSync(join(docs, file), 'utf8');
      expect(ids.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
    }
  });

  it('registers every file of detectors/, one detector per file named by its id', () => {
    const files = readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(readFileSync(join(SOURCE_DIR, `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
  });

  describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s', (id, detector) => {
    const testFile = join(__dirname, `${id}.test.ts`);

    it('has a test file', () => {
      expect(existsSync(testFile)).toBe(true);
    });

    it('has a title, an explanation and messages in every UI language', () => {
      for (const language of UI_LANGUAGES) {
        expect(detector.title[language].trim()).not.toBe('');
        expect(detector.explanation[language].trim()).not.toBe('');
        for (const message of Object.values(detector.messages)) expect(message[language].trim()).not.toBe('');
      }
      expect(Object.keys(detector.messages).length).toBeGreaterThan(0);
    });

    it('uses and tests every message id it declares', () => {
      const source = readFileSync(join(SOURCE_DIR, `${id}.ts`), 'utf8');
      const tests = existsSync(testFile) ? readFileSync(testFile, 'utf8') : '';
      for (const messageId of Object.keys(detector.messages)) {
        expect(source).toMatch(new RegExp(`messageId: '${messageId}'|'${messageId}' as const`));
        expect(tests).toContain(`messageId: '${messageId}'`);
      }
    });

    it('uses the same placeholders in every language', () => {
      for (const message of Object.values(detector.messages)) {
        const placeholders = UI_LANGUAGES.map((language) => [...message[language].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(','));
        expect(new Set(placeholders).size).toBe(1);
      }
    });
  });
});
