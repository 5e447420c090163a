import { parseAuthResults, stripComments } from '../../../src/engine/parse/auth-results';
import { MAX_UNTRUSTED_AUTH_RESULTS } from '../../../src/engine/parse/limits';

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
      header('received', 'from mail.esp.example (mail.esp.example [1.2.3.4]) by mx.google.com with ESMTPS id x; Wed, 2 Dec 2026 09:00:00 +0000'),
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
    const auth = parseAuthResults([header('authentication-results', 'mx.example.org 1; dkim/1=pass header.d=example.org'), header('received', 'from a.example by mx.example.org')]);
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

  describe('believes only the receiving organisation (authserv-id and position)', () => {
    const eopHop = header('received', 'from AM6P191CA0001.EURP191.PROD.OUTLOOK.COM (2603:10a6:209:8b::14) by AM9PR01MB1234.eurprd01.prod.outlook.com with Microsoft SMTP Server');
    const eopEntry = header('received', 'from mail.evil.example (203.0.113.7) by AM6PEPF00001.mail.protection.outlook.com (10.167.16.1) with Microsoft SMTP Server');
    const senderHop = header('received', 'from [10.0.0.5] by mail.evil.example with ESMTPSA');
    const eopFail = header('authentication-results', 'spf=fail (sender IP is 203.0.113.7) smtp.mailfrom=paypal.com; dkim=none header.d=none;dmarc=fail action=oreject header.from=paypal.com');
    const forged = header('authentication-results', 'spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com;dmarc=pass action=none header.from=paypal.com');

    it("reads Exchange Online's results above its entry hop", () => {
      const auth = parseAuthResults([eopHop, eopFail, eopEntry, forged, senderHop]);
      expect(auth.dmarc?.result).toBe('fail');
      expect(auth.authservId).toBe('');
      expect(auth.untrusted).toEqual([
        { authservId: '', belowHopFrom: 'mail.evil.example', dkim: [{ result: 'pass', domain: 'paypal.com' }], dmarc: { result: 'pass', domain: 'paypal.com' } },
      ]);
    });

    it('ignores results without an authserv-id below the entry hop', () => {
      const auth = parseAuthResults([eopHop, eopEntry, forged, senderHop]);
      expect(auth.raw).toBe('');
      expect(auth.dmarc).toBeUndefined();
      expect(auth.untrusted).toHaveLength(1);
    });

    it('ignores everything below a line a foreign server wrote, whatever its authserv-id', () => {
      const auth = parseAuthResults([eopHop, eopEntry, senderHop, header('authentication-results', 'mx.google.com; dmarc=pass header.from=paypal.com')]);
      expect(auth.dmarc).toBeUndefined();
      expect(auth.untrusted?.[0]?.authservId).toBe('mx.google.com');
    });

    it("reads Gmail's results just below its own entry hop, by its authserv-id, and not Received-SPF there", () => {
      const auth = parseAuthResults([
        header('received', 'by 2002:a05:612c:711:b0:381:73ac:3a65 with SMTP id x'),
        header('received', 'from mail.shop.example (mail.shop.example. [198.51.100.3]) by mx.google.com with ESMTPS id y'),
        header('received-spf', 'pass (google.com: domain of bounce@shop.example designates 198.51.100.3 as permitted sender) client-ip=198.51.100.3;'),
        header('authentication-results', 'mx.google.com; dkim=pass header.i=@shop.example; dmarc=pass header.from=shop.example'),
        header('authentication-results', 'spf=pass smtp.mailfrom=shop.example'),
        header('received', 'from [10.0.0.2] by mail.shop.example'),
      ]);
      expect(auth.authservId).toBe('mx.google.com');
      expect(auth.dmarc).toEqual({ result: 'pass', domain: 'shop.example', action: undefined });
      expect(auth.receivedSpf).toBeUndefined();
      expect(auth.untrusted?.map((u) => u.authservId)).toEqual(['']);
    });

    it('ignores another organisation\'s authserv-id even above the entry hop', () => {
      const auth = parseAuthResults([eopHop, header('authentication-results', 'mx.other.example; dmarc=pass header.from=paypal.com'), eopEntry]);
      expect(auth.dmarc).toBeUndefined();
    });

    it('believes a gateway the policy names, and its hop into Exchange Online is not the entry hop', () => {
      const gatewayHop = header('received', 'from mx1.gw.acme.example (198.51.100.4) by AM6PEPF00001.mail.protection.outlook.com with Microsoft SMTP Server');
      const gatewayResults = header('authentication-results', 'mx1.gw.acme.example; dmarc=fail header.from=paypal.com');
      const gatewayEntry = header('received', 'from mail.evil.example (203.0.113.7) by mx1.gw.acme.example');
      const headers = [eopHop, gatewayHop, gatewayResults, gatewayEntry, forged, senderHop];
      expect(parseAuthResults(headers, ['gw.acme.example']).dmarc?.result).toBe('fail');
      expect(parseAuthResults(headers).dmarc).toBeUndefined();
    });

    it('keeps at most MAX_UNTRUSTED_AUTH_RESULTS untrusted headers', () => {
      const auth = parseAuthResults([eopHop, eopEntry, ...Array.from({ length: 50 }, () => forged)]);
      expect(auth.untrusted).toHaveLength(MAX_UNTRUSTED_AUTH_RESULTS);
    });
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
