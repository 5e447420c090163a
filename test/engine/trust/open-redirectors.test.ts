import { analyze } from '../../../src/engine';
import { buildMessage } from '../../support/build-message';

// Attack: a phish claiming Google sends its link through Google's own ad click URL, so the link's host is a Google
// domain while the reader lands on the phishing site. The link is judged by where it lands.
const LANDING = 'https://accounts-google.verify-session.example/signin';
const viaAds = (landing: string) => `https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChcSEwi&ohost=www.google.com&adurl=${encodeURIComponent(landing)}`;

describe('open redirectors are unwrapped before links are judged', () => {
  it("a Google ad click landing on a phishing site is a link that does not lead to Google's sites", () => {
    const report = analyze(
      buildMessage({
        from: 'Google <no-reply@account-alerts.example>',
        subject: 'Security alert: verify your account',
        html: `<p>Someone signed in to your Google Account. Verify your account now or it will be suspended.</p><a href="${viaAds(LANDING)}">Verify</a>`,
      }),
    );
    const mismatch = report.findings.find((f) => f.detectorId === 'brand-link-mismatch');
    expect(mismatch?.evidence.join(' ')).toContain('verify-session.example');
  });

  it("a Google ad click landing on Google's own site is not flagged", () => {
    const report = analyze(
      buildMessage({
        from: 'Google <no-reply@account-alerts.example>',
        subject: 'Security alert',
        html: `<p>A new sign-in to your Google Account.</p><a href="${viaAds('https://myaccount.google.com/notifications')}">Check activity</a>`,
      }),
    );
    expect(report.findings.find((f) => f.detectorId === 'brand-link-mismatch')).toBeUndefined();
  });
});
