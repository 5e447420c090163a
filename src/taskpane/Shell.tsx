import type { Theme } from '@fluentui/react-components';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX, ReactNode } from 'react';
import { useMemo } from 'react';
import type { UiLanguage } from '../engine';
import { CATALOGS, I18nContext } from './i18n';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

/** Theme, language and the page's main landmark around whatever the pane shows. */
export function Shell({ lang, theme, children }: { readonly lang: UiLanguage; readonly theme: Theme; readonly children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const i18n = useMemo(() => ({ lang, t: CATALOGS[lang] }), [lang]);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <I18nContext.Provider value={i18n}>
        <main className={styles.root} aria-label={i18n.t.appName}>
          {children}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
