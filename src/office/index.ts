// The only code that touches Office.js. The pane sees a MailSource and nothing else.
export { connectOutlook, createOutlookSource } from './outlook-source';
export type { OfficeContextLike } from './outlook-source';
export type { MailSource, ThemeHint } from './mail-source';
export { readItem } from './read-item';
export type { ReadOutcome, UnsupportedReason } from './read-item';
export type { MailboxLike, MessageItemLike } from './office-item';
