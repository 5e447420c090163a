import type { MailHeader } from '../model';

// A message forwarded "as attachment" (Outlook on the web, Thunderbird, Apple Mail) arrives as a message/rfc822
// part, which parseEml keeps as an attachment with its first bytes. analyze() is synchronous, so this reads those
// bytes with a small synchronous MIME reader: the headers, and the first text/plain and text/html parts. Anything
// it cannot read (nested messages, exotic encodings) is left out, never guessed.

/** Header section of the attached message: real headers stay under 100 KB; past this it is not a message. */
const MAX_HEADER_CHARS = 128 * 1024;
/** Headers kept from the attached message. */
const MAX_HEADERS = 500;
/** MIME parts visited in the attached message: a forward has a handful; a crafted one cannot make the walk long. */
const MAX_PARTS = 40;
/** multipart/mixed > alternative > related is as deep as real bodies go. */
const MAX_DEPTH = 4;

/** What the attached message's bytes say. Header values as written (RFC 2047 words not decoded, as MailHeader says). */
export interface AttachedMessage {
  readonly headers: readonly MailHeader[];
  readonly text: string;
  readonly html: string;
}

/** Windows-1252 maps every byte to one UTF-16 unit, so offsets in the string are offsets in the bytes. */
function bytesAsChars(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

function charsAsBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const usable = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
  try {
    return charsAsBytes(atob(usable.padEnd(Math.ceil(usable.length / 4) * 4, '=')));
  } catch {
    return new Uint8Array(0);
  }
}

function quotedPrintableBytes(text: string, underscoreIsSpace: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '=') {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
      } else if (text.charAt(i + 1) === '\r' && text.charAt(i + 2) === '\n') i += 2;
      else if (text.charAt(i + 1) === '\n') i += 1;
      else out.push(0x3d);
    } else out.push(underscoreIsSpace && ch === '_' ? 0x20 : text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** '=?utf-8?B?QW1hem9u?= <a@b.c>' => 'Amazon <a@b.c>'. Spaces between two encoded words are dropped (RFC 2047 §6.2). */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)[ \t]{1,20}(?==\?)/g, '$1')
    .replace(/=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]{0,2000})\?=/g, (_all, charset: string, encoding: string, data: string) => {
      const bytes = encoding.toLowerCase() === 'b' ? base64Bytes(data) : quotedPrintableBytes(data, true);
      return decodeCharset(bytes, charset.split('*')[0] ?? '');
    });
}

/** Unfolded headers of a header section, values decoded (8-bit values read as UTF-8 when they are valid UTF-8). */
function parseHeaders(section: string): MailHeader[] {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(charsAsBytes(section));
  const text = utf8.includes('\ufffd') ? section : utf8;
  const headers: MailHeader[] = [];
  for (const line of text.split(/\r?\n/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      const last = headers[headers.length - 1];
      if (last) headers[headers.length - 1] = { key: last.key, value: `${last.value} ${line.trim()}` };
      continue;
    }
    if (headers.length >= MAX_HEADERS) break;
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    headers.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

function headerOf(headers: readonly MailHeader[], key: string): string {
  return headers.find((h) => h.key === key)?.value ?? '';
}

/** A parameter of a structured header: ('multipart/mixed; boundary="b1"', 'boundary') => 'b1'. */
function headerParameter(value: string, name: string): string {
  const lower = value.toLowerCase();
  const at = lower.indexOf(`${name}=`);
  if (at < 0) return '';
  let rest = value.slice(at + name.length + 1).trim();
  if (rest.startsWith('"')) {
    const close = rest.indexOf('"', 1);
    return rest.slice(1, close > 0 ? close : undefined);
  }
  const end = rest.search(/[;\s]/);
  rest = end >= 0 ? rest.slice(0, end) : rest;
  return rest;
}

/** End of the header section starting at `start`: [index of the blank line, index where the body starts]. */
function headerEnd(raw: string, start: number): [number, number] | undefined {
  const limit = Math.min(raw.length, start + MAX_HEADER_CHARS);
  const window = raw.slice(start, limit);
  if (window.startsWith('\r\n')) return [start, start + 2];
  if (window.startsWith('\n')) return [start, start + 1];
  const crlf = window.indexOf('\r\n\r\n');
  const lf = window.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return [start + crlf, start + crlf + 4];
  if (lf >= 0) return [start + lf, start + lf + 2];
  return undefined;
}

interface Bodies {
  text: string;
  html: string;
  parts: number;
}

function readLeaf(headers: readonly MailHeader[], raw: string, out: Bodies): void {
  const type = (headerOf(headers, 'content-type').split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
  if (type !== 'text/plain' && type !== 'text/html') return;
  if (headerOf(headers, 'content-disposition').toLowerCase().startsWith('attachment')) return;
  const encoding = headerOf(headers, 'content-transfer-encoding').trim().toLowerCase();
  const bytes = encoding === 'base64' ? base64Bytes(raw) : encoding === 'quoted-printable' ? quotedPrintableBytes(raw, false) : charsAsBytes(raw);
  const decoded = decodeCharset(bytes, headerParameter(headerOf(headers, 'content-type'), 'charset'));
  if (type === 'text/plain' && !out.text) out.text = decoded;
  if (type === 'text/html' && !out.html) out.html = decoded;
}

/** Walks one MIME entity whose headers are parsed and whose body is raw[start, end). */
function readEntity(headers: readonly MailHeader[], raw: string, start: number, end: number, depth: number, out: Bodies): void {
  if (out.parts++ >= MAX_PARTS) return;
  const contentType = headerOf(headers, 'content-type');
  if (!contentType.trim().toLowerCase().startsWith('multipart/')) {
    readLeaf(headers, raw.slice(start, end), out);
    return;
  }
  const boundary = headerParameter(contentType, 'boundary');
  if (!boundary || depth >= MAX_DEPTH) return;
  const delimiter = `--${boundary}`;
  let at = raw.indexOf(delimiter, start);
  while (at >= 0 && at < end && out.parts < MAX_PARTS) {
    const afterDelimiter = at + delimiter.length;
    if (raw.startsWith('--', afterDelimiter)) return; // closing delimiter
    const lineEnd = raw.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) return;
    const next = raw.indexOf(`\n${delimiter}`, lineEnd);
    const partEnd = next < 0 || next > end ? end : next;
    const partStart = lineEnd + 1;
    const split = headerEnd(raw, partStart);
    if (split) {
      const partHeaders = parseHeaders(raw.slice(partStart, split[0]));
      const bodyEnd = raw.charAt(partEnd - 1) === '\r' ? partEnd - 1 : partEnd;
      readEntity(partHeaders, raw, split[1], Math.max(split[1], bodyEnd), depth + 1, out);
    }
    at = next < 0 ? -1 : next + 1;
  }
}

/**
 * Reads the attached message's bytes (as parseEml kept them, possibly cut at MAX_ATTACHMENT_BYTES_KEPT).
 * Returns undefined when the bytes do not start with a header section.
 */
export function readAttachedMessage(bytes: Uint8Array): AttachedMessage | undefined {
  const raw = bytesAsChars(bytes);
  const split = headerEnd(raw, 0);
  if (!split || split[0] === 0) return undefined;
  const headers = parseHeaders(raw.slice(0, split[0]));
  if (!headers.some((h) => h.key === 'from' || h.key === 'subject')) return undefined;
  const out: Bodies = { text: '', html: '', parts: 0 };
  readEntity(headers, raw, split[1], raw.length, 0, out);
  return { headers, text: out.text, html: out.html };
}
