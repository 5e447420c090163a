import { toASCII, toUnicode } from 'punycode/';
import { hasInvisible } from '../text/reveal-invisible';

/** A host in both forms a person may meet: what the address bar shows and what DNS resolves. */
export interface IdnForms {
  readonly unicode: string;
  readonly ascii: string;
}

/**
 * idnForms('xn--pypal-4ve.com') => { unicode: 'pаypal.com' (Cyrillic а), ascii: 'xn--pypal-4ve.com' };
 * idnForms('pаypal.com') => the same. Invalid punycode is kept as written rather than thrown.
 */
export function idnForms(host: string): IdnForms {
  const lower = host.toLowerCase().slice(0, 253);
  // Controls, bidi and zero-width characters make no host name: converting one would make up a punycode name that
  // exists nowhere ('amazon-verify\u202e' => 'xn--amazon-verify-9x6g'), so it is kept as written.
  if (hasInvisible(lower)) return { unicode: lower, ascii: lower };
  try {
    return { unicode: toUnicode(lower), ascii: toASCII(lower) };
  } catch {
    return { unicode: lower, ascii: lower };
  }
}
