import { analyze, parseEml } from '../../../src/engine';
import { eml } from '../../support/eml';

// Issue 13: webmail counted as a brand's own domain. Anyone can open a gmail.com mailbox, so a Reply-To there is not
// "Google's own", and without Authentication-Results (older Outlook, IMAP accounts) nothing else speaks for the mail.
const SPOOFED_GOOGLE = eml(
  {
    From: 'Google <no-reply@accounts.google.com>',
    'Reply-To': 'google.account.recovery@gmail.com',
    To: 'mario.rossi@example.it',
    Subject: 'Security alert: confirm your account',
    Date: 'Fri, 4 Dec 2026 09:12:00 +0000',
    'Message-ID': '<spoof-1@accounts.google.com>',
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
  },
  [
    'Hello,',
    '',
    'Someone tried to sign in to your Google Account. To keep your account, reply to this message with your',
    'password and the 6-digit verification code we just sent to your phone.',
    '',
    'The Google Accounts team',
  ].join('\n'),
);

describe('webmail is nobody\'s brand domain', () => {
  it('flags a spoofed Google sender whose replies go to gmail.com, with no Authentication-Results', async () => {
    const parsed = await parseEml(SPOOFED_GOOGLE);
    if (!parsed.ok) throw new Error(parsed.error.reason);
    expect(parsed.message.auth.dmarc).toBeUndefined();
    const report = analyze(parsed.message);
    expect(report.findings.map((f) => f.detectorId)).toContain('reply-to-mismatch');
    expect(['suspicious', 'dangerous']).toContain(report.verdict);
  });
});
