import { useCallback, useEffect, useRef, useState } from 'react';
import type { Policy } from '../engine';
import type { MailSource } from '../office';
import { preloadReportPanel } from './components/PaneView';
import type { PaneState } from './model/pane-state';

/**
 * Reads and analyses the current item, and again whenever a pinned pane moves to another item. A newer run
 * aborts the older one, so a slow message never overwrites the one the person is looking at.
 */
export function useOutlookPane(source: MailSource, policy: Policy): { state: PaneState; retry: () => void } {
  const [state, setState] = useState<PaneState>({ status: 'loading' });
  const current = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ status: 'loading' });
    try {
      // The engine and the panel start downloading now, while Outlook hands over the item, not after: reading and
      // loading overlap, and the verdict waits only for the slower of the two.
      // The verdict's state waits for the panel too, so it renders at once instead of through a Suspense fallback.
      const engine = import(/* webpackChunkName: "engine" */ './model/analyze-outcome');
      const panel = preloadReportPanel();
      const outcome = await source.read(controller.signal);
      if (controller.signal.aborted || outcome.kind === 'cancelled') return;
      const [{ analyzeOutcome }] = await Promise.all([engine, panel]);
      const next = analyzeOutcome(outcome, policy);
      if (!controller.signal.aborted) setState(next);
    } catch (error) {
      if (!controller.signal.aborted) setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
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

  return { state, retry: () => void run() };
}
