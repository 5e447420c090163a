import { findDisguisedLetters } from '../../../src/engine/text/disguised-letters';

describe('findDisguisedLetters', () => {
  it('finds Latin words with Cyrillic or Greek look-alikes, as written', () => {
    // 'Η' is Greek Eta, 'е' Cyrillic ie.
    expect(findDisguisedLetters('Ηеar Likе Nеvеr Βеfore').mixedWords).toEqual(['Ηеar', 'Likе', 'Nеvеr']);
  });
  it('finds words in mathematical styled letters', () => {
    expect(findDisguisedLetters('𝐘𝐎𝐔𝐑 𝐏𝐇𝐎𝐓𝐎𝐒').styledWords).toEqual(['𝐘𝐎𝐔𝐑', '𝐏𝐇𝐎𝐓𝐎𝐒']);
  });
  it('counts styled letters mixed with Cyrillic as look-alikes', () => {
    expect(findDisguisedLetters('С𝐫𝐲𝐬𝐭𝐚𝐥').mixedWords).toEqual(['С𝐫𝐲𝐬𝐭𝐚𝐥']);
  });
  it('leaves whole words of Greek or Cyrillic alone', () => {
    expect(findDisguisedLetters('Καλημέρα, новая версия Linux')).toEqual({ mixedWords: [], styledWords: [] });
  });
  it('reads a bounded prefix of a huge text quickly', () => {
    const started = Date.now();
    findDisguisedLetters(`${'a'.repeat(100_000)} Ηеar`);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('findDisguisedLetters in formulas', () => {
  it('ignores Greek letters that look like no Latin one, and two-letter formulas', () => {
    expect(findDisguisedLetters("Euler's identity e^iπ and the angle θmax; let Xα be").mixedWords).toEqual([]);
  });
});
