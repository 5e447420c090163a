// Internationalized domain names travel as punycode ('xn--pypal-4ve.com' is 'pаypal.com' with a Cyrillic 'а').
// We decode them to show the reader what the address displays as, and to see which scripts it mixes.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** DNS labels are at most 63 characters; longer input is not a label. */
const MAX_LABEL_CHARS = 63;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // '0'..'9' => 26..35
  if (code >= 97 && code <= 122) return code - 97; // 'a'..'z' => 0..25
  if (code >= 65 && code <= 90) return code - 65;
  return BASE;
}

/** RFC 3492 decoding of one label without its 'xn--' prefix; undefined when it is not valid punycode. */
function decodeLabel(encoded: string): string | undefined {
  if (encoded.length > MAX_LABEL_CHARS) return undefined;
  const basicEnd = encoded.lastIndexOf('-');
  const output: number[] = [];
  for (let i = 0; i < Math.max(basicEnd, 0); i += 1) output.push(encoded.charCodeAt(i));
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < encoded.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= encoded.length) return undefined;
      const digit = digitValue(encoded.charCodeAt(index));
      index += 1;
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return undefined;
    }
    const points = output.length + 1;
    bias = adapt(i - oldI, points, oldI === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/** hostToUnicode('xn--pypal-4ve.com') => 'pаypal.com'; labels that do not decode are kept as written. */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}

/** True when some label of the host is punycode. */
export function isPunycodeHost(host: string): boolean {
  return host.startsWith('xn--') || host.includes('.xn--');
}
