import type { MailMessage } from '../model';

/**
 * Mail sent through a mailing list or a bulk sender (List-Id, List-Unsubscribe, Precedence: list/bulk).
 * Lists rewrite Reply-To and Sender and forward mail on behalf of others, so several sender checks relax for them.
 */
export function isMailingList(message: MailMessage): boolean {
  return message.headers.some(
    (h) => h.key === 'list-id' || h.key === 'list-post' || (h.key === 'precedence' && /\b(list|bulk)\b/i.test(h.value)),
  );
}

/** Bulk/marketing mail: has List-Unsubscribe (newsletters, notifications) or is a list. */
export function isBulkMail(message: MailMessage): boolean {
  return isMailingList(message) || message.headers.some((h) => h.key === 'list-unsubscribe');
}

/** A reply in an existing conversation (In-Reply-To set and a Re:/R:/AW:/RE: subject). */
export function isReply(message: MailMessage): boolean {
  return message.inReplyTo !== '' && /^\s*(re|r|aw|sv|vs|antw|rif)\s*:/i.test(message.subject);
}
