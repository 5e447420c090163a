import { readItem } from '../../src/office/read-item';
import { fakeItem, PHISHING_EML, supportsUpTo } from './fake-mailbox';

describe('readItem', () => {
  test('Mailbox 1.14: reads the whole .eml with getAsFileAsync and parses it like the CLI', async () => {
    const item = fakeItem({ eml: PHISHING_EML });
    const outcome = await readItem(item, supportsUpTo('1.14'));
    expect(outcome.kind).toBe('message');
    if (outcome.kind !== 'message') return;
    expect(outcome.source).toBe('eml');
    expect(item.calls).toEqual(['getAsFile']);
    expect(outcome.message.subject).toBe('Il tuo account è sospeso');
    expect(outcome.message.replyTo[0]?.address).toBe('helpdesk.amazon@gmail.com');
    expect(outcome.message.links[0]?.href).toBe('https://amazon-verify.top/login');
    expect(outcome.message.unavailable).toEqual([]);
  });

  test('a failed getAsFileAsync falls back to body + headers', async () => {
    const item = fakeItem({ eml: PHISHING_EML, getAsFile: 'fail' });
    const outcome = await readItem(item, supportsUpTo('1.14'));
    expect(outcome.kind === 'message' && outcome.source).toBe('parts');
    expect(item.calls).toEqual(['getAsFile', 'headers', 'body:html']);
  });

  test('a getAsFileAsync that throws inside Office also falls back, without an exception', async () => {
    const item = fakeItem({ eml: PHISHING_EML, getAsFile: 'throw' });
    const outcome = await readItem(item, supportsUpTo('1.14'));
    expect(outcome.kind === 'message' && outcome.source).toBe('parts');
  });

  test('Mailbox 1.8: never calls getAsFileAsync; headers give Reply-To, auth results and decoded subject', async () => {
    const item = fakeItem({ eml: PHISHING_EML });
    const outcome = await readItem(item, supportsUpTo('1.8'));
    expect(item.calls).not.toContain('getAsFile');
    if (outcome.kind !== 'message') throw new Error(outcome.kind);
    expect(outcome.message.replyTo[0]?.address).toBe('helpdesk.amazon@gmail.com');
    expect(outcome.message.auth.dmarc?.result).toBe('fail');
    expect(outcome.message.subject).toBe('Il tuo account è sospeso');
    expect(outcome.message.from?.address).toBe('alert@amazon-verify.top');
    expect(outcome.message.links.map((l) => l.href)).toContain('https://amazon-verify.top/login');
    expect(outcome.message.unavailable).toEqual([]);
  });

  test('Mailbox 1.5 (no headers API): marks headers unavailable and still reads the body', async () => {
    const item = fakeItem({ eml: PHISHING_EML, apis: { getAsFile: false, headers: false, attachmentContent: false } });
    const outcome = await readItem(item, supportsUpTo('1.5'));
    if (outcome.kind !== 'message') throw new Error(outcome.kind);
    expect(outcome.message.unavailable).toEqual(['headers']);
    expect(outcome.message.from?.address).toBe('sender@outlook-fake.example');
    expect(outcome.message.links.length).toBe(1);
  });

  test('a failing HTML body falls back to text and says so', async () => {
    const item = fakeItem({ eml: PHISHING_EML, html: 'fail' });
    const outcome = await readItem(item, supportsUpTo('1.8'));
    if (outcome.kind !== 'message') throw new Error(outcome.kind);
    expect(outcome.message.unavailable).toContain('html');
    expect(item.calls).toEqual(['headers', 'body:html', 'body:text']);
  });

  test('attachments: content downloaded where possible, the rest marked as not checked', async () => {
    const item = fakeItem({
      eml: PHISHING_EML,
      attachments: [
        { id: 'a1', name: 'fattura.html', contentType: 'text/html', size: 20, attachmentType: 'file', isInline: false },
        { id: 'a2', name: 'huge.zip', contentType: 'application/zip', size: 50_000_000, attachmentType: 'file', isInline: false },
      ],
      attachmentContent: { a1: Buffer.from('<form action=x>').toString('base64') },
    });
    const outcome = await readItem(item, supportsUpTo('1.8'));
    if (outcome.kind !== 'message') throw new Error(outcome.kind);
    const [first, second] = outcome.message.attachments;
    expect(first?.filename).toBe('fattura.html');
    expect(new TextDecoder().decode(first?.head)).toBe('<form action=x>');
    expect(second?.head).toBeUndefined();
    expect(item.calls).not.toContain('attachment:a2');
    expect(outcome.message.unavailable).toContain('attachment-content');
  });

  test('unsupported items: appointments and drafts (compose mode)', async () => {
    expect(await readItem(fakeItem({ eml: PHISHING_EML, itemType: 'appointment' }), supportsUpTo('1.14'))).toEqual({ kind: 'unsupported', reason: 'appointment' });
    expect(await readItem(fakeItem({ eml: PHISHING_EML, subject: { getAsync() {} } }), supportsUpTo('1.14'))).toEqual({ kind: 'unsupported', reason: 'compose' });
  });

  test('no item (a pinned pane with nothing selected)', async () => {
    expect(await readItem(null, supportsUpTo('1.14'))).toEqual({ kind: 'no-item' });
  });

  test('an aborted read reports cancelled instead of a stale message', async () => {
    const controller = new AbortController();
    const pending = readItem(fakeItem({ eml: PHISHING_EML }), supportsUpTo('1.14'), controller.signal);
    controller.abort();
    expect(await pending).toEqual({ kind: 'cancelled' });
  });
});
