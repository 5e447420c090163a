import type { MailHeader } from '../engine';

/** A crafted header block can be huge; real messages stay far below this (postal-mime's own limit is 4 MB). */
const MAX_HEADER_BLOCK_CHARS = 1024 * 1024;

/**
 * Splits getAllInternetHeadersAsync's text into headers, unfolding continuation lines (RFC 5322 §2.2.3):
 *   'Subject: Hello\r\n world\r\nFrom: a@b.it' => [{ key: 'subject', value: 'Hello world' }, { key: 'from', value: 'a@b.it' }]
 */
export function parseHeaderBlock(block: string): MailHeader[] {
  const headers: { key: string; value: string }[] = [];
  for (const line of block.slice(0, MAX_HEADER_BLOCK_CHARS).split(/\r?\n/)) {
    if (line === '') continue;
    const last = headers[headers.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last.value += ' ' + line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}
