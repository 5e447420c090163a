// Webpack plugin for the pane's build: adds <link rel="preload" as="script"> to taskpane.html for the files of
// named lazy chunk groups, so the browser fetches the engine while it is still loading office.js and the entry chunk,
// instead of only once the entry has run and asked for it. The entry's import() then finds the files already
// downloaded (same URL, no crossorigin attribute on either side, as webpack's script tags have none by default).
// Preload only fetches: nothing runs before the entry asks for it. fetchpriority="low" keeps the entry (deferred
// scripts are fetched at low priority) from waiting behind them, so the skeleton paints as soon as before.
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The .js files of the chunk groups named `groups`, without those the page already loads as scripts, sorted. */
function preloadedFiles(compilation, groups, alreadyLoaded) {
  const files = new Set();
  for (const name of groups) {
    const group = compilation.namedChunkGroups.get(name);
    if (!group) throw new Error(`PreloadChunkGroupsPlugin: no chunk group named "${name}" (were the webpackChunkName comments renamed?)`);
    for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js') && !alreadyLoaded.has(file)) files.add(file);
  }
  return [...files].sort();
}

class PreloadChunkGroupsPlugin {
  /** @param {{ groups: string[] }} options e.g. { groups: ['engine'] } */
  constructor({ groups }) {
    this.groups = groups;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunkGroupsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunkGroupsPlugin', (data) => {
        const scripts = [...data.headTags, ...data.bodyTags].filter((tag) => tag.tagName === 'script' && typeof tag.attributes.src === 'string');
        const loaded = new Set(scripts.map((tag) => tag.attributes.src.slice(data.publicPath.length)));
        const links = preloadedFiles(compilation, this.groups, loaded).map((file) =>
          HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', fetchpriority: 'low', href: `${data.publicPath}${file}` }),
        );
        data.headTags.push(...links);
        return data;
      });
    });
  }
}

module.exports = { PreloadChunkGroupsPlugin };
