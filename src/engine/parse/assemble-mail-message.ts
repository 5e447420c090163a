import type { MailAddress, MailAttachment, MailHeader, MailLink, MailMessage, UnavailableData } from '../model';
import { parseAuthResults } from './auth-results';
import { mapC1ToWindows1252 } from './c1-controls';
import { extractHtml } from './extract-html';
import { extractTextLinks } from './extract-text-links';
import { MAX_ATTACHMENTS, MAX_LINKS, MAX_TEXT_CHARS } from './limits';

/** The decoded pieces of a message, from postal-mime or from Outlook's item API on older clients. */
export interface MessageParts {
  from?: MailAddress;
  sender?: MailAddress;
  replyTo?: readonly MailAddress[];
  returnPath?: string;
  to?: readonly MailAddress[];
  cc?: readonly MailAddress[];
  subject?: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  headers?: readonly MailHeader[];
  text?: string;
  html?: string;
  attachments?: readonly MailAttachment[];
  limitsHit?: readonly string[];
  unavailable?: readonly UnavailableData[];
}

function cap(text: string, limitsHit: string[]): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  if (!limitsHit.includes('MAX_TEXT_CHARS')) limitsHit.push('MAX_TEXT_CHARS');
  return text.slice(0, MAX_TEXT_CHARS);
}

/** Strips NUL and other C0 controls but tab and newlines (they never carry meaning and confuse display), and maps C1. */
function dropControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return mapC1ToWindows1252(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}

/** Header value of the first header named `key` ('' when absent). */
export function headerValue(headers: readonly MailHeader[], key: string): string {
  return headers.find((h) => h.key === key)?.value ?? '';
}

/**
 * Turns decoded parts into the MailMessage every detector reads, without looking for a forwarded original (see
 * buildMailMessage, which does). Pure and synchronous.
 */
export function assembleMailMessage(parts: MessageParts): MailMessage {
  const limitsHit = [...(parts.limitsHit ?? [])];
  const headers = parts.headers ?? [];
  const html = dropControls(parts.html ?? '');
  const text = cap(dropControls(parts.text ?? ''), limitsHit);
  const fromHtml = html ? extractHtml(html) : undefined;
  for (const limit of fromHtml?.limitsHit ?? []) if (!limitsHit.includes(limit)) limitsHit.push(limit);

  const visibleText = cap(fromHtml && fromHtml.visibleText ? fromHtml.visibleText : text, limitsHit);
  // Plain-text URLs: from the text part when there is no HTML, and also URLs written as text inside the HTML.
  const textLinks = extractTextLinks(fromHtml ? fromHtml.textOutsideLinks : text);
  const anchorHrefs = new Set((fromHtml?.links ?? []).map((l) => l.href));
  const links: MailLink[] = [...(fromHtml?.links ?? [])];
  for (const link of textLinks) {
    if (links.length >= MAX_LINKS) break;
    if (!anchorHrefs.has(link.href)) links.push(link);
  }

  const attachments = (parts.attachments ?? []).slice(0, MAX_ATTACHMENTS);
  if ((parts.attachments?.length ?? 0) > MAX_ATTACHMENTS) limitsHit.push('MAX_ATTACHMENTS');

  const returnPath = (parts.returnPath ?? headerValue(headers, 'return-path')).trim().replace(/^<|>$/g, '');
  return {
    from: parts.from,
    sender: parts.sender,
    replyTo: parts.replyTo ?? [],
    returnPath,
    to: parts.to ?? [],
    cc: parts.cc ?? [],
    subject: dropControls(parts.subject ?? ''),
    date: parts.date ?? '',
    messageId: parts.messageId ?? '',
    inReplyTo: parts.inReplyTo ?? '',
    headers,
    text,
    html,
    visibleText,
    links,
    images: fromHtml?.images ?? [],
    forms: fromHtml?.forms ?? [],
    hiddenText: fromHtml?.hiddenText ?? [],
    attachments,
    auth: parseAuthResults(headers),
    limitsHit,
    unavailable: parts.unavailable ?? [],
  };
}

