import type { MailMessage } from '../model';
import type { MessageParts } from './assemble-mail-message';
import { assembleMailMessage } from './assemble-mail-message';
import { readForwardedOriginal } from './forwarded';

export { headerValue } from './assemble-mail-message';
export type { MessageParts } from './assemble-mail-message';

/**
 * Turns decoded parts into the MailMessage every detector reads, with the original a forward carries parsed once
 * here (MailMessage.forwarded), so analyze() judges it without reading the message again. Pure and synchronous.
 */
export function buildMailMessage(parts: MessageParts): MailMessage {
  const message = assembleMailMessage(parts);
  const forwarded = readForwardedOriginal(message);
  return forwarded ? { ...message, forwarded } : message;
}
