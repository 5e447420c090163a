// Classic Outlook on Windows runs the Report button in its JavaScript-only runtime: a JavaScript engine with
// fetch and CORS but not the browser's Web APIs. The engine needs URL (link hosts, redirect unwrapping: without it
// a Safe-Links-wrapped link to an obfuscated IP went unread), postal-mime and the engine need TextDecoder/TextEncoder
// (created when their modules load), Blob (postal-mime checks `input instanceof Blob` and gathers attachment
// bytes in one) and atob (the .eml comes base64-encoded). This module is imported first by the commands entry,
// so these exist before any other module runs; each is installed only where the runtime lacks it, so browsers
// (Outlook on the web, new Outlook, Mac) keep their own.
//
// Where a maintained polyfill exists it is core-js's (URL, URLSearchParams, atob, String#replaceAll, Object.hasOwn:
// WHATWG- and ECMAScript-conformant, installed only when missing or broken). core-js has no TextDecoder, TextEncoder
// or Blob, so those few are written here and checked against Node's by test/commands/runtime-polyfills.test.ts.
import 'core-js/stable/url';
import 'core-js/stable/url-search-params';
import 'core-js/stable/atob';
import 'core-js/stable/string/replace-all';
import 'core-js/stable/object/has-own';

const scope = globalThis as Record<string, unknown>;

/** Code points for 0x80-0x9F in windows-1252 (the rest of the range is Latin-1). 0 = unassigned. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

type Charset = 'utf-8' | 'windows-1252';

/** The labels this decoder understands; others throw, as TextDecoder does, and postal-mime falls back. */
function charsetOf(label: string): Charset | undefined {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  if (['windows-1252', 'iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'iso_8859-1', 'x-cp1252'].includes(name)) return 'windows-1252';
  return undefined;
}

/** Strings are built in slices: String.fromCharCode with millions of arguments overflows the stack. */
function codeUnitsToString(units: number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function toBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(0);
}

function pushCodePoint(units: number[], point: number): void {
  if (point >= 0x10000) {
    const offset = point - 0x10000;
    units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
  } else {
    units.push(point);
  }
}

/**
 * UTF-8 to UTF-16 code units with the WHATWG Encoding Standard's decoder, so malformed input gives the same
 * U+FFFD replacements as the browser's TextDecoder (one per maximal invalid subpart): [0xED, 0xA0] => '\uFFFD\uFFFD'.
 */
function decodeUtf8(bytes: Uint8Array, ignoreBom: boolean): string {
  const units: number[] = [];
  let needed = 0;
  let seen = 0;
  let point = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let i = !ignoreBom && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (needed === 0) {
      if (byte <= 0x7f) units.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) [needed, point] = [1, byte & 0x1f];
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        [needed, point] = [2, byte & 0x0f];
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        [needed, point] = [3, byte & 0x07];
      } else units.push(0xfffd);
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is invalid: replace it, then read this byte again as a possible start.
      [needed, seen, point, lower, upper] = [0, 0, 0, 0x80, 0xbf];
      units.push(0xfffd);
      i--;
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    point = (point << 6) | (byte & 0x3f);
    seen++;
    if (seen === needed) {
      pushCodePoint(units, point);
      [needed, seen, point] = [0, 0, 0];
    }
  }
  if (needed !== 0) units.push(0xfffd);
  return codeUnitsToString(units);
}

class TextDecoderPolyfill {
  readonly encoding: Charset;
  private readonly ignoreBom: boolean;
  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const charset = charsetOf(label);
    if (!charset) throw new RangeError(`The encoding label provided ('${label}') is not supported here.`);
    this.encoding = charset;
    this.ignoreBom = options.ignoreBOM === true;
  }
  decode(input?: unknown): string {
    const bytes = toBytes(input);
    if (this.encoding === 'utf-8') return decodeUtf8(bytes, this.ignoreBom);
    const units: number[] = new Array<number>(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] ?? 0;
      units[i] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] || b : b;
    }
    return codeUnitsToString(units);
  }
}

class TextEncoderPolyfill {
  readonly encoding = 'utf-8';
  encode(input = ''): Uint8Array {
    const out: number[] = [];
    for (const char of input) {
      const point = char.codePointAt(0) ?? 0xfffd;
      if (point < 0x80) out.push(point);
      else if (point < 0x800) out.push(0xc0 | (point >> 6), 0x80 | (point & 0x3f));
      else if (point < 0x10000) out.push(0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
      else out.push(0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
    }
    return new Uint8Array(out);
  }
}

/** Just enough Blob for postal-mime: built from byte chunks, read back with arrayBuffer(). */
class BlobPolyfill {
  readonly type: string;
  private readonly bytes: Uint8Array;
  constructor(parts: readonly unknown[] = [], options: { type?: string } = {}) {
    const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoderPolyfill().encode(part) : part instanceof BlobPolyfill ? part.bytes : toBytes(part)));
    const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    this.bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      this.bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    this.type = options.type ?? '';
  }
  get size(): number {
    return this.bytes.byteLength;
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }
}

export function installRuntimePolyfills(target: Record<string, unknown> = scope): string[] {
  const installed: string[] = [];
  const install = (name: string, value: unknown): void => {
    if (typeof target[name] === 'undefined') {
      target[name] = value;
      installed.push(name);
    }
  };
  install('TextDecoder', TextDecoderPolyfill);
  install('TextEncoder', TextEncoderPolyfill);
  install('Blob', BlobPolyfill);
  return installed;
}

installRuntimePolyfills();
