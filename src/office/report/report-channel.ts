/// <reference types="office-js" />
import type { Settled } from '../settle';
import type { ComposeMailboxLike } from './compose-report';
import { openReportMessage } from './compose-report';
import { openExternalPage } from './open-page';
import type { ReportDraft } from './report-draft';

/**
 * What the pane's report buttons can do where it runs. In Outlook: open a new message with the original
 * attached, and open a page in the browser. In the preview page (a dropped .eml, no mailbox) there is no
 * original item to attach, so composing is unavailable and the pane says so.
 */
export interface ReportChannel {
  /** Why reports cannot be composed here; undefined when they can. */
  readonly composeUnavailable?: 'preview' | 'unsupported';
  compose(draft: ReportDraft): Promise<Settled<void>>;
  openPage(url: string): Settled<void>;
}

function browserWindowOpen(): ((url: string, target: string, features: string) => unknown) | undefined {
  return typeof window !== 'undefined' && typeof window.open === 'function' ? window.open.bind(window) : undefined;
}

/** The channel for Outlook; reads the current item at each click, so a pinned pane reports the message it shows. */
export function createOutlookReportChannel(): ReportChannel {
  const mailbox = Office.context.mailbox as unknown as ComposeMailboxLike & { item?: { itemId?: string; subject?: unknown } | null };
  const canCompose = typeof mailbox.displayNewMessageFormAsync === 'function' || typeof mailbox.displayNewMessageForm === 'function';
  let openBrowserWindow: ((url: string) => void) | undefined;
  try {
    if (Office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) {
      openBrowserWindow = (url) => Office.context.ui.openBrowserWindow(url);
    }
  } catch {
    openBrowserWindow = undefined;
  }
  return {
    ...(canCompose ? {} : { composeUnavailable: 'unsupported' as const }),
    compose: (draft) => {
      const item = mailbox.item;
      const subject = typeof item?.subject === 'string' ? item.subject : '';
      return openReportMessage(mailbox, draft, { itemId: item?.itemId ?? '', subject });
    },
    openPage: (url) => openExternalPage(url, { ...(openBrowserWindow ? { openBrowserWindow } : {}), windowOpen: browserWindowOpen() }),
  };
}

/** The channel for the preview page: pages open in a new tab; composing needs a mailbox. */
export function createPreviewReportChannel(): ReportChannel {
  return {
    composeUnavailable: 'preview',
    compose: () => Promise.resolve({ ok: false, reason: 'the preview has no mailbox to compose in' }),
    openPage: (url) => openExternalPage(url, { windowOpen: browserWindowOpen() }),
  };
}

/** Outlook's channel when Office.js runs inside Outlook with a mailbox, the preview's otherwise. */
export function detectReportChannel(): ReportChannel {
  try {
    if (typeof Office !== 'undefined' && Office.context?.mailbox) return createOutlookReportChannel();
  } catch {
    // Office.js loaded outside Outlook throws on Office.context access in some builds: that is the preview.
  }
  return createPreviewReportChannel();
}
