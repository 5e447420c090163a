import type { JSX } from 'react';
import { useEffect, useState } from 'react';
import type { Policy, UiLanguage } from '../engine';
import type { MailSource } from '../office';
import { PaneView } from './components/PaneView';
import { pickLanguage } from './i18n';
import { Shell } from './Shell';
import { pickTheme, readMedia } from './theme/pick-theme';
import { useOutlookPane } from './use-outlook-pane';

/** The pane inside Outlook: the current item, re-read when a pinned pane follows the selection. */
export function OutlookPane({ source, policy }: { readonly source: MailSource; readonly policy: Policy | PromiseLike<Policy> }): JSX.Element {
  const { state, policy: applied, retry } = useOutlookPane(source, policy);
  return <PaneView state={state} onRetry={retry} policy={applied} />;
}

/**
 * The Outlook pane in its shell, following Outlook's theme when the person switches it. It shows as soon as Outlook
 * is connected, while the policy still loads: in Outlook's display language until the policy names another.
 */
export function OutlookRoot({ source, policy }: { readonly source: MailSource; readonly policy: PromiseLike<Policy> }): JSX.Element {
  const [hint, setHint] = useState(source.theme);
  const [lang, setLang] = useState<UiLanguage>(() => pickLanguage(source.displayLanguage));
  useEffect(() => source.onThemeChanged(setHint), [source]);
  useEffect(() => {
    let current = true;
    policy.then(
      (loaded) => {
        if (current && loaded.language) setLang(loaded.language);
      },
      () => undefined, // reported where the analysis waits for the policy
    );
    return () => {
      current = false;
    };
  }, [policy]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <Shell lang={lang} theme={pickTheme(hint, readMedia(window))}>
      <OutlookPane source={source} policy={policy} />
    </Shell>
  );
}
