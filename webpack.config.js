// Builds the task pane into dist/taskpane: taskpane.html, a small entry chunk (React, Fluent, the skeleton) and
// lazy chunks (engine-core, engine, after-verdict, preview). `webpack --mode production` for release, `--mode development` for start.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, NormalModuleReplacementPlugin, sources, WebpackError } = require('webpack');

/**
 * What the pane downloads before the verdict can show, in Outlook: the entry chunk group and the lazy "engine" group
 * (the chunks analyze, the policy loader and the report panel need; webpack splits shared libraries into numbered
 * chunks of the same group). The "after-verdict" (details, report actions) and "preview" groups are left out.
 */
const BEFORE_VERDICT_GROUPS = ['taskpane', 'engine'];
/**
 * Issue 7 set 250 KB gzip for the verdict's JavaScript on a corporate laptop; issue 15 raised it to 300 KB when the
 * pane went back to React 19 (React DOM is about 60 KB gzip more than Preact), with load-to-verdict kept within 10 %.
 */
const BEFORE_VERDICT_BUDGET_KB = 300;

/**
 * Prints the gzip -9 size of each chunk loaded before the verdict (and of the other groups, for reference) and warns
 * when their total exceeds the budget. webpack's own `performance` hints measure raw bytes per asset, not what
 * travels compressed nor what one screen waits for, so they stay off. Output goes to webpack's logger (shown by a
 * normal build; `--json` keeps only the warning), e.g.
 *   before verdict: taskpane.1a2b3c4d.js 389.9 KB raw 112.7 KB gzip … total 301 KB gzip (budget 250 KB)
 */
class VerdictBudgetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('VerdictBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'VerdictBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const logger = compilation.getLogger('VerdictBudgetPlugin');
        const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
        const sizeOf = (file) => {
          const buffer = assets[file].buffer();
          return { raw: buffer.byteLength, gzip: zlib.gzipSync(buffer, { level: 9 }).byteLength };
        };
        const filesOf = (groupName) => {
          const group = compilation.namedChunkGroups.get(groupName);
          return group ? [...new Set(group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith('.js'))))] : [];
        };
        const before = new Set(BEFORE_VERDICT_GROUPS.flatMap(filesOf));
        let raw = 0;
        let gzip = 0;
        for (const file of [...before].sort()) {
          const size = sizeOf(file);
          raw += size.raw;
          gzip += size.gzip;
          logger.info(`before verdict: ${file.padEnd(32)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(9)} gzip`);
        }
        logger.info(`before verdict: ${'total'.padEnd(32)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(9)} gzip (budget ${BEFORE_VERDICT_BUDGET_KB} KB gzip)`);
        for (const group of ['after-verdict', 'preview']) {
          const files = filesOf(group).filter((file) => !before.has(file));
          const sizes = files.map(sizeOf);
          const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
          logger.info(`${group}: ${files.join(' ')} ${kb(sum('raw'))} raw ${kb(sum('gzip'))} gzip`);
        }
        if (gzip > BEFORE_VERDICT_BUDGET_KB * 1024) {
          const warning = new WebpackError(
            `VerdictBudgetPlugin: the JavaScript loaded before the verdict is ${kb(gzip)} gzip, over the budget of ${BEFORE_VERDICT_BUDGET_KB} KB ` +
              `(${[...before].sort().join(', ')}). See the "before verdict" lines of the build log.`,
          );
          compilation.warnings.push(warning);
        }
      });
    });
  }
}

/** Copies assets/ (the manifest's icons) to dist/taskpane/assets without another dependency. */
class CopyAssetsPlugin {
  apply(compiler) {
    const dir = path.resolve(__dirname, 'assets');
    compiler.hooks.thisCompilation.tap('CopyAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.contextDependencies.add(dir);
        for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
          compilation.emitAsset(`assets/${file}`, new sources.RawSource(fs.readFileSync(path.join(dir, file))));
        }
      });
    });
  }
}

/** @returns {import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/taskpane'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      // Rendered by React 19 itself: Fluent UI v9 supports React 19 and not Preact (issue 15: a focus difference
      // showed under preact/compat), so no alias swaps the renderer.
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
        // The brand playbooks' sources are review data no analysis reads: left out of the pane (see the loader).
        { test: /[\\/]src[\\/]engine[\\/]brands[\\/][^\\/]+\.ts$/, enforce: 'pre', use: path.resolve(__dirname, 'scripts/webpack/strip-brand-sources-loader.cjs') },
        // Our modules have no import-time side effects: lets webpack drop unused engine modules from the entry chunk.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new CopyAssetsPlugin(),
      // postal-mime's own 60 KB table of HTML entities duplicates the `entities` trie htmlparser2 already brings:
      // a view over `entities` answers the same lookups (see the shim and its test).
      new NormalModuleReplacementPlugin(/^\.\/html-entities\.js$/, (resource) => {
        if (/postal-mime[\\/]dist[\\/]esm$/.test(resource.context)) {
          resource.request = path.resolve(__dirname, 'src/taskpane/shims/postal-mime-html-entities.ts');
        }
      }),
      // Sizes only mean something minified.
      ...(production ? [new VerdictBudgetPlugin()] : []),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The engine's own code in one chunk of its own ("engine-core"), so a change to the pane (a component the
          // preview shares with the report panel, say) never lands in it and never busts its cache: 85 KB gzip a
          // returning person keeps. Its libraries (postal-mime, tldts, ...) stay in webpack's vendor chunk.
          engineCore: { test: /[\\/]src[\\/]engine[\\/]/, chunks: 'async', name: 'engine-core', priority: 5, enforce: true },
        },
      },
    },
    // Raw per-asset limits would flag the engine chunk on every build; VerdictBudgetPlugin measures what matters.
    performance: { hints: false },
    // No eval-based source maps: the CSP forbids eval in the pane.
    devtool: production ? false : 'source-map',
  };
};
