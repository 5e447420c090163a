import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The layer borders of DESIGN.md are lint rules (eslint.config.mjs); these cases prove each rule fires where it must
// and stays quiet where the code is allowed, so a config edit that opens a border fails here.

interface Case {
  readonly path: string;
  readonly code: string;
}

const ROOT = join(__dirname, '../..');

function lint(cases: readonly Case[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-probe.mjs')], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  return JSON.parse(output) as string[][];
}

const ENGINE = 'src/engine/detectors/probe.ts';

const FORBIDDEN: [string, Case, string][] = [
  ['the engine importing os', { path: ENGINE, code: "import { cpus } from 'os';\nexport const n = cpus();" }, 'no-restricted-imports'],
  ['the engine importing child_process', { path: ENGINE, code: "import { execSync } from 'child_process';\nexport const x = execSync;" }, 'no-restricted-imports'],
  ['the engine importing crypto', { path: ENGINE, code: "import { randomUUID } from 'crypto';\nexport const x = randomUUID;" }, 'no-restricted-imports'],
  ['the engine importing node:fs', { path: ENGINE, code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;" }, 'no-restricted-imports'],
  ['the engine reading the clock with new Date()', { path: ENGINE, code: 'export const now = new Date();' }, 'no-restricted-syntax'],
  ['the engine reading the clock with Date()', { path: ENGINE, code: 'export const now = Date();' }, 'no-restricted-syntax'],
  ['the engine reading the clock with Date.now()', { path: ENGINE, code: 'export const now = Date.now();' }, 'no-restricted-properties'],
  ['the engine timing with performance.now()', { path: ENGINE, code: 'export const t = performance.now();' }, 'no-restricted-globals'],
  ['the engine using Web Crypto', { path: ENGINE, code: 'export const id = crypto.randomUUID();' }, 'no-restricted-globals'],
  ['the engine using setTimeout', { path: ENGINE, code: 'setTimeout(() => undefined, 1);' }, 'no-restricted-globals'],
  ['the engine using setInterval', { path: ENGINE, code: 'setInterval(() => undefined, 1);' }, 'no-restricted-globals'],
  ['the engine using fetch', { path: ENGINE, code: "export const r = fetch('https://x.example');" }, 'no-restricted-globals'],
  ['the engine going around through globalThis', { path: ENGINE, code: "export const f = globalThis.fetch;" }, 'no-restricted-properties'],
  ['the engine importing the pane', { path: ENGINE, code: "import { App } from '../../taskpane/App';\nexport const x = App;" }, 'no-restricted-imports'],
  ['src/office importing the pane', { path: 'src/office/probe.ts', code: "import { App } from '../taskpane/App';\nexport const x = App;" }, 'no-restricted-imports'],
  ['src/office importing the commands', { path: 'src/office/probe.ts', code: "import { x } from '../commands/reasons';\nexport const y = x;" }, 'no-restricted-imports'],
  ['the pane importing the commands', { path: 'src/taskpane/probe.tsx', code: "import { x } from '../commands/reasons';\nexport const y = x;" }, 'no-restricted-imports'],
  ['the pane importing the CLI', { path: 'src/taskpane/probe.tsx', code: "import { x } from '../cli/scan';\nexport const y = x;" }, 'no-restricted-imports'],
  ['the commands importing the pane', { path: 'src/commands/probe.ts', code: "import { App } from '../taskpane/App';\nexport const x = App;" }, 'no-restricted-imports'],
  ['the CLI importing src/office', { path: 'src/cli/probe.ts', code: "import { x } from '../office/read-item';\nexport const y = x;" }, 'no-restricted-imports'],
  ['the pane rendering HTML', { path: 'src/taskpane/probe.tsx', code: 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;' }, 'no-restricted-syntax'],
];

const ALLOWED: [string, Case][] = [
  ['the engine parsing a date it is given', { path: ENGINE, code: "export const d = new Date('2026-12-02T09:00:00Z');" }],
  ['the engine using the punycode package', { path: ENGINE, code: "import { toASCII } from 'punycode/';\nexport const x = toASCII;" }],
  ['the engine using URL', { path: ENGINE, code: "export const h = new URL('https://x.example').hostname;" }],
  ['the pane importing the engine and src/office', { path: 'src/taskpane/probe.tsx', code: "import { analyze } from '../engine';\nimport { x } from '../office/read-item';\nexport const y = [analyze, x];" }],
  ['the commands importing src/office', { path: 'src/commands/probe.ts', code: "import { x } from '../office/read-item';\nexport const y = x;" }],
  ['the CLI using Node and the engine', { path: 'src/cli/probe.ts', code: "import { readFileSync } from 'node:fs';\nimport { analyze } from '../engine';\nexport const y = [readFileSync, analyze, Date.now()];" }],
];

describe('layer borders (eslint.config.mjs)', () => {
  const results = lint([...FORBIDDEN.map(([, c]) => c), ...ALLOWED.map(([, c]) => c)]);

  it.each(FORBIDDEN.map(([name, , rule], index) => [name, rule, index] as const))('forbids %s (%s)', (_name, rule, index) => {
    expect(results[index]).toContain(rule);
  });

  it.each(ALLOWED.map(([name], index) => [name, FORBIDDEN.length + index] as const))('allows %s', (_name, index) => {
    expect(results[index]).toEqual([]);
  });
});
