import { MAX_TOKENIZED_CHARS, tokenize } from '../../../src/engine/text/tokenize';

describe('tokenize', () => {
  it('normalizes words and keeps their place in the original text', () => {
    const text = "Verifica l'ACCÒUNT entro 24h";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['verifica', 'l', 'account', 'entro', '24h']);
    const account = tokens[2];
    expect(account && text.slice(account.start, account.end)).toBe('ACCÒUNT');
  });

  it('joins words split by invisible characters and folds look-alike letters', () => {
    expect(tokenize('pass\u200bword аccount').map((t) => t.norm)).toEqual(['password', 'account']);
  });

  it('folds German sharp s', () => {
    expect(tokenize('Straße').map((t) => t.norm)).toEqual(['strasse']);
  });

  it('reads only the start of a huge text', () => {
    const tokens = tokenize('word '.repeat(MAX_TOKENIZED_CHARS));
    expect(tokens.length).toBeLessThanOrEqual(MAX_TOKENIZED_CHARS / 5 + 1);
  });
});
