import type { ForwardedMessage, MailAddress, MailAttachment, MailHeader, MailMessage, UnavailableData } from '../model';
import { toMailAddress } from './address';
import { assembleMailMessage, headerValue } from './assemble-mail-message';
import { parseAuthResults } from './auth-results';
import { parseShownAddressList, parseShownFrom } from './forwarded-address';
import { findInlineBlock } from './forwarded-inline';
import type { ForwardedField } from './forwarded-labels';
import { FORWARD_SUBJECT_PREFIXES, REPLY_SUBJECT_PREFIXES } from './forwarded-labels';

// A person forwards a suspicious message to a colleague or to the security team, who read it with Occhio open.
// The outer message then comes from an authenticated colleague and says "Fw: ..."; the evidence is in the original
// that the forward carries: its sender, its subject, its body. This finds that original, either attached
// (message/rfc822) or written inline under a header block (Outlook, Gmail, Apple Mail, Thunderbird, in the
// languages Occhio reads), and builds it as a message of its own (MailMessage.forwarded), so that analyze() can run
// the detectors on it. Only one level: the original's own forwards are not read.

/** The original message a forward carries, as far as the forward shows it. */
export interface ForwardedOriginal {
  /** 'attachment': a message/rfc822 part (its own headers survive); 'inline': a header block in the body. */
  readonly via: 'attachment' | 'inline';
  /** The original's From as shown ('' address when the client showed only a name, as Outlook does for some senders). */
  readonly from: MailAddress;
  /** Outlook's "X on behalf of Y": X. */
  readonly sender?: MailAddress;
  readonly replyTo: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  /** As shown ('segunda-feira, 2 de janeiro de 2023 18:23'), or ISO 8601 when an attached message's Date parses. */
  readonly date: string;
  /** The original's body as plain text: after the header block (inline), or its text/plain part (attached). */
  readonly text: string;
  /** What a reader sees of the original: after the header block in the rendered HTML (inline); '' for attached. */
  readonly visibleText: string;
  /** The attached original's text/html part; '' for inline (the outer HTML holds it, with the forwarder's note). */
  readonly html: string;
  /** The attached original's headers without authentication results; [] for inline. */
  readonly headers: readonly MailHeader[];
  /** The message/rfc822 attachment the original came from. */
  readonly attachment?: MailAttachment;
}

/**
 * Subject prefix kind: 'Fw: x', 'ENC: x', '[Fwd: x]', 'x (fwd)' (Pine) => 'forward'; 'Re: x', 'R: x', 'AW: x' => 'reply'.
 */
export function subjectPrefixKind(subject: string): 'forward' | 'reply' | undefined {
  if (subject.slice(-12).trimEnd().toLowerCase().endsWith('(fwd)')) return 'forward';
  let rest = subject.slice(0, 200).trimStart();
  if (rest.startsWith('[')) rest = rest.slice(1).trimStart();
  const colon = rest.indexOf(':');
  if (colon < 1 || colon > 8) return undefined;
  const word = rest.slice(0, colon).trim().toLowerCase();
  if (FORWARD_SUBJECT_PREFIXES.has(word)) return 'forward';
  return REPLY_SUBJECT_PREFIXES.has(word) ? 'reply' : undefined;
}

/**
 * Headers of an attached original that must not count: whoever built the attachment wrote them, and a forged
 * 'dmarc=pass' or 'AuthAs: Internal' would silence the brand and sender checks.
 */
function isTrustHeader(key: string): boolean {
  return (
    key === 'received-spf' ||
    key.endsWith('authentication-results') ||
    key.startsWith('arc-') ||
    (key.startsWith('x-ms-exchange-') && key.includes('-auth'))
  );
}

/** Message/rfc822 parts of a forward (parsed by parseEml); a digest or a delivery report carries them too and is no forward. */
function attachedOriginal(message: MailMessage): ForwardedOriginal | undefined {
  const contentType = headerValue(message.headers, 'content-type').toLowerCase();
  if (contentType.includes('multipart/digest') || contentType.includes('multipart/report')) return undefined;
  const attached = message.attachments.filter((a) => a.contentType === 'message/rfc822');
  const attachment = attached[0];
  const read = attachment?.message;
  if (attached.length !== 1 || !read) return undefined;
  return {
    via: 'attachment',
    from: read.from ?? toMailAddress('', ''),
    sender: read.sender,
    replyTo: read.replyTo,
    to: read.to,
    cc: read.cc,
    subject: read.subject,
    date: read.date,
    text: read.text,
    visibleText: '',
    html: read.html,
    headers: read.headers.filter((h) => !isTrustHeader(h.key)),
    attachment,
  };
}

function fromFields(fields: ReadonlyMap<ForwardedField, string>): Pick<ForwardedOriginal, 'from' | 'sender' | 'replyTo' | 'to' | 'cc' | 'subject' | 'date'> {
  const shown = parseShownFrom(fields.get('from') ?? '');
  return {
    from: shown.from,
    sender: shown.sender,
    replyTo: parseShownAddressList(fields.get('replyTo') ?? ''),
    to: parseShownAddressList(fields.get('to') ?? ''),
    cc: parseShownAddressList(fields.get('cc') ?? ''),
    subject: fields.get('subject') ?? '',
    date: fields.get('date') ?? '',
  };
}

/**
 * The original inside a forwarded message, or undefined when the message is no forward.
 * A forward is: one attached message/rfc822 (not in a digest or a bounce); or a header block within the first
 * lines of the body, under an explicit "Forwarded message" separator, or under any block when the subject starts
 * with a forward prefix ('Fw:', 'ENC:', 'WG:', 'TR:', 'RV:', 'I:'). A reply ('Re:' subject, '>' quoting, 'On ... wrote:')
 * is normal mail and gives undefined.
 *
 * 'ENC: ON MY DYING BED' with body '____\nDe: Floria Morton <info@mestoto.com.tr>\nEnviado: ...\nAssunto: ON MY DYING BED\n\nMay the peace...'
 *   => { via: 'inline', from: { name: 'Floria Morton', address: 'info@mestoto.com.tr' }, subject: 'ON MY DYING BED', text: 'May the peace...' }
 */
export function extractForwardedOriginal(message: MailMessage): ForwardedOriginal | undefined {
  const kind = subjectPrefixKind(message.subject);
  if (kind === 'reply') return undefined;
  const attached = attachedOriginal(message);
  if (attached) return attached;
  const saysForward = kind === 'forward';
  const inText = message.text ? findInlineBlock(message.text, saysForward) : undefined;
  const inVisible = message.visibleText && message.visibleText !== message.text ? findInlineBlock(message.visibleText, saysForward) : undefined;
  // The rendered HTML is what the reader saw, so its block wins; the text part is the fallback.
  const block = inVisible ?? inText;
  if (!block) return undefined;
  return {
    via: 'inline',
    ...fromFields(block.fields),
    text: (inText ?? block).body,
    visibleText: block.body,
    html: '',
    headers: [],
  };
}

function withHeadersUnavailable(unavailable: readonly UnavailableData[]): UnavailableData[] {
  return unavailable.includes('headers') ? [...unavailable] : [...unavailable, 'headers'];
}

/**
 * A MailMessage for the original, for analyze(). It has no authentication results (they were lost in the forward:
 * the outer message's results are the forwarder's). Inline: the outer links, images, forms, hidden text and
 * attachments are the original's (the forwarder's note rarely has any), its headers are unavailable. Attached: built
 * from the attached message's parts and headers, with the outer attachments but the one that held it.
 */
export function forwardedAsMessage(outer: MailMessage, original: ForwardedOriginal): MailMessage {
  const from = original.from.address || original.from.name ? original.from : undefined;
  if (original.via === 'attachment') {
    return assembleMailMessage({
      from,
      sender: original.sender,
      replyTo: original.replyTo,
      returnPath: headerValue(original.headers, 'return-path'),
      to: original.to,
      cc: original.cc,
      subject: original.subject,
      date: original.date,
      messageId: headerValue(original.headers, 'message-id'),
      inReplyTo: headerValue(original.headers, 'in-reply-to'),
      headers: original.headers,
      text: original.text,
      html: original.html,
      attachments: outer.attachments.filter((a) => a !== original.attachment),
      limitsHit: outer.limitsHit,
      unavailable: outer.unavailable,
    });
  }
  return {
    ...outer,
    from,
    sender: original.sender,
    replyTo: original.replyTo,
    returnPath: '',
    to: original.to,
    cc: original.cc,
    subject: original.subject,
    date: original.date,
    messageId: '',
    inReplyTo: '',
    headers: [],
    text: original.text,
    visibleText: original.visibleText || original.text,
    auth: parseAuthResults([]),
    unavailable: withHeadersUnavailable(outer.unavailable),
    forwarded: undefined,
  };
}

/**
 * The original a forward carries, as a message of its own (see forwardedAsMessage), or undefined when the message is
 * no forward. buildMailMessage calls it once per message; the original's own forwards are not read.
 */
export function readForwardedOriginal(message: MailMessage): ForwardedMessage | undefined {
  const original = extractForwardedOriginal(message);
  return original ? { via: original.via, message: forwardedAsMessage(message, original) } : undefined;
}
