// Small, hand-written file contents for attachment tests: ZIP archives built byte by byte, and the first bytes of
// common formats. Nothing here is a real program; the bytes only carry the signatures the sniffers read.

export interface ZipFileSpec {
  name: string;
  content?: string;
  encrypted?: boolean;
  /** Write sizes in a trailing data descriptor (streaming zippers do), leaving zeros in the local header. */
  dataDescriptor?: boolean;
}

function le16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

function le32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
}

/** A stored (uncompressed) ZIP with a central directory; `truncateTo` keeps only the first bytes, as MailAttachment.head does. */
export function makeZip(files: ZipFileSpec[], truncateTo?: number): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  for (const file of files) {
    const name = [...new TextEncoder().encode(file.name)];
    const data = [...new TextEncoder().encode(file.content ?? 'x')];
    const flags = (file.encrypted ? 0x1 : 0) | (file.dataDescriptor ? 0x8 : 0) | 0x800;
    const offset = out.length;
    const size = file.dataDescriptor ? 0 : data.length;
    out.push(...le32(0x04034b50), ...le16(20), ...le16(flags), ...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(size), ...le32(size), ...le16(name.length), ...le16(0), ...name, ...data);
    if (file.dataDescriptor) out.push(...le32(0x08074b50), ...le32(0), ...le32(data.length), ...le32(data.length));
    central.push(...le32(0x02014b50), ...le16(20), ...le16(20), ...le16(flags), ...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(data.length), ...le32(data.length), ...le16(name.length), ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(offset), ...name);
  }
  const centralOffset = out.length;
  out.push(...central);
  out.push(...le32(0x06054b50), ...le16(0), ...le16(0), ...le16(files.length), ...le16(files.length), ...le32(central.length), ...le32(centralOffset), ...le16(0));
  const bytes = Uint8Array.from(out);
  return truncateTo === undefined ? bytes : bytes.slice(0, truncateTo);
}

/** 'MZ' and a DOS stub: what every Windows program starts with. */
export const PE_HEAD = latin1('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode.');
export const PDF_HEAD = latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n');
export const PNG_HEAD = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const OLE_HEAD = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
export const LNK_HEAD = Uint8Array.from([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]);

/** An ISO 9660 image: 'CD001' at byte 32769, after 16 empty sectors. */
export function isoHead(): Uint8Array {
  const bytes = new Uint8Array(0x8000 + 16);
  bytes.set(latin1('\x01CD001\x01'), 0x8000);
  return bytes;
}

/** A signed Apple configuration profile: DER SignedData wrapping an XML plist. */
export function signedProfileHead(): Uint8Array {
  const oid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
  const plist = latin1('<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key><array/><key>PayloadType</key><string>Configuration</string></dict></plist>');
  return Uint8Array.from([0x30, 0x82, 0x14, 0x7a, ...oid, 0xa0, 0x82, ...plist]);
}

/** An OLE file whose directory names the '_VBA_PROJECT' stream (UTF-16LE), as .doc/.xls with macros do. */
export function oleWithMacrosHead(): Uint8Array {
  const name = [...'_VBA_PROJECT'].flatMap((c) => [c.charCodeAt(0), 0]);
  return Uint8Array.from([...OLE_HEAD, ...new Array<number>(500).fill(0), ...name]);
}
