import type { AsyncResultLike, Settled } from '../settle';
import { settle } from '../settle';
import { boundNewMessageForm } from './message-form-limits';
import type { ReportDraft } from './report-draft';

/** Office's new-message form parameters, as far as reporting uses them (Mailbox 1.6 / 1.9). */
export interface NewMessageFormParameters {
  readonly toRecipients: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly { readonly type: 'item'; readonly name: string; readonly itemId: string }[];
}

export interface ComposeMailboxLike {
  /** Mailbox 1.9: reports failures through the callback. */
  displayNewMessageFormAsync?(parameters: NewMessageFormParameters, callback: (result: AsyncResultLike<void>) => void): void;
  /** Mailbox 1.6: fire and forget. */
  displayNewMessageForm?(parameters: NewMessageFormParameters): void;
}

/** The reported message: its Exchange item id (Office.context.mailbox.item.itemId) and the subject to name it by. */
export interface OriginalItem {
  readonly itemId: string;
  readonly subject: string;
}

/**
 * Opens a new message with the draft, the original attached as an item (so it travels unmodified with all its
 * headers, as Defender requires). Nothing is sent: the person reviews it and clicks Send. Never throws.
 */
export async function openReportMessage(mailbox: ComposeMailboxLike, draft: ReportDraft, original: OriginalItem): Promise<Settled<void>> {
  if (!original.itemId) return { ok: false, reason: 'the message has no item id (is it still being composed or was it moved?)' };
  // Everything here comes from the message or the policy: bounded to what Office accepts (message-form-limits.ts).
  const parameters = boundNewMessageForm({
    toRecipients: [draft.to],
    subject: draft.subject,
    htmlBody: draft.htmlBody,
    attachments: [{ type: 'item', name: original.subject, itemId: original.itemId }],
  });
  if (typeof mailbox.displayNewMessageFormAsync === 'function') {
    return settle<void>((cb) => mailbox.displayNewMessageFormAsync?.(parameters, cb));
  }
  if (typeof mailbox.displayNewMessageForm === 'function') {
    try {
      mailbox.displayNewMessageForm(parameters);
      return { ok: true, value: undefined };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: false, reason: 'this Outlook cannot open a new message form for add-ins (Mailbox 1.6)' };
}
