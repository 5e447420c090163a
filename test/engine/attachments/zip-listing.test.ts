import { listZipEntries, MAX_ZIP_ENTRIES } from '../../../src/engine/attachments';
import { latin1, makeZip } from './make-files';

describe('listZipEntries', () => {
  it('lists names from the central directory of a whole archive', () => {
    const listing = listZipEntries(makeZip([{ name: 'Fattura.pdf' }, { name: 'docs/readme.txt', content: 'hello' }]));
    expect(listing.entries.map((e) => e.name)).toEqual(['Fattura.pdf', 'docs/readme.txt']);
    expect(listing.entries[1]?.uncompressedSize).toBe(5);
    expect(listing.partial).toBe(false);
  });

  it('walks local headers when only the start of the archive is kept', () => {
    const whole = makeZip([{ name: 'a.txt', content: 'aaaa' }, { name: 'Invoice.pdf.js', content: 'WScript' }, { name: 'z.txt' }]);
    const listing = listZipEntries(whole.slice(0, 90));
    expect(listing.entries.map((e) => e.name)).toEqual(['a.txt', 'Invoice.pdf.js']);
    expect(listing.partial).toBe(true);
  });

  it('follows entries whose sizes are in a data descriptor', () => {
    const whole = makeZip([{ name: 'one.txt', dataDescriptor: true }, { name: 'two.lnk', dataDescriptor: true }]);
    const headOnly = whole.slice(0, whole.length - 60);
    expect(listZipEntries(headOnly).entries.map((e) => e.name)).toEqual(['one.txt', 'two.lnk']);
  });

  it('reports password-protected entries', () => {
    expect(listZipEntries(makeZip([{ name: 'scan.pdf', encrypted: true }])).entries[0]?.encrypted).toBe(true);
  });

  it('gives an empty listing for garbage and never throws', () => {
    expect(listZipEntries(latin1('PK\x03\x04garbage')).entries).toEqual([]);
    expect(listZipEntries(new Uint8Array(0)).entries).toEqual([]);
    const lying = makeZip([{ name: 'a.txt' }]);
    lying[lying.length - 12] = 0xff; // central directory size
    lying[lying.length - 6] = 0xff; // central directory offset beyond the end
    expect(() => listZipEntries(lying)).not.toThrow();
  });

  it('stops at MAX_ZIP_ENTRIES', () => {
    const files = Array.from({ length: MAX_ZIP_ENTRIES + 5 }, (_, i) => ({ name: `f${i}.txt` }));
    const listing = listZipEntries(makeZip(files));
    expect(listing.entries).toHaveLength(MAX_ZIP_ENTRIES);
    expect(listing.partial).toBe(true);
  });
});
