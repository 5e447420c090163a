import { bytesToText } from './sniff-file-type';

// The web links a PDF carries, read from its link annotations ('/URI (https://bit.ly/3Yw04dm)'). A one-page PDF
// whose button leads to a shortener is a common way to get a link past mail filters, which do not open attachments.
// Only uncompressed dictionaries are read: links inside compressed object streams (/ObjStm) are not seen.

/** Scanned from the start of the file only: it bounds the time, and link annotations of short lures sit there. */
const MAX_SCANNED_CHARS = 256 * 1024;
const MAX_LINKS = 20;

/** '/URI (https://x)' as a literal string; URLs with escaped parentheses are skipped. */
const URI_LITERAL = /\/URI\s{0,5}\(([^()\\]{1,1000})\)/g;
/** '/URI <68747470733a2f2f78>' as a hex string. */
const URI_HEX = /\/URI\s{0,5}<([0-9A-Fa-f]{2,2000})>/g;

function hexToText(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** pdfLinks(bytesOf('... /A << /S /URI /URI (https://bit.ly/3Yw04dm) >> ...')) => ['https://bit.ly/3Yw04dm']. */
export function pdfLinks(bytes: Uint8Array): string[] {
  const text = bytesToText(bytes, MAX_SCANNED_CHARS);
  const links: string[] = [];
  for (const pattern of [URI_LITERAL, URI_HEX]) {
    for (const match of text.matchAll(pattern)) {
      if (links.length >= MAX_LINKS) return links;
      const raw = match[1] ?? '';
      const link = (pattern === URI_HEX ? hexToText(raw) : raw).trim();
      if (link && !links.includes(link)) links.push(link);
    }
  }
  return links;
}
