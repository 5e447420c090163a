import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import type { Stats } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PreloadChunkGroupsPlugin } = require('../../scripts/webpack/preload-chunk-groups-plugin.cjs') as {
  PreloadChunkGroupsPlugin: new (options: { groups: string[] }) => webpack.WebpackPluginInstance;
};

/** An entry that lazily loads an "engine" chunk (with a library split off into a chunk of its own) and an "after-verdict" chunk. */
function writeMiniPane(dir: string): void {
  writeFileSync(
    join(dir, 'index.js'),
    `import(/* webpackChunkName: "engine" */ './engine.js').then((m) => console.log(m.run()));\n` +
      `import(/* webpackChunkName: "after-verdict" */ './details.js').then((m) => console.log(m.details));\n`,
  );
  writeFileSync(join(dir, 'engine.js'), `export { run } from './lib.js';\n`);
  writeFileSync(join(dir, 'lib.js'), `export function run() { return ${JSON.stringify('x'.repeat(30_000))}.length; }\n`);
  writeFileSync(join(dir, 'details.js'), `export const details = 'details';\n`);
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
}

function compile(dir: string, groups: string[]): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: { taskpane: './index.js' },
        output: { path: join(dir, 'dist'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', publicPath: '' },
        // Splits lib.js out of the engine chunk, as webpack does with the pane's libraries.
        optimization: { splitChunks: { chunks: 'async', minSize: 1000, cacheGroups: { lib: { test: /lib\.js$/, priority: 10, enforce: true } } } },
        plugins: [new HtmlWebpackPlugin({ template: './page.html', filename: 'page.html', chunks: ['taskpane'], scriptLoading: 'defer' }), new PreloadChunkGroupsPlugin({ groups })],
        performance: { hints: false },
      },
      (error, stats) => (error || !stats ? reject(error ?? new Error('no stats')) : resolve(stats)),
    );
  });
}

describe('PreloadChunkGroupsPlugin (the page fetches the engine while the entry loads)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'occhio-preload-'));
    writeMiniPane(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a low-priority script preload for every file of the group, not for the entry or other groups', async () => {
    const stats = await compile(dir, ['engine']);
    expect(stats.compilation.errors).toEqual([]);
    const engineFiles = [...new Set(stats.compilation.namedChunkGroups.get('engine')?.chunks.flatMap((chunk) => [...chunk.files]) ?? [])].sort();
    // The engine's own chunk and the library chunk split off it.
    expect(engineFiles).toHaveLength(2);
    const html = readFileSync(join(dir, 'dist/page.html'), 'utf8');
    // As the pane's build writes it (webpack minifies the HTML in production).
    const preloads = [...html.matchAll(/<link rel=preload as=script fetchpriority=low href=([^ >]+)>/g)].map((match) => match[1]).sort();
    expect(preloads).toEqual(engineFiles);
    expect(html).toMatch(/<script defer src=taskpane\.[0-9a-f]{8}\.js><\/script>/);
    expect(preloads.some((file) => file?.startsWith('taskpane.') || file?.startsWith('after-verdict.'))).toBe(false);
  }, 30_000);

  it('fails the build when the group does not exist', async () => {
    const stats = await compile(dir, ['engine-renamed']);
    expect(stats.compilation.errors.map((error) => error.message).join('\n')).toMatch(/no chunk group named "engine-renamed"/);
  }, 30_000);
});
