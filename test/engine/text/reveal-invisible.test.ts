import { hasInvisible, revealInvisible } from '../../../src/engine';

describe('revealInvisible', () => {
  it.each([
    ['a bidi override', 'invoice\u202Etxt.exe', 'invoice<U+202E>txt.exe'],
    ['bidi isolates and marks', 'a\u2066b\u2069c\u200Fd', 'a<U+2066>b<U+2069>c<U+200F>d'],
    ['a zero-width space inside a word', 'pay\u200Bpal.com', 'pay<U+200B>pal.com'],
    ['a zero-width joiner between letters', 'pay\u200Dpal', 'pay<U+200D>pal'],
    ['a byte-order mark and a soft hyphen', '\uFEFFama\u00ADzon', '<U+FEFF>ama<U+00AD>zon'],
    ['C0 and C1 controls', 'a\u0000b\u0007c\u0085d', 'a<U+0000>b<U+0007>c<U+0085>d'],
    ['Hangul and braille fillers', 'doc.pdf\u3164\u2800.exe', 'doc.pdf<U+3164><U+2800>.exe'],
    ['a tag character (outside the BMP)', 'x\u{E0041}y', 'x<U+E0041>y'],
  ])('reveals %s', (_name, text, revealed) => {
    expect(revealInvisible(text)).toBe(revealed);
    expect(hasInvisible(text)).toBe(true);
    expect(revealInvisible(revealed)).toBe(revealed);
  });

  it.each([
    ['plain text', 'amazon.it/reportascam'],
    ['whitespace', 'line one\nline two\tand\r\n'],
    ['accents and other scripts', 'città пример 東京'],
    ['an emoji ZWJ sequence', 'team 👩\u200D💻 and ❤\uFE0F'],
  ])('leaves %s alone', (_name, text) => {
    expect(revealInvisible(text)).toBe(text);
    expect(hasInvisible(text)).toBe(false);
  });
});
