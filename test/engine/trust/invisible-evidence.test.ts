import { analyze, parseEml } from '../../../src/engine';
import { idnForms } from '../../../src/engine/confusables';
import { eml } from '../../support/eml';

// Attack: a bidi override inside an address. Shown raw, it turns the pane's line around; converted to punycode, it
// becomes a name that exists nowhere ('xn--amazon-verify-9x6g.e') shown as if it were in the message.
const RLO = '\u202E';

async function reportFor(from: string, html: string) {
  const parsed = await parseEml(eml({ From: from, To: 'a@b.example', Subject: 'Accesso non autorizzato', 'Content-Type': 'text/html' }, html));
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return analyze(parsed.message);
}

describe('evidence shows what is in the message', () => {
  it('never converts a host with a bidi or control character to punycode', () => {
    expect(idnForms(`amazon-verify${RLO}.example`)).toEqual({ unicode: `amazon-verify${RLO}.example`, ascii: `amazon-verify${RLO}.example` });
    expect(idnForms('paypal\u0000.com').ascii).not.toMatch(/xn--/);
    expect(idnForms('xn--pypal-4ve.com').unicode).toBe('p\u0430ypal.com');
  });

  it('a bidi override in the sender and link hosts gives no made-up punycode and is spelled out', async () => {
    const report = await reportFor(
      `"Amazon" <no-reply@amazon-verify${RLO}.e>`,
      `<p>Abbiamo rilevato un accesso non autorizzato. Inserisci il codice OTP entro 24 ore.</p><a href="https://amazon-verify${RLO}.example/login">Accedi</a>`,
    );
    const everything = report.findings.flatMap((f) => [...f.evidence, ...Object.values(f.data).map(String)]);
    expect(everything.some((text) => text.includes('xn--'))).toBe(false);
    expect(everything.some((text) => text.includes(RLO))).toBe(false);
    expect(everything.some((text) => text.includes('<U+202E>'))).toBe(true);
  });

  it('marks the punycode form of a look-alike host as derived, and the form written in the message as quoted', async () => {
    const report = await reportFor('"PayPal" <service@xn--pypal-4ve.com>', '<p>Il tuo conto è limitato.</p>');
    const lookalike = report.findings.find((f) => f.detectorId === 'lookalike-domain');
    expect(lookalike?.evidence).toEqual(expect.arrayContaining(['xn--pypal-4ve.com', 'p\u0430ypal.com']));
    expect(lookalike?.derived).toEqual(['p\u0430ypal.com']);
  });

  it('marks the destination decoded from a redirect as derived', async () => {
    const report = await reportFor(
      '"Amazon" <no-reply@amazon-verify.example>',
      `<p>Accesso non autorizzato: verifica il tuo account Amazon.</p><a href="https://www.google.com/url?q=${encodeURIComponent('https://amazon-login.evil.example/x')}">www.amazon.it</a>`,
    );
    const mismatch = report.findings.find((f) => f.detectorId === 'link-text-mismatch');
    expect(mismatch?.evidence).toContain('https://amazon-login.evil.example/x');
    expect(mismatch?.derived).toEqual(['https://amazon-login.evil.example/x']);
    expect(mismatch?.evidence).toContain('www.amazon.it');
  });
});
