import { settle } from '../../src/office/settle';

describe('settle', () => {
  test('resolves with the value of a succeeded call', async () => {
    await expect(settle<string>((cb) => cb({ status: 'succeeded', value: 'x' }))).resolves.toEqual({ ok: true, value: 'x' });
  });

  test('a failed call gives the host error message', async () => {
    await expect(settle((cb) => cb({ status: 'failed', value: undefined, error: { message: 'Access denied' } }))).resolves.toEqual({ ok: false, reason: 'Access denied' });
  });

  test('a call that throws synchronously settles instead of throwing', async () => {
    await expect(
      settle(() => {
        throw new Error('not supported');
      }),
    ).resolves.toEqual({ ok: false, reason: 'not supported' });
  });

  test('a call that never calls back settles at the timeout', async () => {
    jest.useFakeTimers();
    const pending = settle(() => undefined, 1000);
    jest.advanceTimersByTime(1000);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'timed out after 1000 ms' });
    jest.useRealTimers();
  });

  test('a late or repeated callback after settling changes nothing', async () => {
    let late: ((r: { status: string; value: number }) => void) | undefined;
    const pending = settle<number>((cb) => {
      cb({ status: 'succeeded', value: 1 });
      late = cb;
    });
    late?.({ status: 'succeeded', value: 2 });
    await expect(pending).resolves.toEqual({ ok: true, value: 1 });
  });
});
