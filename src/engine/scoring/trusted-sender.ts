import type { MailMessage, Policy } from '../model';
import { fromAuthentication, senderDomain } from '../sender';

/**
 * A sender the admin trusts (policy.trustedSenders / trustedDomains) whose mail also authenticated: DMARC passed
 * for the From domain, or SPF passed for an aligned envelope domain. Without authentication, anyone can write a
 * trusted From address, so trust never applies to unauthenticated mail.
 */
export function isTrustedSender(message: MailMessage, policy: Policy): boolean {
  const address = message.from?.address.toLowerCase() ?? '';
  const domain = senderDomain(message);
  const listed = (address !== '' && policy.trustedSenders.includes(address)) || (domain !== '' && policy.trustedDomains.includes(domain));
  if (!listed) return false;
  const authentication = fromAuthentication(message);
  return (message.auth.dmarc?.result === 'pass' && authentication.dmarcPass) || authentication.alignedSpfPass;
}
