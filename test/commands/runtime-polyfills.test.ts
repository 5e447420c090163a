import fc from 'fast-check';
import { installRuntimePolyfills } from '../../src/commands/runtime-polyfills';

// The polyfills, installed on an empty object, must agree with Node's (WHATWG) implementations.
const bare: Record<string, unknown> = {};
const installed = installRuntimePolyfills(bare);
type DecoderClass = new (label?: string, options?: { ignoreBOM?: boolean }) => { decode(input?: unknown): string };
const Decoder = bare.TextDecoder as DecoderClass;
const Encoder = bare.TextEncoder as new () => { encode(input?: string): Uint8Array };
const Blob_ = bare.Blob as new (parts: unknown[]) => { size: number; arrayBuffer(): Promise<ArrayBuffer> };

test('installs only what is missing', () => {
  expect(installed).toEqual(['TextDecoder', 'TextEncoder', 'Blob']);
  expect(installRuntimePolyfills({ Blob: class {} })).not.toContain('Blob');
});

test('UTF-8 decoding matches TextDecoder on any bytes, malformed ones included (seeded)', () => {
  const native = new TextDecoder('utf-8');
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(new Decoder('utf-8').decode(bytes)).toBe(native.decode(bytes));
    }),
    { seed: 6, numRuns: 2000 },
  );
  const text = 'Già verificato – 🔐 ПарОль';
  expect(new Decoder('utf8').decode(new TextEncoder().encode(text))).toBe(text);
  expect(new Decoder('utf-8').decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  expect(new Decoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA');
});

test('windows-1252 (and its Latin-1 labels, as WHATWG maps them); unknown labels throw so postal-mime falls back', () => {
  const all = new Uint8Array(256).map((_, i) => i);
  const decoded = new Decoder('windows-1252').decode(all);
  expect(decoded.slice(0, 0x80)).toBe(String.fromCharCode(...all.slice(0, 0x80)));
  expect(decoded.slice(0xa0)).toBe(String.fromCharCode(...all.slice(0xa0)));
  // 0x80-0x9F: the typographic characters Windows mail uses ('€', '“', '”', '–'), unassigned ones kept as C1.
  expect([decoded[0x80], decoded[0x93], decoded[0x94], decoded[0x96], decoded[0x81]]).toEqual(['€', '“', '”', '–', '\u0081']);
  expect(new Decoder('ISO-8859-1').decode(all)).toBe(decoded);
  expect(() => new Decoder('koi8-r')).toThrow(RangeError);
});

test('UTF-8 encoding matches TextEncoder (seeded)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect([...new Encoder().encode(text)]).toEqual([...new TextEncoder().encode(text)]);
    }),
    { seed: 7, numRuns: 1000 },
  );
});

test('Blob joins byte and string chunks and reads back as an ArrayBuffer', async () => {
  const blob = new Blob_([new Uint8Array([1, 2]), 'é', new Uint8Array([3]).buffer]);
  expect(blob.size).toBe(5);
  expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 0xc3, 0xa9, 3]);
});
