import { PhraseMatcher } from '../../../src/engine/text/phrase-matcher';
import { tokenize } from '../../../src/engine/text/tokenize';

function found(patterns: string[], text: string): string[] {
  const matcher = new PhraseMatcher(patterns.map((pattern) => ({ pattern, tag: pattern })));
  const tokens = tokenize(text);
  return matcher.matchAll(tokens).map((m) => tokens.slice(m.startToken, m.endToken).map((t) => t.norm).join(' '));
}

describe('PhraseMatcher', () => {
  it('matches exact words, optional slots and alternatives', () => {
    expect(found(['inserisci [il] codice otp|sms'], 'Inserisci il codice OTP')).toEqual(['inserisci il codice otp']);
    expect(found(['inserisci [il] codice otp|sms'], 'inserisci codice SMS')).toEqual(['inserisci codice sms']);
    expect(found(['inserisci [il] codice otp|sms'], 'inserisci la codice otp')).toEqual([]);
  });

  it('matches prefixes (inflection) and digits', () => {
    expect(found(['verif* ~ account', 'entro # ore'], 'Verificheremo il tuo account entro 24 ore')).toEqual(['verificheremo il tuo account', 'entro 24 ore']);
  });

  it('allows a bounded gap and no more', () => {
    expect(found(['confirm ~ identity'], 'confirm your personal identity')).toEqual(['confirm your personal identity']);
    expect(found(['confirm ~ identity'], 'confirm one two three four identity')).toEqual([]);
    expect(found(['confirm ~5 identity'], 'confirm one two three four identity')).toEqual(['confirm one two three four identity']);
  });

  it('tolerates one slipped letter in long words', () => {
    expect(found(['enter password'], 'enter pasword')).toEqual(['enter pasword']);
    expect(found(['enter password'], 'enter passwrod')).toEqual(['enter passwrod']);
    expect(found(['win lottery'], 'win pottery')).toEqual([]);
  });

  it('never forgives a missing or extra first letter: the word is often another real one', () => {
    expect(found(['token presale'], 'token resale')).toEqual([]);
    expect(found(['selected to receive'], 'elected to receive')).toEqual([]);
    expect(found(['enter password'], 'enter apassword')).toEqual([]);
    expect(found(['selected to receive'], 'selcted to receive')).toEqual(['selcted to receive']);
  });

  it('can be strict about spelling', () => {
    const matcher = new PhraseMatcher([{ pattern: 'will be delete', tag: 1 }], { fuzzy: false });
    expect(matcher.matchAll(tokenize('it will be deleted'))).toEqual([]);
    expect(matcher.matchAll(tokenize('it will be delete'))).toHaveLength(1);
  });

  it('rejects patterns that could never match', () => {
    expect(() => new PhraseMatcher([{ pattern: 'sign-in now', tag: 1 }])).toThrow(/not one word/);
    expect(() => new PhraseMatcher([{ pattern: '~ password', tag: 1 }])).toThrow(/required word/);
    expect(() => new PhraseMatcher([{ pattern: 'ab* x', tag: 1 }])).toThrow(/prefix too short/);
  });

  it('stays linear on adversarial input', () => {
    const matcher = new PhraseMatcher([{ pattern: 'a ~8 a ~8 a ~8 b', tag: 1 }, { pattern: 'a [a] [a] [a] b', tag: 2 }]);
    const tokens = tokenize('a '.repeat(20_000));
    const start = performance.now();
    expect(matcher.matchAll(tokens)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
