// Phone numbers as callback scams write them to slip past filters: '+1 (8O8) 555-O199' with letters for
// digits, '1 8 0 5 - 5 5 5' spaced out, '+44 20 7946 0958'. Found by one linear scan, no regular expression
// over the digits (Sublime's callback rule tolerates the same tricks).

/** Only the start of a text is scanned: the number of a callback lure is in its first screens. */
export const MAX_PHONE_SCAN_CHARS = 60_000;
const MAX_PHONES = 10;

export interface PhoneNumber {
  /** As written in the text: '+1 (8O8) 555-O199'. */
  readonly text: string;
  /** Digits only, letters read as digits: '18085550199'. */
  readonly digits: string;
}

const SEPARATORS = new Set([' ', '-', '\u2013', '\u2014', '.', '(', ')', '/', '\u00a0']);
/** "+1 – (888) - (596)": ") - (" is five separators in a row. */
const MAX_SEPARATORS_IN_ROW = 5;

/**
 * Letters that stand for digits, but only in a word made of nothing else ('8OO', 'l', 'OI'): the 'll' of
 * 'call' stays letters. 'Call 1-8OO-555-Ol99' => 'Call 1-800-555-0199'. Same length, so offsets are kept.
 */
function readLettersAsDigits(text: string): string {
  return text.replace(/[A-Za-z]{1,40}/g, (word, offset: number) => {
    if (!/^[lIoO]{1,4}$/.test(word)) return word;
    const before = text[offset - 1] ?? '';
    const after = text[offset + word.length] ?? '';
    // Must touch a digit or a separator next to digits: 'I' alone in a sentence is a pronoun.
    const nearDigit = /[0-9\-().]/.test(before) || /[0-9\-().]/.test(after);
    return nearDigit ? word.replace(/[lI]/g, '1').replace(/[oO]/g, '0') : word;
  });
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Toll-free numbers as written nationally in the countries whose languages we read, the callback lure's favourite:
 * 0800 and 11 digits in Brazil ('0800 000 3973'), 0800-0805 and 10 digits in France, 0800 and 10-11 digits in
 * Germany, 800/803 and 9 digits in Italy and Portugal (numero verde), 900 and 9 digits in Spain.
 */
const NATIONAL_TOLL_FREE = /^(?:080[0-5]\d{6,7}|80[03]\d{6}|900\d{6})$/;

/**
 * North American numbers (10 digits, or 11 starting with 1; area code 2-9), national toll-free numbers, or any
 * written with '+' and 9-14 digits.
 */
function looksLikePhone(digits: string, plus: boolean): boolean {
  if (plus) return digits.length >= 9 && digits.length <= 14;
  if (NATIONAL_TOLL_FREE.test(digits)) return true;
  const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (national.length !== 10) return false;
  const area = national[0] ?? '0';
  const exchange = national[3] ?? '0';
  return area >= '2' && exchange >= '2';
}

/** findPhoneNumbers('Call +1 (8O8) 555-0199 now') => [{ text: '+1 (8O8) 555-0199', digits: '18085550199' }]. */
export function findPhoneNumbers(text: string): PhoneNumber[] {
  const source = text.length > MAX_PHONE_SCAN_CHARS ? text.slice(0, MAX_PHONE_SCAN_CHARS) : text;
  const read = readLettersAsDigits(source);
  const phones: PhoneNumber[] = [];
  let index = 0;
  while (index < read.length && phones.length < MAX_PHONES) {
    const char = read[index];
    if (!isDigit(char) && !(char === '+' && isDigit(read[index + 1] ?? read[index + 2]))) {
      index += 1;
      continue;
    }
    // A run of digits and separators (a few in a row: '555 - 0199', ' – (').
    const start = index;
    let digits = '';
    let lastDigitEnd = index;
    let separatorsInRow = 0;
    const plus = char === '+';
    if (plus) index += 1;
    while (index < read.length && digits.length <= 16) {
      const c = read[index] ?? '';
      if (isDigit(c)) {
        digits += c;
        separatorsInRow = 0;
        lastDigitEnd = index + 1;
      } else if (SEPARATORS.has(c) && separatorsInRow < MAX_SEPARATORS_IN_ROW) {
        separatorsInRow += 1;
      } else {
        break;
      }
      index += 1;
    }
    // A number glued to letters or more digits is something else (an order id, a tracking code).
    const after = read[lastDigitEnd] ?? '';
    const before = read[start - 1] ?? '';
    const glued = /[A-Za-z0-9]/.test(before) || /[A-Za-z:]/.test(after);
    // '2023-01-14 13:47' is a date and a time, not a number to call.
    const date = /^(?:19|20)\d\d[-/.]\d/.test(read.slice(start, start + 6));
    if (!glued && !date && digits.length <= 15 && looksLikePhone(digits, plus)) {
      phones.push({ text: source.slice(start, lastDigitEnd), digits });
    }
    index = Math.max(index, start + 1);
  }
  return phones;
}
