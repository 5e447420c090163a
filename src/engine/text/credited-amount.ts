// "+$354", "+26637$", "+21,359$", "+11.443 USDT": an amount with a plus sign, the way a balance screen shows money
// coming in. Fake-balance scams put it in the subject ('Score released: +$354') or the first line ('Your account
// already has +23.774$') so the reader goes to "withdraw" it; genuine mail writes "you received €354" or "credit of
// 354,00 €". No legitimate corpus message has one (2 of 3,179 match a looser form, both encoded noise).

/** Only this much of a text is searched: the bait is in the subject or the first lines. */
const MAX_SCANNED = 20_000;

/**
 * A plus sign right before a currency and a number, or before a number and a currency. Each part is a bounded run
 * of one character class, so the pattern cannot backtrack; the plus must not follow a word character ('C++ $5').
 */
const CREDITED = /(?<![\p{L}\p{N}+])\+ ?(?:[$€£] ?\d[\d.,]{0,15}|\d[\d.,]{0,15} ?(?:[$€£]|USDT\b|USD\b|EUR\b|BTC\b))/u;

/** The credited amount as written ('+$354'), or undefined. */
export function findCreditedAmount(text: string): string | undefined {
  const source = text.length > MAX_SCANNED ? text.slice(0, MAX_SCANNED) : text;
  return CREDITED.exec(source)?.[0];
}
