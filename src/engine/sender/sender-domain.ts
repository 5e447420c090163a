import type { MailMessage } from '../model';
import { registrableDomain } from '../url';

/** The From address's registrable domain: 'no-reply@mail.amazon.it' => 'amazon.it'; '' when there is none. */
export function senderDomain(message: MailMessage): string {
  return message.from?.domain ? registrableDomain(message.from.domain) || message.from.domain : '';
}
