// A fake Outlook mailbox for the adapter tests: items built from .eml text, requirement sets chosen per test,
// and calls that can fail, throw or never call back.
import type { AsyncResultLike } from '../../src/office/settle';
import type { AttachmentDetailsLike, MailboxLike, MessageItemLike } from '../../src/office/office-item';

export type Behaviour = 'ok' | 'fail' | 'throw' | 'hang';

export interface FakeItemOptions {
  readonly eml: string;
  readonly itemType?: string;
  readonly subject?: unknown;
  readonly getAsFile?: Behaviour;
  readonly headers?: Behaviour;
  readonly html?: Behaviour;
  readonly attachments?: readonly AttachmentDetailsLike[];
  readonly attachmentContent?: Readonly<Record<string, string>>;
  /** Which optional APIs exist on the item (older clients lack them). */
  readonly apis?: { readonly getAsFile?: boolean; readonly headers?: boolean; readonly attachmentContent?: boolean };
}

function respond<T>(behaviour: Behaviour, value: T, callback: (r: AsyncResultLike<T>) => void): void {
  if (behaviour === 'hang') return;
  if (behaviour === 'throw') throw new Error('the host threw');
  const result: AsyncResultLike<T> =
    behaviour === 'ok' ? { status: 'succeeded', value } : { status: 'failed', value: undefined as T, error: { message: 'Internal error', code: 9020 } };
  setTimeout(() => callback(result), 0);
}

export function fakeItem(options: FakeItemOptions): MessageItemLike & { calls: string[] } {
  const eml = options.eml.replace(/\r?\n/g, '\r\n');
  const split = eml.indexOf('\r\n\r\n');
  const headers = split < 0 ? eml : eml.slice(0, split);
  const body = split < 0 ? '' : eml.slice(split + 4);
  const apis = { getAsFile: true, headers: true, attachmentContent: true, ...options.apis };
  const calls: string[] = [];
  const item: MessageItemLike & { calls: string[] } = {
    calls,
    itemType: options.itemType ?? 'message',
    subject: options.subject ?? (/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? ''),
    from: { displayName: 'Fake Sender', emailAddress: 'sender@outlook-fake.example' },
    to: [{ displayName: 'Me', emailAddress: 'me@example.it' }],
    attachments: options.attachments ?? [],
    body: {
      getAsync(coercion, callback) {
        calls.push(`body:${coercion}`);
        respond(options.html ?? 'ok', body, callback);
      },
    },
  };
  if (apis.getAsFile)
    item.getAsFileAsync = (callback) => {
      calls.push('getAsFile');
      respond(options.getAsFile ?? 'ok', Buffer.from(eml).toString('base64'), callback);
    };
  if (apis.headers)
    item.getAllInternetHeadersAsync = (callback) => {
      calls.push('headers');
      respond(options.headers ?? 'ok', headers, callback);
    };
  if (apis.attachmentContent)
    item.getAttachmentContentAsync = (id, callback) => {
      calls.push(`attachment:${id}`);
      const content = options.attachmentContent?.[id];
      respond(content === undefined ? 'fail' : 'ok', { format: 'base64', content: content ?? '' }, callback);
    };
  return item;
}

/** isSetSupported for a client whose highest Mailbox set is `highest` ('1.14' supports '1.8'). */
export function supportsUpTo(highest: string): (version: string) => boolean {
  const n = (v: string): number => v.split('.').reduce((acc, part) => acc * 1000 + Number(part), 0);
  return (version) => n(version) <= n(highest);
}

export function fakeMailbox(item: MessageItemLike | null): MailboxLike & { mailbox: { item: MessageItemLike | null }; fire(): void; handlers: Map<string, (event?: unknown) => void> } {
  const handlers = new Map<string, (event?: unknown) => void>();
  const mailbox = {
    item,
    handlers,
    mailbox: undefined as unknown as { item: MessageItemLike | null },
    addHandlerAsync(type: string, handler: (event?: unknown) => void, callback?: (r: AsyncResultLike<void>) => void) {
      handlers.set(type, handler);
      callback?.({ status: 'succeeded', value: undefined });
    },
    removeHandlerAsync(type: string, callback?: (r: AsyncResultLike<void>) => void) {
      handlers.delete(type);
      callback?.({ status: 'succeeded', value: undefined });
    },
    fire() {
      handlers.get('olkItemSelectedChanged')?.();
    },
  };
  mailbox.mailbox = mailbox;
  return mailbox;
}

export const PHISHING_EML = `Authentication-Results: spf=fail smtp.mailfrom=amazon-verify.top; dkim=none; dmarc=fail header.from=amazon-verify.top
From: "Amazon" <alert@amazon-verify.top>
Reply-To: helpdesk.amazon@gmail.com
To: me@example.it
Subject: =?UTF-8?Q?Il_tuo_account_=C3=A8_sospeso?=
Date: Tue, 24 Nov 2026 07:42:00 +0100
Message-ID: <p1@amazon-verify.top>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<p>Conferma la password: <a href="https://amazon-verify.top/login">https://www.amazon.it/login</a></p>
`;
