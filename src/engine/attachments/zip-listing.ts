// Lists the files inside a ZIP archive from the bytes we keep (the first MAX_ATTACHMENT_BYTES_KEPT of it), without
// decompressing anything. Phishing zips carry one script or shortcut ('Invoice.pdf.js'), so names are what matter.

export interface ZipEntry {
  readonly name: string;
  /** Set with a password: scanners cannot look inside, which is why attackers send the password in the body. */
  readonly encrypted: boolean;
  readonly uncompressedSize: number;
}

export interface ZipListing {
  readonly entries: readonly ZipEntry[];
  /** True when the listing may be incomplete (archive larger than the bytes kept, or more than MAX_ZIP_ENTRIES). */
  readonly partial: boolean;
}

/** A crafted archive can declare millions of entries; the first ones are where droppers put their payload. */
export const MAX_ZIP_ENTRIES = 500;
const MAX_NAME_BYTES = 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

function decodeName(bytes: Uint8Array, start: number, length: number, flags: number): string {
  const raw = bytes.subarray(start, start + Math.min(length, MAX_NAME_BYTES));
  if (flags & FLAG_UTF8) return utf8.decode(raw);
  // Without the UTF-8 flag names are CP437; ASCII is the same, and Latin-1 keeps other bytes visible.
  let out = '';
  for (const byte of raw) out += String.fromCharCode(byte);
  return out;
}

/** Finds the end-of-central-directory record, written last (after a comment of at most 65,535 bytes). */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) if (u32(bytes, at) === END_OF_CENTRAL_DIRECTORY) return at;
  return -1;
}

function readCentralDirectory(bytes: Uint8Array): ZipListing | undefined {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return undefined;
  const declared = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  while (entries.length < Math.min(declared, MAX_ZIP_ENTRIES) && at + 46 <= bytes.length && u32(bytes, at) === CENTRAL_HEADER) {
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    entries.push({ name: decodeName(bytes, at + 46, nameLength, flags), encrypted: (flags & FLAG_ENCRYPTED) !== 0, uncompressedSize: u32(bytes, at + 24) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (entries.length === 0) return undefined;
  return { entries, partial: entries.length < declared };
}

/** Next local header signature at or after `from`, -1 when none (used when sizes are deferred to a data descriptor). */
function nextLocalHeader(bytes: Uint8Array, from: number): number {
  for (let at = from; at + 4 <= bytes.length; at += 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === LOCAL_HEADER) return at;
  }
  return -1;
}

function readLocalHeaders(bytes: Uint8Array): ZipListing {
  const entries: ZipEntry[] = [];
  let at = 0;
  let partial = false;
  while (at >= 0 && at + 30 <= bytes.length && u32(bytes, at) === LOCAL_HEADER) {
    if (entries.length >= MAX_ZIP_ENTRIES) {
      partial = true;
      break;
    }
    const flags = u16(bytes, at + 6);
    const compressedSize = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    entries.push({ name: decodeName(bytes, at + 30, nameLength, flags), encrypted: (flags & FLAG_ENCRYPTED) !== 0, uncompressedSize: u32(bytes, at + 22) });
    const dataStart = at + 30 + nameLength + extraLength;
    at = flags & FLAG_DATA_DESCRIPTOR && compressedSize === 0 ? nextLocalHeader(bytes, dataStart) : dataStart + compressedSize;
  }
  if (at < 0 || at + 30 > bytes.length) partial = true;
  return { entries, partial };
}

/**
 * listZipEntries(bytesOfZip) => { entries: [{ name: 'Invoice.pdf.js', encrypted: false, ... }], partial: false }.
 * Reads the central directory when the whole archive is in view, otherwise walks the local headers from the start.
 * Never throws; garbage gives an empty listing.
 */
export function listZipEntries(bytes: Uint8Array): ZipListing {
  return readCentralDirectory(bytes) ?? readLocalHeaders(bytes);
}
