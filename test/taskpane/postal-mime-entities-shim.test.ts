// The CommonJS copy of the same table (the ESM one is what the pane's build replaces).
import { htmlEntities as original } from '../../node_modules/postal-mime/dist/cjs/html-entities.js';
import { decodeNamedReference, htmlEntities } from '../../src/taskpane/shims/postal-mime-html-entities';

// The pane's build replaces postal-mime's entity table with a view over `entities` (webpack.config.js): both must
// answer every lookup postal-mime makes the same way.
describe('postal-mime entity table shim', () => {
  const table: Record<string, string> = original;

  it('decodes every reference of the original table identically', () => {
    const keys = Object.keys(table);
    expect(keys.length).toBeGreaterThan(2000);
    const different = keys.filter((key) => htmlEntities[key] !== table[key]);
    expect(different).toEqual([]);
  });

  it('answers undefined for what the table does not have', () => {
    for (const key of ['&notanentity;', '&notx', '&Abreve', '&amp1', '&#39;', '&', '&;', 'amp;', `&${'a'.repeat(40)};`]) {
      expect(decodeNamedReference(key)).toBe(table[key]);
    }
  });
});
