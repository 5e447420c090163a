// What a file really is, from its first bytes (magic numbers), whatever its name and declared type say.
// 'invoice.pdf' that starts with 'MZ' is a Windows program.

export type SniffedType =
  | 'pe' // Windows executable or DLL ('MZ')
  | 'elf'
  | 'mach-o'
  | 'zip' // also docx/xlsx/pptx/jar/apk/odt
  | 'rar'
  | '7z'
  | 'gzip'
  | 'cab'
  | 'ole' // legacy Office (doc/xls/ppt) and .msi
  | 'iso'
  | 'vhdx'
  | 'lnk'
  | 'pdf'
  | 'rtf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'html'
  | 'svg'
  | 'device-profile'
  | 'unknown';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Decodes up to `max` bytes as Latin-1 (one char per byte, never throws, keeps ASCII markup readable). */
export function bytesToText(bytes: Uint8Array, max = 64 * 1024): string {
  const slice = bytes.subarray(0, max);
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < slice.length; i += CHUNK) out += String.fromCharCode(...slice.subarray(i, i + CHUNK));
  return out;
}

const LNK_HEADER = [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00];
/** ISO 9660 volumes carry 'CD001' at byte 32769 (after 16 empty sectors); we keep 256 KB, so it is in view. */
const ISO_SIGNATURE_OFFSETS = [0x8001, 0x8801, 0x9001];
/** A signed Apple profile is PKCS#7 SignedData (DER) wrapping a plist; unsigned ones are a plain XML plist. */
const PKCS7_SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

function isDeviceProfile(bytes: Uint8Array, text: string): boolean {
  const isPlistProfile = text.includes('PayloadType') && text.includes('PayloadContent');
  if (!isPlistProfile) return false;
  // DER SEQUENCE then the SignedData OID within the first bytes, or an XML plist.
  const signed = bytes[0] === 0x30 && bytesToText(bytes.subarray(0, 32)).includes(String.fromCharCode(...PKCS7_SIGNED_DATA_OID));
  return signed || /<plist|<!DOCTYPE plist/i.test(text.slice(0, 2048));
}

/**
 * sniffFileType(bytesOf('MZ\x90\x00...')) => 'pe'. Markup types (html, svg) are recognised only in their
 * first 2 KB after a byte-order mark and whitespace, as browsers sniff them.
 */
export function sniffFileType(bytes: Uint8Array): SniffedType {
  if (bytes.length < 2) return 'unknown';
  if (startsWith(bytes, ascii('MZ'))) return 'pe';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) || startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe])) return 'mach-o';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])) return 'zip';
  if (startsWith(bytes, ascii('Rar!\x1a\x07'))) return 'rar';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, ascii('MSCF'))) return 'cab';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, LNK_HEADER)) return 'lnk';
  if (startsWith(bytes, ascii('vhdxfile')) || startsWith(bytes, ascii('conectix'))) return 'vhdx';
  if (ISO_SIGNATURE_OFFSETS.some((offset) => startsWith(bytes, ascii('CD001'), offset))) return 'iso';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('{\\rt'))) return 'rtf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';

  const text = bytesToText(bytes, 16 * 1024);
  if (isDeviceProfile(bytes, text)) return 'device-profile';
  const start = text.slice(0, 2048).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^(?:<\?xml[^>]{0,200}>\s{0,20})?(?:<!--[^>]{0,200}-->\s{0,20})?(?:<!doctype svg[^>]{0,300}>\s{0,20})?<svg[\s>]/.test(start)) return 'svg';
  if (/^(?:<!doctype html|<html|<head|<body|<script|<meta|<iframe|<form|<!--)/.test(start)) return 'html';
  return 'unknown';
}

/** Sniffed types that are programs or containers a declared document type must never hide. */
export const EXECUTABLE_TYPES: ReadonlySet<SniffedType> = new Set(['pe', 'elf', 'mach-o', 'lnk']);
