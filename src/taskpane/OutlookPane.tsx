import type { JSX } from 'react';
import type { Policy } from '../engine';
import type { MailSource } from '../office';
import { PaneView } from './components/PaneView';
import { useOutlookPane } from './use-outlook-pane';

/** The pane inside Outlook: the current item, re-read when a pinned pane follows the selection. */
export function OutlookPane({ source, policy }: { readonly source: MailSource; readonly policy: Policy }): JSX.Element {
  const { state, retry } = useOutlookPane(source, policy);
  return <PaneView state={state} onRetry={retry} />;
}
