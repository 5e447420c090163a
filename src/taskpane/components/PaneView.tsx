import type { JSX } from 'react';
import { Suspense } from 'react';
import type { Policy } from '../../engine';
import { useI18n } from '../i18n';
import { lazyComponent } from '../lazy-component';
import type { PaneState } from '../model/pane-state';
import { ErrorState, InfoState, LoadingState } from './States';

// The engine's wording and the panel come in a chunk loaded while the skeleton is on screen.
const ReportPanel = lazyComponent(() => import(/* webpackChunkName: "engine" */ './ReportPanel').then((module) => module.default));

/**
 * Starts loading the panel's chunk before the verdict needs it; the Outlook pane awaits it with the engine, so the
 * verdict renders without suspending (see lazyComponent). A failed download surfaces where the panel renders.
 */
export const preloadReportPanel = ReportPanel.preload;

export interface PaneViewProps {
  readonly state: PaneState;
  readonly onRetry: () => void;
  /** The policy the analysis ran with; the report actions read the mailbox and actions from it. */
  readonly policy?: Policy;
}

/** Picks what to show for the pane's state. */
export function PaneView({ state, onRetry, policy }: PaneViewProps): JSX.Element {
  const { t } = useI18n();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'ready':
      return (
        <Suspense fallback={<LoadingState />}>
          <ReportPanel.Component report={state.report} message={state.message} policy={policy} />
        </Suspense>
      );
    case 'no-item':
      return <InfoState body={t.noItem} testId="no-item" />;
    case 'unsupported':
      return <InfoState title={t.unsupported.title} body={t.unsupported[state.reason]} testId="unsupported" />;
    case 'unreadable':
      return <InfoState body={t.preview.parseError[state.code]} testId="unreadable" />;
    case 'error':
      return <ErrorState reason={state.reason} onRetry={onRetry} />;
  }
}
