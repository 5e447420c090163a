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
