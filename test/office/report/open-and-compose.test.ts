import type { ComposeMailboxLike, NewMessageFormParameters } from '../../../src/office/report';
import { openExternalPage, openReportMessage } from '../../../src/office/report';

const draft = { to: 'soc@acme.it', subject: 'Phishing: x', htmlBody: '<p>x</p>' };
const original = { itemId: 'AAMkAD=', subject: 'Your account' };

describe('openReportMessage', () => {
  it('opens a new message with the original attached as an item (Mailbox 1.9 async form)', async () => {
    let seen: NewMessageFormParameters | undefined;
    const mailbox: ComposeMailboxLike = {
      displayNewMessageFormAsync: (parameters, callback) => {
        seen = parameters;
        callback({ status: 'succeeded', value: undefined });
      },
    };
    await expect(openReportMessage(mailbox, draft, original)).resolves.toEqual({ ok: true, value: undefined });
    expect(seen).toEqual({
      toRecipients: ['soc@acme.it'],
      subject: 'Phishing: x',
      htmlBody: '<p>x</p>',
      attachments: [{ type: 'item', name: 'Your account', itemId: 'AAMkAD=' }],
    });
  });

  it('falls back to the Mailbox 1.6 form and reports its exceptions', async () => {
    const calls: NewMessageFormParameters[] = [];
    await expect(openReportMessage({ displayNewMessageForm: (p) => void calls.push(p) }, draft, original)).resolves.toEqual({ ok: true, value: undefined });
    expect(calls[0]?.attachments).toHaveLength(1);
    const failing = await openReportMessage({ displayNewMessageForm: () => { throw new Error('blocked'); } }, draft, original);
    expect(failing).toEqual({ ok: false, reason: 'blocked' });
  });

  it('reports failures from the async form and a missing API or item id', async () => {
    const failed = await openReportMessage({ displayNewMessageFormAsync: (_p, cb) => cb({ status: 'failed', value: undefined, error: { message: 'denied' } }) }, draft, original);
    expect(failed).toEqual({ ok: false, reason: 'denied' });
    expect((await openReportMessage({}, draft, original)).ok).toBe(false);
    expect((await openReportMessage({ displayNewMessageForm: jest.fn() }, draft, { itemId: '', subject: 'x' })).ok).toBe(false);
  });

  it('names an attachment even when the original has no subject', async () => {
    const calls: NewMessageFormParameters[] = [];
    await openReportMessage({ displayNewMessageForm: (p) => void calls.push(p) }, draft, { itemId: 'id', subject: '  ' });
    expect(calls[0]?.attachments[0]?.name).toBe('message');
  });
});

describe('openExternalPage', () => {
  it('prefers Office’s browser window, then window.open with noopener', () => {
    const openBrowserWindow = jest.fn();
    const windowOpen = jest.fn();
    expect(openExternalPage('https://www.amazon.it/reportascam', { openBrowserWindow, windowOpen }).ok).toBe(true);
    expect(openBrowserWindow).toHaveBeenCalledWith('https://www.amazon.it/reportascam');
    expect(windowOpen).not.toHaveBeenCalled();
    expect(openExternalPage('https://www.amazon.it/reportascam', { windowOpen }).ok).toBe(true);
    expect(windowOpen).toHaveBeenCalledWith('https://www.amazon.it/reportascam', '_blank', 'noopener,noreferrer');
  });

  it('opens only https pages', () => {
    const windowOpen = jest.fn();
    for (const url of ['javascript:alert(1)', 'http://amazon.it', 'file:///etc/passwd', 'not a url']) {
      expect(openExternalPage(url, { windowOpen }).ok).toBe(false);
    }
    expect(windowOpen).not.toHaveBeenCalled();
  });

  it('turns an exception or the lack of any opener into a reason', () => {
    expect(openExternalPage('https://x.example', { openBrowserWindow: () => { throw new Error('popup blocked'); } })).toEqual({ ok: false, reason: 'popup blocked' });
    expect(openExternalPage('https://x.example', {}).ok).toBe(false);
  });
});

describe('openReportMessage within Office.MessageForm’s documented limits', () => {
  /** A mailbox that refuses what the documentation says it refuses, as Outlook does. */
  const strictMailbox = (seen: NewMessageFormParameters[]): ComposeMailboxLike => ({
    displayNewMessageFormAsync: (parameters, callback) => {
      const tooLong = parameters.subject.length > 255 || parameters.attachments.some((a) => a.name.length > 255) || new TextEncoder().encode(parameters.htmlBody).length > 32 * 1024 || parameters.toRecipients.length > 100;
      if (tooLong) return callback({ status: 'failed', value: undefined, error: { message: 'Invalid parameters' } });
      seen.push(parameters);
      callback({ status: 'succeeded', value: undefined });
    },
  });

  it('a scammer’s 600-character subject with control characters still opens the report (attachment name ≤ 255, one line)', async () => {
    const seen: NewMessageFormParameters[] = [];
    const subject = `Urgent\r\n\u001b[2J${'Your account is on hold '.repeat(25)}😀`;
    await expect(openReportMessage(strictMailbox(seen), { ...draft, subject: `Phishing: ${subject}` }, { itemId: 'id', subject })).resolves.toEqual({ ok: true, value: undefined });
    const name = seen[0]!.attachments[0]!.name;
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^Urgent \[2JYour account/);
    expect([...name].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(seen[0]!.subject.length).toBeLessThanOrEqual(255);
  });

  it('a body over 32 KB is cut at the end of a list item, not inside a tag', async () => {
    const seen: NewMessageFormParameters[] = [];
    const htmlBody = `<p>intro</p><ul>${'<li>è una truffa &amp; <code>evidence</code></li>'.repeat(1500)}</ul><p>footer</p>`;
    await expect(openReportMessage(strictMailbox(seen), { ...draft, htmlBody }, original)).resolves.toEqual({ ok: true, value: undefined });
    expect(seen[0]!.htmlBody).toMatch(/<\/li><p>…<\/p>$/);
    expect(new TextEncoder().encode(seen[0]!.htmlBody).length).toBeLessThanOrEqual(32 * 1024);
  });
});
