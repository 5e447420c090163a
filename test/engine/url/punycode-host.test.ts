import { hostToUnicode, isPunycodeHost } from '../../../src/engine/url';

describe('hostToUnicode', () => {
  it('decodes punycode labels', () => {
    expect(hostToUnicode('xn--pypal-4ve.com')).toBe('pаypal.com');
    expect(hostToUnicode('www.xn--mller-kva.de')).toBe('www.müller.de');
    expect(hostToUnicode('xn--80ak6aa92e.com')).toBe('аррӏе.com');
  });

  it('keeps labels that are not valid punycode as written', () => {
    expect(hostToUnicode('xn--!!.com')).toBe('xn--!!.com');
    expect(hostToUnicode(`xn--${'a'.repeat(80)}.com`)).toBe(`xn--${'a'.repeat(80)}.com`);
    expect(hostToUnicode('plain.example')).toBe('plain.example');
  });

  it('tells punycode hosts apart', () => {
    expect(isPunycodeHost('a.xn--p1ai')).toBe(true);
    expect(isPunycodeHost('axn--b.example')).toBe(false);
  });
});
