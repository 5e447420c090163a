/**
 * @jest-environment jsdom
 *
 * The Report button's manifest entries agree with the handler: the function name it registers, the runtime that
 * loads it, and the preprocessing options in the order the handler reads event.options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_REASONS } from '../../src/commands/reasons';

const xml = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (name: string, root: Document | Element = doc): Element[] => [...root.getElementsByTagNameNS('*', name)];

const v11 = all('VersionOverrides').find((v) => v.getAttribute('xsi:type') === 'VersionOverridesV1_1')!;
const surface = all('ExtensionPoint', v11).find((e) => e.getAttribute('xsi:type') === 'ReportPhishingCommandSurface');

function resource(id: string | null): Element {
  const found = all('*', v11).find((e) => e.getAttribute('id') === id && e.hasAttribute('DefaultValue'));
  if (!found) throw new Error(`resource ${id} missing`);
  return found;
}

test('declares the Report button (ReportPhishingCommandSurface) calling onSpamReport', () => {
  expect(surface).toBeDefined();
  expect(all('FunctionName', surface).map((e) => e.textContent)).toEqual(['onSpamReport']);
  expect(all('Action', surface)[0]?.getAttribute('xsi:type')).toBe('ExecuteFunction');
});

test('runs in the commands runtime: commands.html, with commands.js for the JavaScript-only runtime', () => {
  const runtime = all('Runtime', v11)[0]!;
  const source = all('SourceLocation', surface).at(-1)!;
  expect(source.getAttribute('resid')).toBe(runtime.getAttribute('resid'));
  expect(all('FunctionFile', v11)[0]?.getAttribute('resid')).toBe(runtime.getAttribute('resid'));
  expect(resource(runtime.getAttribute('resid')).getAttribute('DefaultValue')).toMatch(/\/commands\.html$/);
  const js = all('Override', runtime).find((o) => o.getAttribute('type') === 'javascript');
  expect(resource(js?.getAttribute('resid') ?? null).getAttribute('DefaultValue')).toMatch(/\/commands\.js$/);
});

test('offers the handler’s reasons, in its order, in English and Italian', () => {
  const options = all('Option', surface).map((o) => resource(o.getAttribute('resid')));
  expect(options.map((o) => o.getAttribute('DefaultValue'))).toEqual(REPORT_REASONS.map((r) => r.label.en));
  expect(options.map((o) => [...o.children].find((c) => c.getAttribute('Locale') === 'it-IT')?.getAttribute('Value'))).toEqual(REPORT_REASONS.map((r) => r.label.it));
  expect(options.length).toBeLessThanOrEqual(5); // Outlook's limit
  expect(all('FreeTextLabel', surface)).toHaveLength(1);
});
