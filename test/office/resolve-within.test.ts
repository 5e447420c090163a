import { resolveWithin } from '../../src/office/resolve-within';

describe('resolveWithin', () => {
  afterEach(() => jest.useRealTimers());

  test('gives the attempt’s value when it settles in time, and clears its timer', async () => {
    jest.useFakeTimers();
    const onTimeout = jest.fn(() => 'late');
    const result = resolveWithin(Promise.resolve('answer'), 1_000, onTimeout);
    await expect(result).resolves.toBe('answer');
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(5_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  test('gives onTimeout’s value when the attempt has not settled within the limit', async () => {
    jest.useFakeTimers();
    const never = new Promise<string>(() => undefined);
    const result = resolveWithin(never, 1_000, () => 'fallback');
    jest.advanceTimersByTime(999);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toBe('fallback');
  });
});
