import type { MailMessage, ParseErrorCode, Report } from '../../engine';
import type { UnsupportedReason } from '../../office';

/** Everything the pane can show; one state at a time. */
export type PaneState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly message: MailMessage; readonly report: Report }
  | { readonly status: 'no-item' }
  | { readonly status: 'unsupported'; readonly reason: UnsupportedReason }
  | { readonly status: 'error'; readonly reason: string }
  /** Preview only: a dropped file that is not a readable message. */
  | { readonly status: 'unreadable'; readonly code: ParseErrorCode };
