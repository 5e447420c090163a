import type { JSX } from 'react';
import { useEffect, useState } from 'react';
import type { Policy, UiLanguage } from '../engine';
import type { MailSource } from '../office';
import { PaneView } from './components/PaneView';
import { Shell } from './Shell';
import { pickTheme, readMedia } from './theme/pick-theme';
import { useOutlookPane } from './use-outlook-pane';

/** The pane inside Outlook: the current item, re-read when a pinned pane follows the selection. */
export function OutlookPane({ source, policy }: { readonly source: MailSource; readonly policy: Policy }): JSX.Element {
  const { state, retry } = useOutlookPane(source, policy);
  return <PaneView state={state} onRetry={retry} policy={policy} />;
}

/** The Outlook pane in its shell, following Outlook's theme when the person switches it. */
export function OutlookRoot({ source, policy, lang }: { readonly source: MailSource; readonly policy: Policy; readonly lang: UiLanguage }): JSX.Element {
  const [hint, setHint] = useState(source.theme);
  useEffect(() => source.onThemeChanged(setHint), [source]);
  return (
    <Shell lang={lang} theme={pickTheme(hint, readMedia(window))}>
      <OutlookPane source={source} policy={policy} />
    </Shell>
  );
}
