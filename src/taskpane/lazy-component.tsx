import type { ComponentType, JSX, LazyExoticComponent } from 'react';
import { lazy, useState } from 'react';

export interface LazyComponent<P extends object> {
  /** Renders the component; suspends (like React.lazy) only when its chunk has not loaded yet. */
  readonly Component: (props: P) => JSX.Element;
  /** Starts loading the chunk (once); settles when the component can render without suspending. */
  readonly preload: () => Promise<void>;
}

/**
 * A component from a lazily loaded chunk that, once `preload` has settled, renders without suspending. React.lazy
 * suspends on its first render even when the chunk is already there, and an update outside a transition then
 * commits the Suspense fallback; React 19 holds back the reveal that follows a fallback by up to 300 ms
 * (FALLBACK_THROTTLE_MS in react-dom's work loop), which measured as 300 ms more from page load to verdict. So the
 * pane preloads and awaits the chunk before the state that shows it, and this renders the loaded component directly.
 *
 *   const Panel = lazyComponent(() => import('./Panel').then((module) => module.Panel));
 *   await Panel.preload();     // later renders of <Panel.Component /> do not suspend
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later render retries the download
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Component(props: P): JSX.Element {
    // Chosen once per mount: turning from the lazy wrapper to the loaded component would remount it and lose its state.
    const [Chosen] = useState<ComponentType<P> | LazyExoticComponent<ComponentType<P>>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  // A failed download is not reported here: the lazy wrapper throws it where the component renders.
  const preload = (): Promise<void> => start().then(
    () => undefined,
    () => undefined,
  );
  return { Component, preload };
}
