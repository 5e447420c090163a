import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripBrandSources } = require('../../scripts/webpack/strip-brand-sources-loader.cjs') as {
  stripBrandSources: (source: string) => string;
};

const BRANDS = join(__dirname, '../../src/engine/brands');
const files = readdirSync(BRANDS).filter((file) => file.endsWith('.ts'));

function syntaxErrors(source: string): number {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return out.diagnostics?.length ?? 0;
}

describe('strip-brand-sources-loader (the pane build leaves the brands’ sources out)', () => {
  it.each(files)('%s: no cited page is left, every playbook keeps its sources key, and the file still compiles', (file) => {
    const source = readFileSync(join(BRANDS, file), 'utf8');
    const stripped = stripBrandSources(source);
    expect(stripped).not.toMatch(/checked: '\d{4}-\d{2}-\d{2}'/);
    expect(stripped.match(/\bsources: \{/g)?.length ?? 0).toBe(source.match(/\bsources: \{/g)?.length ?? 0);
    expect(syntaxErrors(stripped)).toBe(0);
    // Everything outside the sources blocks is untouched: the domains and report channels are the same.
    const outside = (text: string): string[] => text.match(/\b(?:domains|report|safeUrl): [^\n]*/g)?.filter((l) => !l.includes('[]')) ?? [];
    expect(outside(stripped).every((line) => source.includes(line))).toBe(true);
  });

  it('skips braces and quotes inside strings and comments', () => {
    const source = "const a = { id: 'x', sources: { domains: [{ url: 'https://e.it/{', note: 'l\\'}' }], report: [] /* } */ }, name: 'y' };";
    expect(stripBrandSources(source)).toBe("const a = { id: 'x', sources: { domains: [], report: [] }, name: 'y' };");
  });

  it('refuses a sources block that never closes', () => {
    expect(() => stripBrandSources('const a = { sources: { domains: [ ')).toThrow(/unbalanced/);
  });
});
