import { brandWords, findMisspelledBrand, findSpacedBrand } from '../../../src/engine/text/misspelled-brand';
import { tokenize } from '../../../src/engine/text/tokenize';

const NAMES = brandWords(['amazon', 'paypal', 'microsoft', 'amazon prime', 'norton', 'orange']);

function misspelled(text: string): string | undefined {
  return findMisspelledBrand(tokenize(text), text, NAMES)?.written;
}

describe('findMisspelledBrand', () => {
  it.each(['Amazom', 'Micr0soft', 'PayPa1', 'Paypai'])('flags %s', (word) => {
    expect(misspelled(`Your ${word} account`)).toBe(word);
  });

  it.each(['Amazon', 'Morton', 'Grange', 'apples', 'finance'])('leaves %s alone', (word) => {
    expect(misspelled(`Your ${word} account`)).toBeUndefined();
  });

  it('keeps only one-word names of five letters or more', () => {
    expect(NAMES).toEqual(['amazon', 'paypal', 'microsoft', 'norton', 'orange']);
  });
});

describe('findSpacedBrand', () => {
  it('finds a brand spelled letter by letter', () => {
    const text = 'from P.a.y.P.a.l support';
    expect(findSpacedBrand(tokenize(text), text, NAMES)?.written).toBe('P.a.y.P.a.l');
  });

  it('ignores initials', () => {
    const text = 'J. R. R. Tolkien and A. B. C.';
    expect(findSpacedBrand(tokenize(text), text, NAMES)).toBeUndefined();
  });
});
