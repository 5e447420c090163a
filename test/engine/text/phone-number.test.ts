import { findPhoneNumbers } from '../../../src/engine/text/phone-number';

describe('findPhoneNumbers', () => {
  it.each([
    ['Call +1 (808) 555-0199 now', '+1 (808) 555-0199', '18085550199'],
    ['Call +1 (8O8) 555-O199 now', '+1 (8O8) 555-O199', '18085550199'],
    ['call 1-8OO-555-Ol99.', '1-8OO-555-Ol99', '18005550199'],
    ['call 8 0 5 5 5 5 0 1 9 9 today', '8 0 5 5 5 5 0 1 9 9', '8055550199'],
    ['numero verde +39 02 1234 5678', '+39 02 1234 5678', '390212345678'],
    ['ligue 0800 000 3973 e fale', '0800 000 3973', '08000003973'],
    ['chiama il numero verde 800 123 456', '800 123 456', '800123456'],
    ['appelez le 0805 12 34 56', '0805 12 34 56', '0805123456'],
  ])('%s', (text, written, digits) => {
    expect(findPhoneNumbers(text)).toEqual([{ text: written, digits }]);
  });

  it.each([
    ['an order number', 'Order 402-1234567-1234567 shipped'],
    ['a date and time', 'Date: 2023-01-14 13:47'],
    ['an IP address', 'IP address: 103.225.77.255'],
    ['digits glued to letters', 'Ref AB8085550199X'],
    ['the letters of "call"', 'call all of them'],
  ])('ignores %s', (_name, text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });
});
