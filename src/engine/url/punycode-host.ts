// Internationalized domain names travel as punycode ('xn--pypal-4ve.com' is 'pаypal.com' with a Cyrillic 'а').
// We decode them to show the reader what the address displays as, and to see which scripts it mixes. Decoding is
// the `punycode` package's (through idnForms), not a second implementation of RFC 3492.
import { idnForms } from '../confusables/idn';

/** DNS labels are at most 63 characters; a longer 'xn--' run is not a label and is kept as written. */
const MAX_LABEL_CHARS = 63;

/** hostToUnicode('xn--pypal-4ve.com') => 'pаypal.com'; labels that do not decode are kept as written. */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') && label.length <= MAX_LABEL_CHARS ? idnForms(label).unicode : label))
    .join('.');
}

/** True when some label of the host is punycode. */
export function isPunycodeHost(host: string): boolean {
  return host.startsWith('xn--') || host.includes('.xn--');
}
