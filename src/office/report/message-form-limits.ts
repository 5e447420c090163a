import type { NewMessageFormParameters } from './compose-report';

/**
 * What displayNewMessageForm(Async) accepts, from Office.MessageForm and Office.MessageFormAttachment
 * (learn.microsoft.com/javascript/api/outlook/office.messageform, .../office.messageformattachment): the subject up
 * to 255 characters, the body up to 32 KB, at most 100 recipients per field, an attachment name up to 255
 * characters. Beyond them the call throws or fails, and the person's "Report to security team" does nothing: a
 * long subject from a scammer must never switch reporting off.
 */
export const MAX_FORM_SUBJECT_LENGTH = 255;
export const MAX_FORM_ATTACHMENT_NAME_LENGTH = 255;
export const MAX_FORM_HTML_BODY_BYTES = 32 * 1024;
export const MAX_FORM_RECIPIENTS = 100;

/** One line, no control characters, at most `max` UTF-16 units, never ending in half a surrogate pair. */
export function boundedLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a subject or a name must not carry
  let out = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    out = out.slice(0, max);
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  }
  return out;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Cuts an HTML body to the byte budget at the end of a paragraph or list item, so the cut never falls inside a
 * tag or an entity, and says it was shortened.
 */
export function boundedHtmlBody(html: string, maxBytes = MAX_FORM_HTML_BODY_BYTES): string {
  if (utf8Length(html) <= maxBytes) return html;
  const note = '<p>…</p>';
  const budget = maxBytes - utf8Length(note);
  const boundaries = /<\/(?:p|li|ul)>/g;
  let cut = 0;
  let bytes = 0;
  for (let match = boundaries.exec(html); match; match = boundaries.exec(html)) {
    const candidate = match.index + match[0].length;
    bytes += utf8Length(html.slice(cut, candidate));
    if (bytes > budget) break;
    cut = candidate;
  }
  return `${html.slice(0, cut)}${note}`;
}

/** The parameters, each within its documented limit. */
export function boundNewMessageForm(parameters: NewMessageFormParameters): NewMessageFormParameters {
  return {
    toRecipients: parameters.toRecipients.slice(0, MAX_FORM_RECIPIENTS),
    subject: boundedLine(parameters.subject, MAX_FORM_SUBJECT_LENGTH),
    htmlBody: boundedHtmlBody(parameters.htmlBody),
    attachments: parameters.attachments.map((attachment) => ({
      ...attachment,
      name: boundedLine(attachment.name, MAX_FORM_ATTACHMENT_NAME_LENGTH) || 'message',
    })),
  };
}
