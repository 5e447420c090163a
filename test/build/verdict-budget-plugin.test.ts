import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import type { Configuration, Stats } from 'webpack';

interface SizedFile {
  file: string;
  gzip: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const budget = require('../../scripts/webpack/verdict-budget-plugin.cjs') as {
  BEFORE_VERDICT_BUDGET_KB: number;
  BEFORE_VERDICT_GROUPS: string[];
  VerdictBudgetPlugin: new (options?: { budgetKb?: number; groups?: string[] }) => webpack.WebpackPluginInstance;
  overBudgetMessage: (files: SizedFile[], budgetKb: number) => string | undefined;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const paneConfig = require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => Configuration;

/** Text that gzip cannot shrink much (a seeded generator), so the lazy chunk's size is known to within a few KB. */
function incompressible(chars: number, seed = 7): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < chars; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (state % 26));
  }
  return out;
}

/**
 * A pane in miniature: an entry that loads an "engine" chunk (about 12 KB gzip of data) lazily, as the real pane's
 * webpackChunkName comments do, and an "after-verdict" chunk the budget must not count.
 */
function writeMiniPane(dir: string, engineChunkName = 'engine'): void {
  writeFileSync(
    join(dir, 'index.js'),
    `import(/* webpackChunkName: "${engineChunkName}" */ './engine.js').then((m) => console.log(m.data.length));\n` +
      `import(/* webpackChunkName: "after-verdict" */ './details.js').then((m) => console.log(m.details.length));\n`,
  );
  writeFileSync(join(dir, 'engine.js'), `export const data = ${JSON.stringify(incompressible(20_000))};\n`);
  writeFileSync(join(dir, 'details.js'), `export const details = ${JSON.stringify(incompressible(40_000, 11))};\n`);
}

function compile(dir: string, plugin: webpack.WebpackPluginInstance): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(
      { mode: 'production', context: dir, entry: { taskpane: './index.js' }, output: { path: join(dir, 'dist') }, plugins: [plugin], performance: { hints: false } },
      (error, stats) => (error || !stats ? reject(error ?? new Error('no stats')) : resolve(stats)),
    );
  });
}

const errorsOf = (stats: Stats): string[] => stats.compilation.errors.map((error) => error.message);

describe('VerdictBudgetPlugin (the build fails over the budget before the verdict)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'occhio-budget-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a build within the budget and emits it', async () => {
    writeMiniPane(dir);
    const stats = await compile(dir, new budget.VerdictBudgetPlugin({ budgetKb: 40 }));
    expect(errorsOf(stats)).toEqual([]);
    expect(readdirSync(join(dir, 'dist')).some((file) => file.startsWith('engine'))).toBe(true);
  }, 30_000);

  it('fails a build over the budget with a message naming the total, the excess and the files, and emits nothing', async () => {
    writeMiniPane(dir);
    const stats = await compile(dir, new budget.VerdictBudgetPlugin({ budgetKb: 5 }));
    expect(stats.hasErrors()).toBe(true);
    const [message = ''] = errorsOf(stats);
    expect(message).toMatch(/before the verdict is \d+\.\d KB gzip, \d+\.\d KB over its budget of 5 KB/);
    expect(message).toMatch(/engine[^ ]*\.js \d+\.\d KB, taskpane[^ ]*\.js \d+\.\d KB/);
    // The after-verdict chunk (about twice the engine's size) is not counted: the total stays under 20 KB.
    const total = Number(/is (\d+\.\d) KB gzip/.exec(message)?.[1]);
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThan(20);
    expect(message).not.toMatch(/after-verdict[^ ]*\.js/);
    // A production build does not emit when it has errors, so no over-budget pane reaches dist/.
    expect(readdirSync(dir)).not.toContain('dist');
  }, 30_000);

  it('fails when a chunk group it measures is missing instead of counting less', async () => {
    writeMiniPane(dir, 'engine-renamed');
    const stats = await compile(dir, new budget.VerdictBudgetPlugin({ budgetKb: 1000 }));
    expect(errorsOf(stats).join('\n')).toMatch(/no chunk group named "engine"/);
  }, 30_000);

  it('overBudgetMessage: nothing at the budget exactly, the excess just over it', () => {
    const at = [
      { file: 'taskpane.js', gzip: 200 * 1024 },
      { file: 'engine-core.js', gzip: 100 * 1024 },
    ];
    expect(budget.overBudgetMessage(at, 300)).toBeUndefined();
    const over = budget.overBudgetMessage([...at, { file: 'engine.js', gzip: 512 }], 300);
    expect(over).toContain('300.5 KB gzip, 0.5 KB over its budget of 300 KB');
    // Largest first, so the message points at what to look at.
    expect(over).toMatch(/taskpane\.js 200\.0 KB, engine-core\.js 100\.0 KB, engine\.js 0\.5 KB/);
  });

  it('the pane build enforces 300 KB gzip on the entry and engine groups, in production only', () => {
    expect(budget.BEFORE_VERDICT_BUDGET_KB).toBe(300);
    expect(budget.BEFORE_VERDICT_GROUPS).toEqual(['taskpane', 'engine']);
    const isBudget = (plugin: unknown): boolean => plugin instanceof budget.VerdictBudgetPlugin;
    const production = paneConfig({}, { mode: 'production' });
    const plugins = production.plugins ?? [];
    expect(plugins.filter(isBudget)).toHaveLength(1);
    expect(plugins.find(isBudget)).toMatchObject({ budgetKb: 300, groups: ['taskpane', 'engine'] });
    expect((paneConfig({}, { mode: 'development' }).plugins ?? []).some(isBudget)).toBe(false);
  });
});
