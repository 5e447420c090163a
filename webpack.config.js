// Builds the task pane into dist/taskpane: taskpane.html, a small entry chunk (React, Fluent, the skeleton) and
// lazy chunks (engine, details, preview). `webpack --mode production` for release, `--mode development` for start.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, sources } = require('webpack');

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
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
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
        // Our modules have no import-time side effects: lets webpack drop unused engine modules from the entry chunk.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new CopyAssetsPlugin(),
    ],
    performance: { hints: false },
    // No eval-based source maps: the CSP forbids eval in the pane.
    devtool: production ? false : 'source-map',
  };
};
