import type { ReadOutcome } from './read-item';

/** The Office theme as the pane needs it; `undefined` when the host does not tell. */
export type ThemeHint = 'light' | 'dark' | 'high-contrast' | undefined;

/**
 * Where the pane's message comes from: Outlook (through Office.js) or the preview page (a dropped .eml).
 * The pane only sees this interface; src/office is the only code that touches Office.js.
 */
export interface MailSource {
  readonly host: 'outlook' | 'preview';
  /** BCP 47 tag such as 'it-IT'; '' when unknown. */
  readonly displayLanguage: string;
  readonly theme: ThemeHint;
  /** Reads the current item; a newer call's signal aborts the older one. Never throws. */
  read(signal: AbortSignal): Promise<ReadOutcome>;
  /** Calls `listener` when a pinned pane moves to another item (or to none); returns the unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /** Calls `listener` when the person switches Outlook's theme (Mailbox 1.14); returns the unsubscribe. */
  onThemeChanged(listener: (theme: ThemeHint) => void): () => void;
}
