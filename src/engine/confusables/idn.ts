import { toASCII, toUnicode } from 'punycode/';

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
  try {
    return { unicode: toUnicode(lower), ascii: toASCII(lower) };
  } catch {
    return { unicode: lower, ascii: lower };
  }
}
