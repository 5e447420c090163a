// Webpack loader for the pane's build: replaces every `sources: { ... }` block of the brand playbooks
// (src/engine/brands/*.ts) with empty lists. The sources are the review record of each trust anchor (the page and
// the day it was checked), read by the tests and kept in the repository and the CLI; no code reads them while
// analysing a message, and in the pane they would only add to the JavaScript loaded before the verdict.
// A playbook keeps its `sources` key, so it stays a built-in brand (brands/index.ts: isSourced).

/** Index just past the `}` that closes the `{` at `open`, skipping strings and comments. */
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i += 1; i < text.length && text[i] !== c; i += 1) if (text[i] === '\\') i += 1;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i) + 1;
      if (i <= 0) return -1;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function stripBrandSources(source) {
  const marker = /\bsources: \{/g;
  let out = '';
  let from = 0;
  for (let match = marker.exec(source); match; match = marker.exec(source)) {
    const open = match.index + match[0].length - 1;
    const end = closingBrace(source, open);
    if (end < 0) throw new Error(`strip-brand-sources-loader: unbalanced sources block at offset ${match.index}`);
    out += `${source.slice(from, match.index)}sources: { domains: [], report: [] }`;
    from = end;
    marker.lastIndex = end;
  }
  return out + source.slice(from);
}

module.exports = function stripBrandSourcesLoader(source) {
  return stripBrandSources(source);
};
module.exports.stripBrandSources = stripBrandSources;
