import type { Settled } from '../settle';

export interface PageOpeners {
  /** Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1): the system browser, outside Outlook. */
  readonly openBrowserWindow?: (url: string) => void;
  /** window.open, for the preview page and clients without openBrowserWindow. */
  readonly windowOpen?: (url: string, target: string, features: string) => unknown;
}

/**
 * Opens a brand's report page (amazon.it/reportascam) in the person's browser. Not in an Office dialog: the
 * dialog API requires its first page on the add-in's own domain, and brand sites refuse to be framed; the
 * system browser is also where the person is already signed in to the brand. Only https pages open, so a
 * policy or playbook can never make the pane navigate to javascript: or a file. Never throws.
 */
export function openExternalPage(url: string, openers: PageOpeners): Settled<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `not a URL: ${url}` };
  }
  if (parsed.protocol !== 'https:') return { ok: false, reason: `only https pages open, not ${parsed.protocol}` };
  try {
    if (openers.openBrowserWindow) {
      openers.openBrowserWindow(parsed.href);
      return { ok: true, value: undefined };
    }
    if (openers.windowOpen) {
      // noopener: the brand's page gets no handle on the pane.
      const opened = openers.windowOpen(parsed.href, '_blank', 'noopener,noreferrer');
      // With noopener, browsers return null even on success; only an exception means it was blocked.
      void opened;
      return { ok: true, value: undefined };
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: false, reason: 'no way to open a browser window here' };
}
