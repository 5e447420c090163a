import { bytesToText } from './sniff-file-type';

// What an attached web page, SVG or document does when opened. An .html attachment opens as a local page with no
// address bar: with a form it is a fake login, with a script it can build and drop a file (HTML smuggling), with a
// meta refresh it sends the reader to the attacker's site.

export type HtmlTrick = 'script' | 'form' | 'meta-refresh' | 'iframe' | 'embedded-file' | 'event-handler';

/** Markup is scanned in its first bytes only: the payloads sit near the top, and this bounds the time. */
const MAX_SCANNED_CHARS = 256 * 1024;

const HTML_TRICKS: readonly (readonly [HtmlTrick, RegExp])[] = [
  ['script', /<script[\s>/]/i],
  ['form', /<form[\s>]/i],
  ['meta-refresh', /<meta[^>]{0,200}http-equiv\s{0,5}=\s{0,5}["']?refresh/i],
  ['iframe', /<i?frame[\s>]/i],
  // File built in the page and handed to the browser: new Blob([...]) + createObjectURL / msSaveOrOpenBlob / download.
  ['embedded-file', /msSaveOrOpenBlob|createObjectURL|\bnew Blob\(|data:application\/(?:octet-stream|x-msdownload|zip)/i],
  ['event-handler', /<(?:svg|body|img|image)\b[^>]{0,300}\son(?:load|error|begin)\s{0,5}=/i],
];

/** htmlTricks('<html><form action=...>') => ['form']. Linear: every pattern is bounded, none nests quantifiers. */
export function htmlTricks(bytes: Uint8Array): HtmlTrick[] {
  const text = bytesToText(bytes, MAX_SCANNED_CHARS);
  return HTML_TRICKS.filter(([, pattern]) => pattern.test(text)).map(([trick]) => trick);
}

/** '_VBA_PROJECT' as stored in an OLE directory entry name (UTF-16LE): legacy .doc/.xls with macros. */
const OLE_VBA_STREAM = String.fromCharCode(...[...'_VBA_PROJECT'].flatMap((c) => [c.charCodeAt(0), 0]));

/** True when a legacy Office file (OLE) carries a VBA project. */
export function oleHasMacros(bytes: Uint8Array): boolean {
  return bytesToText(bytes, MAX_SCANNED_CHARS).includes(OLE_VBA_STREAM);
}

/** PDF actions that run something when the file opens. Links (/URI) and embedded files (e-invoices embed XML) are everyday and left out. */
export function pdfActiveContent(bytes: Uint8Array): string[] {
  const text = bytesToText(bytes, MAX_SCANNED_CHARS);
  return ['/JavaScript', '/Launch'].filter((name) => text.includes(name));
}
