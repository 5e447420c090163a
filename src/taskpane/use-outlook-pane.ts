import { useCallback, useEffect, useRef, useState } from 'react';
import type { Policy } from '../engine';
import type { MailSource } from '../office';
import { preloadReportPanel } from './components/PaneView';
import type { PaneState } from './model/pane-state';

/**
 * Reads and analyses the current item, and again whenever a pinned pane moves to another item. A newer run
 * aborts the older one, so a slow message never overwrites the one the person is looking at. The policy may still
 * be loading (it needs the engine's schema): the item is read meanwhile, and the analysis waits for both.
 */
export function useOutlookPane(source: MailSource, policy: Policy | PromiseLike<Policy>): { state: PaneState; policy: Policy | undefined; retry: () => void } {
  const [view, setView] = useState<{ state: PaneState; policy?: Policy }>({ state: { status: 'loading' } });
  const current = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setView((previous) => ({ ...previous, state: { status: 'loading' } }));
    try {
      // The engine, the panel and the policy load while Outlook hands over the item, not after: reading and loading
      // overlap, and the verdict waits only for the slowest. The verdict's state waits for the panel too, so it
      // renders at once instead of through a Suspense fallback (see lazyComponent).
      const engine = import(/* webpackChunkName: "engine" */ './model/analyze-outcome');
      const panel = preloadReportPanel();
      const outcome = await source.read(controller.signal);
      if (controller.signal.aborted || outcome.kind === 'cancelled') return;
      const [{ analyzeOutcome }, , loaded] = await Promise.all([engine, panel, policy]);
      const next = analyzeOutcome(outcome, loaded);
      if (!controller.signal.aborted) setView({ state: next, policy: loaded });
    } catch (error) {
      if (!controller.signal.aborted) setView((previous) => ({ ...previous, state: { status: 'error', reason: error instanceof Error ? error.message : String(error) } }));
    }
  }, [source, policy]);

  useEffect(() => {
    void run();
    const unsubscribe = source.onItemChanged(() => void run());
    return () => {
      unsubscribe();
      current.current?.abort();
    };
  }, [source, run]);

  return { state: view.state, policy: view.policy, retry: () => void run() };
}
