import { findSwappedCapitals } from '../../../src/engine/text/swapped-capitals';

describe('findSwappedCapitals', () => {
  it.each([
    ['BEST VlAGRA&ClALlS', ['VlAGRA', 'ClALlS']],
    ['Your updated lRS Tax statement', ['lRS']],
    ['Get your B0NUS today', ['B0NUS']],
    ['C0MPRAM0S SEU CARRO', ['C0MPRAM0S']],
    ['WlN a trip', ['WlN']],
  ])('finds the swapped letters in %p', (text, words) => {
    expect(findSwappedCapitals(text)).toEqual(words);
  });

  it.each([
    ['BONUS VIAGRA IRS in plain capitals'],
    ['Product codes X100, A4B, COVID19, ISO9001 and B2B'],
    ['A small l alone, or in words: Illinois, lol, Ml'],
    ['Link: https://example.com/lRS/path?id=B0NUS'],
    ['Mail x.lEAA@example.com and file v2.lEAA'],
    ['Zero at the ends: 0ABC, ABC0, 100 EUR'],
  ])('leaves %p alone', (text) => {
    expect(findSwappedCapitals(text)).toEqual([]);
  });

  it('reports each word once and at most three', () => {
    expect(findSwappedCapitals('VlAGRA VlAGRA ClALlS lRS DlSCOUNT')).toEqual(['VlAGRA', 'ClALlS', 'lRS']);
  });
});
