// Build-time stand-in for postal-mime's own table of HTML entities (dist/esm/html-entities.js, ~60 KB before
// minification), swapped in by webpack.config.js for the pane and by scripts/build-commands.mjs for commands.js.
// htmlparser2 already ships `entities` and its compact decode trie in the same bundle, so each carried two tables for
// one job. postal-mime only reads the table as `htmlEntities['&amp;']` (legacy forms without ';' included), so a
// read-through view over `entities` is equivalent: test/taskpane/postal-mime-entities-shim.test.ts checks every key
// of the original table.
import { decodeHTML, decodeHTMLStrict } from 'entities/decode';

/** One named reference, as postal-mime looks it up: '&eacute;' or '&eacute' => 'é'; unknown => undefined. */
export function decodeNamedReference(reference: string): string | undefined {
  if (!/^&[a-z][a-z\d]{0,31};?$/i.test(reference)) return undefined;
  // With ';' only a whole entity may match (strict mode does not decode the legacy prefix of '&notanentity;').
  // Without ';' only legacy entities decode, and lenient decoding would take a prefix ('&notx' => '¬x'): the whole
  // reference must have become the character, and no legacy entity stands for an ASCII letter or digit.
  if (reference.endsWith(';')) {
    const strict = decodeHTMLStrict(reference);
    return strict === reference ? undefined : strict;
  }
  const decoded = decodeHTML(reference);
  return decoded === reference || /[A-Za-z0-9]/.test(decoded) ? undefined : decoded;
}

export const htmlEntities: Readonly<Record<string, string | undefined>> = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? decodeNamedReference(key) : undefined) },
);
