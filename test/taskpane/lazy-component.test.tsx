/** @jest-environment ./test/taskpane/jsdom-environment.cjs */
// lazyComponent: a lazily loaded part that, once preloaded, renders without going through its Suspense fallback
// (React 19 holds back what follows a fallback by up to 300 ms: the verdict would wait for it).
import { act, render, screen } from '@testing-library/react';
import type { JSX } from 'react';
import { Suspense, useState } from 'react';
import { lazyComponent } from '../../src/taskpane/lazy-component';

function Greeting({ name }: { readonly name: string }): JSX.Element {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      Hello {name} {clicks}
    </button>
  );
}

/** A loader the test resolves by hand, counting its calls. */
function manualLoader(): { load: () => Promise<typeof Greeting>; resolve: () => void; calls: () => number } {
  let calls = 0;
  let resolve: () => void = () => undefined;
  const promise = new Promise<typeof Greeting>((done) => {
    resolve = () => done(Greeting);
  });
  return {
    load: () => {
      calls += 1;
      return promise;
    },
    resolve: () => resolve(),
    calls: () => calls,
  };
}

/** Every fallback React commits is recorded, in order. */
function renderWithFallbackLog(ui: JSX.Element): { fallbacks: string[] } & ReturnType<typeof render> {
  const fallbacks: string[] = [];
  function Fallback(): JSX.Element {
    fallbacks.push('fallback');
    return <span>loading</span>;
  }
  return { fallbacks, ...render(<Suspense fallback={<Fallback />}>{ui}</Suspense>) };
}

describe('lazyComponent', () => {
  test('after preload, the first render shows the component at once, without a fallback', async () => {
    const loader = manualLoader();
    const Part = lazyComponent(loader.load);
    const preloaded = Part.preload();
    loader.resolve();
    await preloaded;
    const { fallbacks } = renderWithFallbackLog(<Part.Component name="Ada" />);
    expect(screen.getByRole('button').textContent).toBe('Hello Ada 0');
    expect(fallbacks).toEqual([]);
  });

  test('before its chunk has loaded, it suspends like React.lazy and then shows the component', async () => {
    const loader = manualLoader();
    const Part = lazyComponent(loader.load);
    const { fallbacks } = renderWithFallbackLog(<Part.Component name="Lin" />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => {
      loader.resolve();
      await Promise.resolve();
    });
    expect((await screen.findByRole('button')).textContent).toBe('Hello Lin 0');
    expect(fallbacks.length).toBeGreaterThan(0);
  });

  test('loads once, however many times it is preloaded and rendered', async () => {
    const loader = manualLoader();
    const Part = lazyComponent(loader.load);
    void Part.preload();
    void Part.preload();
    loader.resolve();
    await Part.preload();
    render(
      <>
        <Part.Component name="a" />
        <Part.Component name="b" />
      </>,
    );
    expect(loader.calls()).toBe(1);
  });

  test('a mounted part keeps its state when the chunk finishes loading and the parent renders again', async () => {
    const loader = manualLoader();
    const Part = lazyComponent(loader.load);
    const { rerender } = render(
      <Suspense fallback={null}>
        <Part.Component name="Kay" />
      </Suspense>,
    );
    await act(async () => {
      loader.resolve();
      await Promise.resolve();
    });
    const button = await screen.findByRole('button');
    act(() => button.click());
    expect(button.textContent).toBe('Hello Kay 1');
    // The loaded component is now available directly; the mounted instance must not be swapped (and reset) for it.
    rerender(
      <Suspense fallback={null}>
        <Part.Component name="Kay" />
      </Suspense>,
    );
    expect(screen.getByRole('button').textContent).toBe('Hello Kay 1');
  });

  test('a failed download is retried by the next preload, and preload itself never rejects', async () => {
    let attempt = 0;
    const Part = lazyComponent(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(Part.preload()).resolves.toBeUndefined();
    await Part.preload();
    expect(attempt).toBe(2);
    const { fallbacks } = renderWithFallbackLog(<Part.Component name="Bo" />);
    expect(screen.getByRole('button').textContent).toBe('Hello Bo 0');
    expect(fallbacks).toEqual([]);
  });
});
