// The pane's entry: paint a skeleton at once, then connect to Outlook (or fall back to the preview page) while the
// engine chunk loads. Opened by Outlook (host-info.ts), the pane says "Connecting to Outlook…" until Office.onReady
// resolves, however long that takes; only a page opened in a plain browser falls back to the preview.
import type { JSX } from 'react';
import { createRoot } from 'react-dom/client';
import type { Policy, UiLanguage } from '../engine';
import type { ThemeHint } from '../office';
import { isOpenedByOfficeHost } from '../office/host-info';
import { connectOutlook } from '../office/outlook-source';
import { LoadingState } from './components/States';
import { pickLanguage } from './i18n';
import { loadPanePolicy } from './load-policy';
import { OutlookRoot } from './OutlookPane';
import { Shell } from './Shell';
import { pickTheme, readMedia } from './theme/pick-theme';

function previewParams(): { lang: string | null; theme: ThemeHint; eml: string | null } {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  return {
    lang: params.get('lang'),
    theme: theme === 'dark' || theme === 'light' || theme === 'high-contrast' ? theme : undefined,
    eml: params.get('eml'),
  };
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const params = previewParams();
  const media = readMedia(window);
  const render = (lang: UiLanguage, hint: ThemeHint, body: JSX.Element): void => {
    document.documentElement.lang = lang;
    root.render(
      <Shell lang={lang} theme={pickTheme(hint, media)}>
        {body}
      </Shell>,
    );
  };
  const hosted = isOpenedByOfficeHost(window);
  render(pickLanguage(params.lang ?? navigator.language), params.theme, <LoadingState connecting={hosted} />);

  // The policy needs the engine's schema, so it arrives with the engine: Outlook's item is read meanwhile.
  const policy = loadPanePolicy();
  const source = await connectOutlook({ hosted });
  if (source) {
    root.render(<OutlookRoot source={source} policy={policy} />);
    return;
  }
  await renderPreview(params, await policy, (lang, body) => render(lang, params.theme, body));
}

async function renderPreview(params: ReturnType<typeof previewParams>, policy: Policy, render: (lang: UiLanguage, body: JSX.Element) => void): Promise<void> {
  const { default: PreviewPage } = await import(/* webpackChunkName: "preview" */ './preview/PreviewPage');
  const lang = policy.language ?? pickLanguage(params.lang ?? navigator.language);
  render(lang, <PreviewPage policy={policy} emlUrl={params.eml} />);
}

void main();
