import type { MailMessage } from '../model';

/**
 * Mail relayed by a real list server: it writes List-Id (RFC 2919) or List-Post (RFC 2369). A bare
 * 'Precedence: bulk' is not enough here: bulk senders, and phishing posing as newsletters, write it too, and a
 * list relay is a reason to excuse broken authentication or a list Reply-To.
 */
export function isListRelay(message: MailMessage): boolean {
  return message.headers.some((h) => h.key === 'list-id' || h.key === 'list-post');
}
