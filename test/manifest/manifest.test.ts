/**
 * @jest-environment jsdom
 *
 * The manifest checked offline (Microsoft's validator needs the internet: `npm run validate`): well-formed XML,
 * the elements Outlook requires, every resid resolving in its VersionOverrides, HTTPS everywhere, icon files that
 * exist at the declared pixel sizes, and every display string in Italian as well as English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const ROOT = join(__dirname, '../..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const LOCALES = ['it-IT'];

const all = (name: string, root: Document | Element = doc): Element[] => [...root.getElementsByTagNameNS('*', name)];
const one = (name: string, root: Document | Element = doc): Element => {
  const found = all(name, root)[0];
  if (!found) throw new Error(`<${name}> missing`);
  return found;
};
const childrenNamed = (parent: Element, name: string): Element[] => [...parent.children].filter((c) => c.localName === name);

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png => <repo>/assets/icon-16.png */
function assetFile(url: string): string {
  return join(ROOT, 'assets', basename(new URL(url).pathname));
}

test('is well-formed XML with an OfficeApp MailApp root', () => {
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('OfficeApp');
  expect(doc.documentElement.getAttribute('xsi:type')).toBe('MailApp');
});

test('has the elements Outlook requires, in least privilege', () => {
  expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  for (const name of ['ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'FormSettings']) one(name);
  expect(all('Host').some((h) => h.getAttribute('Name') === 'Mailbox')).toBe(true);
  expect(one('Permissions').textContent).toBe('ReadItem');
  expect(all('Rule').some((r) => r.getAttribute('xsi:type') === 'ItemIs' && r.getAttribute('ItemType') === 'Message' && r.getAttribute('FormType') === 'Read')).toBe(true);
  expect(all('Form').some((f) => f.getAttribute('xsi:type') === 'ItemRead')).toBe(true);
});

test('a read-mode button opens a pinnable task pane (VersionOverrides 1.1)', () => {
  const v11 = all('VersionOverrides').find((v) => v.getAttribute('xsi:type') === 'VersionOverridesV1_1');
  expect(v11).toBeDefined();
  const surface = all('ExtensionPoint', v11).find((e) => e.getAttribute('xsi:type') === 'MessageReadCommandSurface');
  expect(surface).toBeDefined();
  const action = all('Action', surface).find((a) => a.getAttribute('xsi:type') === 'ShowTaskpane');
  expect(action && one('SupportsPinning', action).textContent).toBe('true');
});

test('every resid resolves to a resource of its own VersionOverrides', () => {
  const overrides = all('VersionOverrides');
  expect(overrides.length).toBeGreaterThan(0);
  for (const block of overrides) {
    const resources = childrenNamed(block, 'Resources')[0];
    expect(resources).toBeDefined();
    const ids = new Set(all('*', resources).map((e) => e.getAttribute('id')).filter(Boolean));
    // resids used in this block but not inside a nested VersionOverrides (which has its own resources).
    const own = all('*', block).filter((e) => {
      if (!e.hasAttribute('resid')) return false;
      let parent = e.parentElement;
      while (parent && parent.localName !== 'VersionOverrides') parent = parent.parentElement;
      return parent === block;
    });
    expect(own.length).toBeGreaterThan(0);
    for (const element of own) expect({ resid: element.getAttribute('resid'), found: ids.has(element.getAttribute('resid')) }).toEqual({ resid: element.getAttribute('resid'), found: true });
  }
});

test('every URL is HTTPS', () => {
  const urls = [
    ...all('*')
      .filter((e) => ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image'].includes(e.localName) && e.hasAttribute('DefaultValue'))
      .map((e) => e.getAttribute('DefaultValue') ?? ''),
    ...all('AppDomain').map((e) => e.textContent ?? ''),
  ];
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
});

test('icons exist in assets/ at the declared pixel sizes (16/32/64/80/128)', () => {
  const declared: [string, number][] = [
    [one('IconUrl').getAttribute('DefaultValue') ?? '', 64],
    [one('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 128],
  ];
  for (const block of all('VersionOverrides')) {
    const resources = childrenNamed(block, 'Resources')[0];
    const images = new Map(all('Image', resources).filter((e) => e.hasAttribute('id')).map((e) => [e.getAttribute('id') ?? '', e.getAttribute('DefaultValue') ?? '']));
    for (const use of all('Image', block).filter((e) => e.hasAttribute('resid'))) {
      declared.push([images.get(use.getAttribute('resid') ?? '') ?? '', Number(use.getAttribute('size'))]);
    }
  }
  const sizes = new Set(declared.map(([, size]) => size));
  for (const size of [16, 32, 64, 80, 128]) expect(sizes.has(size) || existsSync(join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  for (const [url, size] of declared) {
    const file = assetFile(url);
    expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
  }
  for (const size of [16, 32, 64, 80, 128]) expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
});

test('display strings are complete in Italian (and English by default)', () => {
  const localized = [one('DisplayName'), one('Description'), ...all('String')];
  expect(localized.length).toBeGreaterThan(3);
  for (const element of localized) {
    const label = element.getAttribute('id') ?? element.localName;
    expect({ label, default: (element.getAttribute('DefaultValue') ?? '').trim() !== '' }).toEqual({ label, default: true });
    for (const locale of LOCALES) {
      const override = childrenNamed(element, 'Override').find((o) => o.getAttribute('Locale') === locale);
      expect({ label, locale, value: (override?.getAttribute('Value') ?? '').trim() !== '' }).toEqual({ label, locale, value: true });
    }
  }
  // Short strings have a 125-character limit, long strings 250 (Office manifest schema).
  for (const s of all('ShortStrings').flatMap((b) => all('String', b))) for (const v of [s.getAttribute('DefaultValue'), ...childrenNamed(s, 'Override').map((o) => o.getAttribute('Value'))]) expect((v ?? '').length).toBeLessThanOrEqual(125);
  for (const s of all('LongStrings').flatMap((b) => all('String', b))) for (const v of [s.getAttribute('DefaultValue'), ...childrenNamed(s, 'Override').map((o) => o.getAttribute('Value'))]) expect((v ?? '').length).toBeLessThanOrEqual(250);
});
