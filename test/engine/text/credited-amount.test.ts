import { findCreditedAmount } from '../../../src/engine/text/credited-amount';

describe('findCreditedAmount', () => {
  it.each([
    ['Score released: 💶 +$354 date 2023.12.21', '+$354'],
    ['Your balance has been replenished +26637$', '+26637$'],
    ['You have 24 hours to withdraw +21,359$', '+21,359$'],
    ['Your accounts with a balance of +11.443$ will be blocked!', '+11.443$'],
    ['Promo Code#6748 +$1,000.', '+$1,000.'],
    ['WITHDRAW FUNDS +120097 USDT', '+120097 USDT'],
    ['saldo disponibile: + € 2.500', '+ € 2.500'],
  ])('%s', (text, amount) => {
    expect(findCreditedAmount(text)).toBe(amount);
  });

  it.each([
    ['a percentage', 'Bitcoin up +12.88% in the last 7d'],
    ['a phone number', 'Chiamaci al +39 02 1234 5678'],
    ['a language name before a price', 'The C++ $5 course'],
    ['an amount without a plus', 'You received $354 from Anna'],
    ['a plus sign far from the amount', 'Plus: we pay + 30 days later, $5 fee'],
  ])('ignores %s', (_name, text) => {
    expect(findCreditedAmount(text)).toBeUndefined();
  });

  // A runaway guard, not a speed measure (npm run bench measures): a backtracking pattern would take minutes.
  it('stays linear on long runs of what the pattern repeats', () => {
    const runs = ['+'.repeat(200_000), `+${'1'.repeat(200_000)}`, `+$${'1.'.repeat(100_000)}`, '+ '.repeat(100_000)];
    for (const text of runs) {
      const started = performance.now();
      findCreditedAmount(text);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
