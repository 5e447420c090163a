/// <reference types="office-js" />
import type { MailSource, ThemeHint } from './mail-source';
import type { MailboxLike, SupportsMailbox } from './office-item';
import { settle } from './settle';

/** The parts of Office.context that Occhio reads, typed structurally so tests can pass a fake. */
export interface OfficeContextLike {
  readonly mailbox: MailboxLike;
  readonly displayLanguage?: string;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
  readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
}

/** Office.EventType.ItemChanged */
const ITEM_CHANGED = 'olkItemSelectedChanged';
/** Office.EventType.OfficeThemeChanged (Mailbox 1.14) */
const THEME_CHANGED = 'officeThemeChanged';

/** '#1f1f1f' => dark: Outlook's dark themes paint the body below this luminance. */
export function themeFromBackground(color: string | undefined): ThemeHint {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? '');
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const luminance = (0.2126 * ((value >> 16) & 255) + 0.7152 * ((value >> 8) & 255) + 0.0722 * (value & 255)) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

/** A MailSource over Office.context (read-mode message, pinnable pane). */
export function createOutlookSource(context: OfficeContextLike): MailSource {
  const supports: SupportsMailbox = (version) => {
    try {
      return context.requirements?.isSetSupported('Mailbox', version) ?? false;
    } catch {
      return false;
    }
  };
  return {
    host: 'outlook',
    displayLanguage: context.displayLanguage ?? '',
    theme: themeFromBackground(context.officeTheme?.bodyBackgroundColor),
    // The reader (and the engine it parses with) is a separate chunk: the pane paints its skeleton first.
    read: async (signal) => {
      const { readItem } = await import(/* webpackChunkName: "engine" */ './read-item');
      return readItem(context.mailbox.item, supports, signal);
    },
    onItemChanged(listener) {
      return subscribe(context.mailbox, ITEM_CHANGED, () => listener());
    },
    onThemeChanged(listener) {
      if (!supports('1.14')) return () => undefined;
      return subscribe(context.mailbox, THEME_CHANGED, (event) => {
        const theme = (event as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme;
        listener(themeFromBackground(theme?.bodyBackgroundColor));
      });
    },
  };
}

/** Registers an Office event handler; errors in `listener` never escape into Office's event dispatch. */
function subscribe(mailbox: MailboxLike, eventType: string, listener: (event: unknown) => void): () => void {
  if (typeof mailbox.addHandlerAsync !== 'function') return () => undefined;
  const handler = (event?: unknown): void => {
    try {
      listener(event);
    } catch {
      // Swallowed on purpose: Office would report it as an add-in crash.
    }
  };
  void settle((cb) => mailbox.addHandlerAsync?.(eventType, handler, cb));
  return () => void settle((cb) => mailbox.removeHandlerAsync?.(eventType, cb));
}

/**
 * Outside an Office host (the preview page opened in a browser), office.js can load and then wait forever for a host
 * that is not there; after this long the page shows the preview. Inside a host there is no such limit: cold loads of
 * Office.js take 10-15 s on slow machines, and giving up would show the preview inside Outlook.
 */
export const OFFICE_READY_TIMEOUT_MS = 5_000;

export interface ConnectOptions {
  /** Whether a host opened the page (host-info.ts): then onReady is awaited as long as it takes. */
  readonly hosted: boolean;
  readonly timeoutMs?: number;
}

/**
 * Waits for Office.js and returns a source when the pane runs inside Outlook, `null` in a plain browser (preview).
 * "Initialize your Office Add-in": Office.onReady resolves once Office.js has initialized, whenever that is.
 */
export async function connectOutlook(options: ConnectOptions = { hosted: false }): Promise<MailSource | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const info = await new Promise<{ host: unknown } | null>((resolve) => {
    const timer = options.hosted ? undefined : setTimeout(() => resolve(null), options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS);
    try {
      void Office.onReady((ready: { host: unknown }) => {
        clearTimeout(timer);
        resolve(ready);
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
  if (!info || info.host !== Office.HostType.Outlook || !Office.context?.mailbox) return null;
  return createOutlookSource(Office.context as unknown as OfficeContextLike);
}
