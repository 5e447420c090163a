import type { MailAttachment, MailHeader, MailMessage, UnavailableData } from '../../src/engine';
import { buildMailMessage, toMailAddress } from '../../src/engine';

/** Options for a test message; everything has a harmless default. Addresses are written as in a header. */
export interface BuildOptions {
  from?: string;
  sender?: string;
  replyTo?: string | string[];
  returnPath?: string;
  to?: string | string[];
  cc?: string | string[];
  subject?: string;
  text?: string;
  html?: string;
  /** Extra headers in order, e.g. [['List-Id', '<x.lists.example.org>']]. */
  headers?: [string, string][];
  /** Shortcut for the topmost Authentication-Results header. */
  authenticationResults?: string;
  attachments?: Partial<MailAttachment>[];
  inReplyTo?: string;
  unavailable?: UnavailableData[];
}

/** 'Amazon <no-reply@amazon.it>' => { name: 'Amazon', address: 'no-reply@amazon.it' }; a bare address works too. */
export function parseAddress(value: string): ReturnType<typeof toMailAddress> {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$/.exec(value);
  return match ? toMailAddress(match[1], match[2]) : toMailAddress('', value.trim());
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Builds a MailMessage as parseEml would, without writing MIME: tables of cases stay short and readable. */
export function buildMessage(options: BuildOptions = {}): MailMessage {
  const from = options.from ?? 'Alice Example <alice@example.com>';
  const headers: MailHeader[] = [];
  if (options.authenticationResults !== undefined) {
    headers.push({ key: 'authentication-results', value: options.authenticationResults });
    // The receiving server's own hop, so that results carrying its authserv-id ('mx.example; ...') are believed
    // as parseEml believes them: written by the server that delivered the message.
    const authservId = /^\s*([a-z0-9.-]+)\s*(?:[;\s]|$)/i.exec(options.authenticationResults)?.[1];
    if (authservId && !options.authenticationResults.split(';')[0]?.includes('=')) {
      headers.push({ key: 'received', value: `from sender.invalid by ${authservId}; Wed, 25 Nov 2026 10:00:00 +0000` });
    }
  }
  headers.push({ key: 'from', value: from });
  for (const [key, value] of options.headers ?? []) headers.push({ key: key.toLowerCase(), value });
  const attachments: MailAttachment[] = (options.attachments ?? []).map((a) => ({
    filename: a.filename ?? '',
    contentType: a.contentType ?? 'application/octet-stream',
    disposition: a.disposition ?? 'attachment',
    size: a.size ?? a.head?.byteLength ?? 0,
    head: a.head,
    contentId: a.contentId,
  }));
  return buildMailMessage({
    from: parseAddress(from),
    sender: options.sender ? parseAddress(options.sender) : undefined,
    replyTo: list(options.replyTo).map(parseAddress),
    returnPath: options.returnPath,
    to: list(options.to ?? 'Bob <bob@acme.example>').map(parseAddress),
    cc: list(options.cc).map(parseAddress),
    subject: options.subject ?? 'Hello',
    date: '2026-11-25T10:00:00.000Z',
    messageId: '<test@example.com>',
    inReplyTo: options.inReplyTo,
    headers,
    text: options.text ?? (options.html === undefined ? 'Hi Bob, see you tomorrow.' : ''),
    html: options.html,
    attachments,
    unavailable: options.unavailable,
  });
}
