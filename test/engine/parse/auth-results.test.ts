import { parseAuthResults, stripComments } from '../../../src/engine/parse/auth-results';

const header = (key: string, value: string) => ({ key, value });

describe('stripComments', () => {
  it('removes nested comments and keeps the rest', () => {
    expect(stripComments('spf=pass (sender IP is (really) 1.2.3.4) smtp.mailfrom=a.example')).toBe('spf=pass  smtp.mailfrom=a.example');
  });

  it('ignores an unbalanced closing parenthesis', () => {
    expect(stripComments('dkim=pass) header.d=a.example')).toBe('dkim=pass header.d=a.example');
  });
});

describe('parseAuthResults', () => {
  it('reads Office 365 results written without an authserv-id', () => {
    const auth = parseAuthResults([
      header(
        'authentication-results',
        'spf=pass (sender IP is 209.85.222.173) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100',
      ),
    ]);
    expect(auth.spf).toEqual({ result: 'pass', domain: 'gmail.com' });
    expect(auth.dkim).toEqual([{ result: 'pass', domain: 'gmail.com' }]);
    expect(auth.dmarc).toEqual({ result: 'pass', domain: 'gmail.com', action: 'none' });
    expect(auth.compauth).toEqual({ result: 'pass', reason: '100' });
  });

  it('reads a failing Office 365 header: dkim=none with header.d=none, dmarc fail, compauth fail', () => {
    const auth = parseAuthResults([
      header(
        'authentication-results',
        'spf=softfail (sender IP is 80.96.157.86) smtp.mailfrom=winner-win.example; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=newsletter.otto.de;compauth=fail reason=001',
      ),
    ]);
    expect(auth.spf).toEqual({ result: 'softfail', domain: 'winner-win.example' });
    expect(auth.dkim).toEqual([{ result: 'none', domain: undefined }]);
    expect(auth.dmarc).toEqual({ result: 'fail', domain: 'newsletter.otto.de', action: 'none' });
    expect(auth.compauth).toEqual({ result: 'fail', reason: '001' });
  });

  it("keeps Microsoft's bestguesspass (no DMARC record, but it would have passed)", () => {
    const auth = parseAuthResults([
      header('authentication-results', 'spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=shop.example; dkim=none (message not signed) header.d=none;dmarc=bestguesspass action=none header.from=shop.example;compauth=pass reason=109'),
    ]);
    expect(auth.dmarc?.result).toBe('bestguesspass');
    expect(auth.compauth).toEqual({ result: 'pass', reason: '109' });
  });

  it('skips the authserv-id and reads several DKIM signatures, header.i as a fallback', () => {
    const auth = parseAuthResults([
      header(
        'authentication-results',
        'mx.google.com;\tdkim=pass header.i=@Mail.Example.com header.s=s1 header.b=abc; dkim=fail (bad signature) header.d=esp.example; spf=pass (google.com: domain of bounce@esp.example designates 1.2.3.4 as permitted sender) smtp.mailfrom=bounce@esp.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
      ),
    ]);
    expect(auth.dkim).toEqual([
      { result: 'pass', domain: 'mail.example.com' },
      { result: 'fail', domain: 'esp.example' },
    ]);
    expect(auth.spf).toEqual({ result: 'pass', domain: 'esp.example' });
    expect(auth.dmarc?.result).toBe('pass');
    expect(auth.dmarc?.domain).toBe('example.com');
  });

  it('reads a method with a version number (RFC 8601: dkim/1=pass)', () => {
    const auth = parseAuthResults([header('authentication-results', 'mx.example.org 1; dkim/1=pass header.d=example.org')]);
    expect(auth.dkim).toEqual([{ result: 'pass', domain: 'example.org' }]);
  });

  it('uses only the topmost header: lower ones may be forged by the sender', () => {
    const auth = parseAuthResults([
      header('authentication-results', 'spf=fail smtp.mailfrom=paypal.com; dmarc=fail action=quarantine header.from=paypal.com'),
      header('authentication-results', 'evil.example; spf=pass smtp.mailfrom=paypal.com; dmarc=pass header.from=paypal.com'),
    ]);
    expect(auth.dmarc).toEqual({ result: 'fail', domain: 'paypal.com', action: 'quarantine' });
    expect(auth.raw).toContain('quarantine');
  });

  it('maps unknown words to other and gives an empty result without the header', () => {
    expect(parseAuthResults([header('authentication-results', 'spf=weird smtp.mailfrom=a.example')]).spf?.result).toBe('other');
    expect(parseAuthResults([])).toEqual({ raw: '', dkim: [], receivedSpf: undefined });
  });

  describe('Received-SPF', () => {
    it.each([
      ['Pass (protection.outlook.com: domain of gmail.com designates 209.85.222.173 as permitted sender) receiver=protection.outlook.com; client-ip=209.85.222.173;', 'pass', 'gmail.com'],
      ['Fail (protection.outlook.com: domain of paypal.com does not designate 80.96.157.86 as permitted sender) receiver=protection.outlook.com;', 'fail', 'paypal.com'],
      ['SoftFail (protection.outlook.com: domain of transitioning winner-win.example discourages use of 80.96.157.86 as permitted sender)', 'softfail', 'winner-win.example'],
      ['None (protection.outlook.com: thcultarfdes.co.uk does not designate permitted sender hosts)', 'none', 'thcultarfdes.co.uk'],
      ['pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from="myname@example.com"; helo=foo.example.com;', 'pass', 'example.com'],
      ['TempError (protection.outlook.com: error in processing during lookup of mail.example: DNS Timeout)', 'temperror', undefined],
    ])('%s', (value, result, domain) => {
      expect(parseAuthResults([header('received-spf', value)]).receivedSpf).toEqual({ result, domain });
    });

    it('is read even when Authentication-Results is absent', () => {
      const auth = parseAuthResults([header('received-spf', 'Fail (protection.outlook.com: domain of a.example does not designate 1.2.3.4 as permitted sender)')]);
      expect(auth.raw).toBe('');
      expect(auth.receivedSpf).toEqual({ result: 'fail', domain: 'a.example' });
    });
  });
});
