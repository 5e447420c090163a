// WHATWG decodes ISO-8859-1 and windows-1252 alike, mapping bytes 0x80-0x9F to windows-1252 punctuation
// (0x92 => ’). Node 20's TextDecoder decodes both as plain Latin-1 and leaves C1 control characters instead, so
// "l\x92account" would read "laccount" in the CLI but "l’account" in Outlook. Real mail never means a C1
// control, so we map them the way browsers do: the same message gives the same findings everywhere.
const WINDOWS_1252_C1: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** mapC1ToWindows1252('l\u0092account') => 'l’account'; unmapped C1 codes are dropped. */
export function mapC1ToWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0)] ?? '');
}
