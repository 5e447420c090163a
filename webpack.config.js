// Builds the task pane into dist/taskpane: taskpane.html, a small entry chunk (React, Fluent, the skeleton) and
// lazy chunks (engine-core, engine, after-verdict, preview). `webpack --mode production` for release, `--mode development` for start.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, NormalModuleReplacementPlugin, sources } = require('webpack');
const { PreloadChunkGroupsPlugin } = require('./scripts/webpack/preload-chunk-groups-plugin.cjs');
const { VerdictBudgetPlugin } = require('./scripts/webpack/verdict-budget-plugin.cjs');

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
        // Griffel's optional build-time transform (https://www.npmjs.com/package/@griffel/webpack-loader, kept by the
        // Fluent UI team; Fluent's own packages ship transformed the same way): each makeStyles call becomes its class
        // names and CSS, computed here, so the pane ships neither Griffel's style compiler (stylis, rtl-css-js,
        // shorthand expansion) nor Fluent's `tokens` table: about 11 KB gzip less before the verdict. Loaders of
        // matching rules run last-listed first, so this one sees swc's JavaScript output, and only in the pane's code.
        { test: /[\\/]src[\\/]taskpane[\\/].*\.tsx?$/, use: '@griffel/webpack-loader' },
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
      // The engine group (what the verdict needs) downloads from the page's head, alongside office.js and the entry.
      new PreloadChunkGroupsPlugin({ groups: ['engine'] }),
      new CopyAssetsPlugin(),
      // postal-mime's own 60 KB table of HTML entities duplicates the `entities` trie htmlparser2 already brings:
      // a view over `entities` answers the same lookups (see the shim and its test).
      new NormalModuleReplacementPlugin(/^\.\/html-entities\.js$/, (resource) => {
        if (/postal-mime[\\/]dist[\\/]esm$/.test(resource.context)) {
          resource.request = path.resolve(__dirname, 'src/taskpane/shims/postal-mime-html-entities.ts');
        }
      }),
      // Sizes only mean something minified: the production build fails over the budget before the verdict (300 KB gzip).
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
