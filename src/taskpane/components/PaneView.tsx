import type { JSX } from 'react';
import { lazy, Suspense } from 'react';
import type { Policy } from '../../engine';
import { useI18n } from '../i18n';
import type { PaneState } from '../model/pane-state';
import { ErrorState, InfoState, LoadingState } from './States';

// The engine's wording and the panel come in a chunk loaded while the skeleton is on screen.
const loadReportPanel = () => import(/* webpackChunkName: "engine" */ './ReportPanel');
const ReportPanel = lazy(loadReportPanel);

/** Starts loading the panel's chunk before the verdict needs it (webpack loads a chunk once; errors surface on render). */
export function preloadReportPanel(): void {
  loadReportPanel().catch(() => undefined);
}

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
          <ReportPanel report={state.report} message={state.message} policy={policy} />
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
