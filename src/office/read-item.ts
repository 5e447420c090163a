import type { MailAddress, MailAttachment, MailMessage, MessageParts, UnavailableData } from '../engine';
import { buildMailMessage, parseEml, toMailAddress } from '../engine';
import { base64ToBytes } from './base64';
import type { AttachmentContentLike, AttachmentDetailsLike, EmailAddressLike, MessageItemLike, SupportsMailbox } from './office-item';
import { parseHeaderBlock } from './parse-header-block';
import { settle } from './settle';

export type UnsupportedReason = 'appointment' | 'compose';

/** What reading the current item gave. `cancelled` means a newer item replaced it while it was being read. */
export type ReadOutcome =
  | { readonly kind: 'message'; readonly message: MailMessage; readonly source: 'eml' | 'parts' }
  | { readonly kind: 'no-item' }
  | { readonly kind: 'unsupported'; readonly reason: UnsupportedReason }
  | { readonly kind: 'error'; readonly reason: string }
  | { readonly kind: 'cancelled' };

/** Downloading a whole message (up to 150 MB in Exchange Online) takes longer than any other call. */
export const GET_FILE_TIMEOUT_MS = 30_000;
/** Attachments whose content we download on older clients: each costs a round trip, and the first few carry the payload. */
export const MAX_ATTACHMENTS_DOWNLOADED = 10;
/** Larger attachments are listed but not downloaded: their first bytes are what the checks read, and a 25 MB download would stall the pane. */
export const MAX_ATTACHMENT_DOWNLOAD_BYTES = 5 * 1024 * 1024;
const MAX_ATTACHMENT_BYTES_KEPT = 256 * 1024;
/** Base64 characters that decode to MAX_ATTACHMENT_BYTES_KEPT bytes (a multiple of 4, so atob accepts the slice). */
const BASE64_CHARS_KEPT = 4 * Math.ceil(MAX_ATTACHMENT_BYTES_KEPT / 3);

/**
 * Reads the open item into a MailMessage. Mailbox 1.14: the whole .eml through getAsFileAsync, parsed by the same
 * parseEml as the CLI. Older clients: HTML body + internet headers (1.8) + attachment list, with what could not be
 * read listed in `unavailable` so the pane can say which checks did not run. Never throws.
 */
export async function readItem(item: MessageItemLike | null | undefined, supports: SupportsMailbox, signal?: AbortSignal): Promise<ReadOutcome> {
  if (!item) return { kind: 'no-item' };
  if (item.itemType !== 'message') return { kind: 'unsupported', reason: 'appointment' };
  if (typeof item.subject !== 'string') return { kind: 'unsupported', reason: 'compose' };

  if (supports('1.14') && typeof item.getAsFileAsync === 'function') {
    const file = await settle<string>((cb) => item.getAsFileAsync?.(cb), GET_FILE_TIMEOUT_MS);
    if (signal?.aborted) return { kind: 'cancelled' };
    if (file.ok && file.value) {
      const parsed = await parseEml(base64ToBytes(file.value));
      if (signal?.aborted) return { kind: 'cancelled' };
      if (parsed.ok) return { kind: 'message', message: parsed.message, source: 'eml' };
    }
    // A failed or unparsable download falls back to the parts, which older clients give too.
  }
  return readParts(item, supports, signal);
}

function toAddress(details: EmailAddressLike | null | undefined): MailAddress | undefined {
  if (!details?.emailAddress) return undefined;
  return toMailAddress(details.displayName, details.emailAddress);
}

async function readParts(item: MessageItemLike, supports: SupportsMailbox, signal?: AbortSignal): Promise<ReadOutcome> {
  const unavailable: UnavailableData[] = [];
  let parts: MessageParts = {
    from: toAddress(item.from),
    sender: toAddress(item.sender),
    to: (item.to ?? []).map(toAddress).filter((a): a is MailAddress => a !== undefined),
    cc: (item.cc ?? []).map(toAddress).filter((a): a is MailAddress => a !== undefined),
    subject: item.subject as string,
    messageId: item.internetMessageId ?? '',
    date: item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toISOString() : '',
  };

  const headerBlock =
    supports('1.8') && typeof item.getAllInternetHeadersAsync === 'function'
      ? await settle<string>((cb) => item.getAllInternetHeadersAsync?.(cb))
      : undefined;
  if (signal?.aborted) return { kind: 'cancelled' };
  if (headerBlock?.ok && headerBlock.value.trim()) {
    parts = { ...parts, ...(await partsFromHeaders(headerBlock.value)) };
  } else {
    unavailable.push('headers');
  }

  let body = await settle<string>((cb) => item.body.getAsync('html', cb));
  if (signal?.aborted) return { kind: 'cancelled' };
  if (body.ok) {
    parts.html = body.value;
  } else {
    unavailable.push('html');
    body = await settle<string>((cb) => item.body.getAsync('text', cb));
    if (body.ok) parts.text = body.value;
  }

  const attachments = await readAttachments(item, supports, unavailable, signal);
  if (signal?.aborted) return { kind: 'cancelled' };
  parts.attachments = attachments;
  parts.unavailable = unavailable;
  return { kind: 'message', message: buildMailMessage(parts), source: 'parts' };
}

/** Address fields decoded from the raw headers (Reply-To, Return-Path, RFC 2047 names) by the same parser as the CLI. */
async function partsFromHeaders(block: string): Promise<MessageParts> {
  const headers = parseHeaderBlock(block);
  const parsed = await parseEml(block.replace(/\s+$/, '') + '\r\n\r\n');
  if (!parsed.ok) return { headers };
  const m = parsed.message;
  return {
    headers,
    ...(m.from ? { from: m.from } : {}),
    ...(m.sender ? { sender: m.sender } : {}),
    replyTo: m.replyTo,
    returnPath: m.returnPath,
    ...(m.subject ? { subject: m.subject } : {}),
    ...(m.date ? { date: m.date } : {}),
    ...(m.messageId ? { messageId: m.messageId } : {}),
    inReplyTo: m.inReplyTo,
  };
}

async function readAttachments(item: MessageItemLike, supports: SupportsMailbox, unavailable: UnavailableData[], signal?: AbortSignal): Promise<MailAttachment[]> {
  const list = item.attachments ?? [];
  const canDownload = supports('1.8') && typeof item.getAttachmentContentAsync === 'function';
  const out: MailAttachment[] = [];
  let missedContent = false;
  for (const [index, details] of list.entries()) {
    const base = describe(details);
    const worthDownloading = details.attachmentType === 'file' && details.size <= MAX_ATTACHMENT_DOWNLOAD_BYTES && index < MAX_ATTACHMENTS_DOWNLOADED;
    if (!canDownload || !worthDownloading) {
      if (details.attachmentType === 'file') missedContent = true;
      out.push(base);
      continue;
    }
    const content = await settle<AttachmentContentLike>((cb) => item.getAttachmentContentAsync?.(details.id, cb));
    if (signal?.aborted) return out;
    if (content.ok && content.value.format === 'base64') {
      const bytes = base64ToBytes(content.value.content.slice(0, BASE64_CHARS_KEPT));
      out.push({ ...base, head: bytes.subarray(0, MAX_ATTACHMENT_BYTES_KEPT) });
    } else {
      missedContent = true;
      out.push(base);
    }
  }
  if (missedContent) unavailable.push('attachment-content');
  return out;
}

function describe(details: AttachmentDetailsLike): MailAttachment {
  return {
    filename: details.name ?? '',
    contentType: (details.contentType ?? (details.attachmentType === 'item' ? 'message/rfc822' : 'application/octet-stream')).toLowerCase(),
    disposition: details.isInline ? 'inline' : 'attachment',
    size: details.size ?? 0,
  };
}
