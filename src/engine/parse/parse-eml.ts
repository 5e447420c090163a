import PostalMime from 'postal-mime';
import type { Address, Attachment, Email } from 'postal-mime';
import type { AttachedMessage, MailAddress, MailAttachment, MailMessage } from '../model';
import { readBareFrom, toMailAddress } from './address';
import { buildMailMessage } from './build-mail-message';
import { MAX_ATTACHED_MESSAGES_READ, MAX_ATTACHMENT_BYTES_KEPT, MAX_HEADERS_BYTES, MAX_MIME_DEPTH, MAX_RAW_BYTES } from './limits';

export type ParseErrorCode = 'empty' | 'not-a-message' | 'mime-too-deep' | 'headers-too-large' | 'malformed';

export interface ParseError {
  readonly code: ParseErrorCode;
  /** A sentence for people, in English (the CLI prints it; the pane maps the code to its own wording). */
  readonly reason: string;
}

export type ParseResult = { readonly ok: true; readonly message: MailMessage } | { readonly ok: false; readonly error: ParseError };

function flattenAddresses(addresses: readonly Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const entry of addresses ?? []) {
    if (entry.group) for (const member of entry.group) out.push(toMailAddress(member.name, member.address));
    else out.push(toMailAddress(entry.name, entry.address));
  }
  return out;
}

function toBytes(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function toMailAttachment(attachment: Attachment, message: AttachedMessage | undefined): MailAttachment {
  const bytes = toBytes(attachment.content);
  const disposition: MailAttachment['disposition'] =
    attachment.disposition === 'attachment' ? 'attachment' : attachment.disposition === 'inline' ? 'inline' : 'other';
  return {
    filename: attachment.filename ?? '',
    contentType: attachment.mimeType.toLowerCase(),
    disposition,
    size: bytes.byteLength,
    head: bytes.subarray(0, MAX_ATTACHMENT_BYTES_KEPT).slice(),
    contentId: attachment.contentId,
    ...(message ? { message } : {}),
  };
}

const POSTAL_MIME_OPTIONS = { maxNestingDepth: MAX_MIME_DEPTH, maxHeadersSize: MAX_HEADERS_BYTES, attachmentEncoding: 'arraybuffer' } as const;

/**
 * The From mailbox. A line without angle brackets is read as mail clients read it (parse/address.ts readBareFrom):
 * postal-mime takes the first address of 'Nexi info@nexi.it x@evil.com' and reads 'Nexi: x@evil.com' as a group
 * without a name.
 */
function fromOf(email: Email): MailAddress | undefined {
  const raw = email.headers.find((h) => h.key === 'from')?.value;
  const parsed = email.from ? flattenAddresses([email.from])[0] : undefined;
  const bare = raw === undefined ? undefined : readBareFrom(raw);
  if (!bare || !email.from) return parsed ?? bare;
  // postal-mime decoded the name (RFC 2047); keep its reading whenever it found the same address.
  if (email.from.group) return toMailAddress(email.from.name, bare.address);
  return parsed?.address.toLowerCase() === bare.address.toLowerCase() ? parsed : bare;
}

/** What a parsed message says about itself, for the MailMessage and for an attached message alike. */
function messageFields(email: Email): AttachedMessage {
  return {
    from: fromOf(email),
    sender: email.sender ? flattenAddresses([email.sender])[0] : undefined,
    replyTo: flattenAddresses(email.replyTo),
    to: flattenAddresses(email.to),
    cc: flattenAddresses(email.cc),
    subject: email.subject ?? '',
    date: email.date ?? '',
    messageId: email.messageId ?? '',
    inReplyTo: email.inReplyTo ?? '',
    returnPath: email.returnPath ?? '',
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    text: email.text ?? '',
    html: email.html ?? '',
  };
}

function byteLength(raw: string | ArrayBuffer | Uint8Array): number {
  return typeof raw === 'string' ? raw.length : raw.byteLength;
}

function truncate(raw: string | ArrayBuffer | Uint8Array): string | ArrayBuffer | Uint8Array {
  if (typeof raw === 'string') return raw.slice(0, MAX_RAW_BYTES);
  return raw instanceof Uint8Array ? raw.subarray(0, MAX_RAW_BYTES) : raw.slice(0, MAX_RAW_BYTES);
}

function classifyFailure(error: unknown): ParseError {
  const text = error instanceof Error ? error.message : String(error);
  if (/nesting depth/i.test(text)) return { code: 'mime-too-deep', reason: `MIME parts are nested deeper than ${MAX_MIME_DEPTH} levels (a MIME bomb?)` };
  if (/header/i.test(text) && /size|large|limit/i.test(text)) return { code: 'headers-too-large', reason: `headers exceed ${MAX_HEADERS_BYTES} bytes` };
  return { code: 'malformed', reason: `the message could not be parsed: ${text.slice(0, 200)}` };
}

/** Header names every RFC 5322 message has at least one of; a file with none of them is not mail. */
const MAIL_HEADERS = new Set(['from', 'to', 'subject', 'date', 'received', 'message-id', 'return-path', 'sender']);

/**
 * A message/rfc822 attachment (a forward "as attachment"), parsed by postal-mime like the message itself, so that
 * analyze() can judge the original it carries (parse/forwarded.ts). Undefined for bytes that are no message.
 */
async function readAttachedMessage(attachment: Attachment): Promise<AttachedMessage | undefined> {
  try {
    const email = await PostalMime.parse(toBytes(attachment.content).subarray(0, MAX_RAW_BYTES), POSTAL_MIME_OPTIONS);
    return email.headers.some((h) => MAIL_HEADERS.has(h.key)) ? messageFields(email) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses an RFC 5322 / MIME message with postal-mime (the same code in Node, the browser and Outlook) and builds
 * the MailMessage. Never throws: a message that cannot be read gives a typed error with a reason.
 */
export async function parseEml(raw: string | ArrayBuffer | Uint8Array): Promise<ParseResult> {
  const size = byteLength(raw);
  if (size === 0) return { ok: false, error: { code: 'empty', reason: 'the file is empty' } };
  const limitsHit: string[] = [];
  const input = size > MAX_RAW_BYTES ? truncate(raw) : raw;
  if (input !== raw) limitsHit.push('MAX_RAW_BYTES');

  let email: Email;
  try {
    email = await PostalMime.parse(input, POSTAL_MIME_OPTIONS);
  } catch (error) {
    return { ok: false, error: classifyFailure(error) };
  }
  if (!email.headers.some((h) => MAIL_HEADERS.has(h.key))) {
    return { ok: false, error: { code: 'not-a-message', reason: 'no mail headers found (From, To, Subject, Date...)' } };
  }

  const rfc822 = email.attachments.filter((a) => a.mimeType.toLowerCase() === 'message/rfc822').slice(0, MAX_ATTACHED_MESSAGES_READ);
  const attached = new Map(await Promise.all(rfc822.map(async (a) => [a, await readAttachedMessage(a)] as const)));
  try {
    const message = buildMailMessage({
      ...messageFields(email),
      attachments: email.attachments.map((a) => toMailAttachment(a, attached.get(a))),
      limitsHit,
    });
    return { ok: true, message };
  } catch (error) {
    return { ok: false, error: classifyFailure(error) };
  }
}
