import type { Detector } from '../../src/engine';
import { analyze, DEFAULT_POLICY, defineDetector, DETECTORS } from '../../src/engine';
import { buildMessage } from '../support/build-message';

const PHISH = {
  from: 'Amazon <alert@secure-mail.example>',
  subject: 'Account suspended',
  html: '<a href="https://amaz0n-login.example.net/x">www.amazon.it</a>',
  authenticationResults: 'spf=pass smtp.mailfrom=secure-mail.example; dmarc=pass action=none header.from=secure-mail.example',
};

const throwing = defineDetector({
  id: 'boom',
  kind: 'content',
  title: { en: 'Boom', it: 'Boom' },
  severity: 'low',
  explanation: { en: 'x', it: 'x' },
  messages: {},
  run: () => {
    throw new Error('bug in detector');
  },
});

describe('analyze', () => {
  it('turns a throwing detector into an error result and goes on', () => {
    const detectors: Detector[] = [throwing, ...DETECTORS];
    const report = analyze(buildMessage(PHISH), DEFAULT_POLICY, detectors);
    expect(report.errors).toEqual([{ detectorId: 'boom', error: 'bug in detector' }]);
    expect(report.findings.some((f) => f.detectorId === 'link-text-mismatch')).toBe(true);
  });

  it('skips detectors the policy switches off', () => {
    const report = analyze(buildMessage(PHISH), { ...DEFAULT_POLICY, disabledDetectors: ['link-text-mismatch'] });
    expect(report.findings.some((f) => f.detectorId === 'link-text-mismatch')).toBe(false);
  });

  it('names the claimed brand and gives its guidance', () => {
    const report = analyze(buildMessage(PHISH));
    expect(report.verdict).not.toBe('safe');
    expect(report.brand?.id).toBe('amazon');
    expect(report.guidance.some((g) => g.it.includes('Amazon non chiede mai via email la password'))).toBe(true);
  });

  it('caps an authenticated trusted sender at caution, but not a spoofed one', () => {
    const policy = { ...DEFAULT_POLICY, trustedDomains: ['secure-mail.example'] };
    expect(analyze(buildMessage(PHISH), policy).verdict).toBe('caution');
    const spoofed = { ...PHISH, authenticationResults: 'spf=fail smtp.mailfrom=other.example; dmarc=fail action=none header.from=secure-mail.example' };
    expect(['suspicious', 'dangerous']).toContain(analyze(buildMessage(spoofed), policy).verdict);
  });

  it('says no red flag on an ordinary note, with guidance that promises nothing', () => {
    const report = analyze(buildMessage());
    expect(report).toMatchObject({ verdict: 'safe', findings: [], errors: [] });
    expect(report.brand).toBeUndefined();
    expect(report.guidance[0]?.it).toContain('Non è una garanzia');
  });

  it("does not count a verified brand's own wording about codes and payments against it", () => {
    const amazon = {
      from: 'Amazon.it <pagamenti@amazon.it>',
      subject: 'Aggiorna i dati di pagamento',
      text: 'Abbiamo avuto problemi con il tuo metodo di pagamento. Aggiorna i dati di pagamento dal tuo account.',
    };
    const verified = analyze(buildMessage({ ...amazon, authenticationResults: 'spf=pass smtp.mailfrom=amazon.it; dkim=pass header.d=amazon.it; dmarc=pass action=none header.from=amazon.it' }));
    const unverified = analyze(buildMessage({ ...amazon, authenticationResults: 'spf=none smtp.mailfrom=amazon.it; dmarc=none action=none header.from=amazon.it' }));
    expect(unverified.findings.some((f) => f.detectorId === 'credential-request')).toBe(true);
    expect(verified.findings.some((f) => f.detectorId === 'credential-request')).toBe(false);
    expect(verified.verdict).toBe('safe');
  });

  it("does not count a brand's wording when nothing checked the sender but every link stays on the brand's sites", () => {
    const declined = {
      from: 'Amazon.it <payments-messages@amazon.it>',
      subject: 'Azione richiesta: il tuo pagamento è stato rifiutato',
      text: 'Il pagamento del tuo ordine è stato rifiutato. Aggiorna il metodo di pagamento entro 3 giorni, altrimenti l\'ordine verrà annullato.',
    };
    const ownSite = analyze(buildMessage({ ...declined, html: '<p>Aggiorna il metodo di pagamento entro 3 giorni.</p><a href="https://www.amazon.it/cpe/yourpayments/wallet">Aggiorna</a>' }));
    expect(ownSite.findings.some((f) => f.detectorId === 'credential-request')).toBe(false);
    expect(['safe', 'caution']).toContain(ownSite.verdict);
    // One link elsewhere, or a server that saw DMARC fail, and the wording counts again.
    const elsewhere = analyze(buildMessage({ ...declined, html: '<p>Aggiorna il metodo di pagamento entro 3 giorni.</p><a href="https://amazon-pagamenti.example.top/wallet">Aggiorna</a>' }));
    expect(elsewhere.findings.some((f) => f.detectorId === 'credential-request')).toBe(true);
    const failed = analyze(buildMessage({ ...declined, authenticationResults: 'spf=fail smtp.mailfrom=amazon.it; dmarc=fail action=quarantine header.from=amazon.it' }));
    expect(failed.findings.some((f) => f.detectorId === 'credential-request')).toBe(true);
  });

  it("keeps a callback number in a verified brand's mail: brands' own notifications are abused for callback scams", () => {
    const invoice = analyze(buildMessage({
      from: 'PayPal <service@paypal.com>',
      subject: 'Invoice from Billing Department',
      text: 'Your account has been charged $499.99 for Norton renewal. If you did not authorize this charge, call our billing team at +1 (808) 555-0199 within 24 hours to cancel and get a refund.',
      authenticationResults: 'spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass action=none header.from=paypal.com',
    }));
    expect(invoice.findings.some((f) => f.detectorId === 'callback-lure')).toBe(true);
    expect(invoice.findings.some((f) => f.detectorId === 'urgency-pressure')).toBe(false);
  });

  it('reports limits hit and data not available', () => {
    const report = analyze(buildMessage({ unavailable: ['headers'] }));
    expect(report.unavailable).toEqual(['headers']);
  });

  describe('a forwarded phish', () => {
    const forward = (subject: string, intro: string) =>
      buildMessage({
        from: 'Marco Verdi <marco.verdi@acme.example>',
        subject,
        authenticationResults: 'spf=pass smtp.mailfrom=acme.example; dkim=pass header.d=acme.example; dmarc=pass action=none header.from=acme.example',
        text: [
          intro,
          '',
          '________________________________',
          'From: Microsoft account team <no-reply@access-accsecurity.com>',
          'Sent: Tuesday, November 24, 2026 9:12 PM',
          'To: marco.verdi@acme.example',
          'Subject: Unusual sign-in activity',
          '',
          'We detected unusual sign-in activity on your Microsoft account. Your account will be suspended within 24 hours.',
          'Verify your account now: https://login-microsoft-verify.example.top/verify',
        ].join('\n'),
      });

    it('is judged on the original it carries, and says so', () => {
      const report = analyze(forward('Fw: Unusual sign-in activity', 'Is this real?'));
      expect(['suspicious', 'dangerous']).toContain(report.verdict);
      expect(report.forwardedOriginal).toEqual({ via: 'inline', from: 'Microsoft account team <no-reply@access-accsecurity.com>', subject: 'Unusual sign-in activity' });
      expect(report.brand?.id).toBe('microsoft');
    });

    it('keeps the outer verdict for a reply that quotes a message', () => {
      const report = analyze(forward('Re: Unusual sign-in activity', 'See below.'));
      expect(report.forwardedOriginal).toBeUndefined();
    });
  });
});
