import type { MailMessage, Policy } from '../model';
import { senderDomain } from '../sender';

/**
 * A sender the admin trusts (policy.trustedSenders / trustedDomains) whose mail also authenticated: DMARC passed,
 * or SPF passed for the same registrable domain. Without authentication, anyone can write a trusted From address,
 * so trust never applies to unauthenticated mail.
 */
export function isTrustedSender(message: MailMessage, policy: Policy): boolean {
  const address = message.from?.address.toLowerCase() ?? '';
  const domain = senderDomain(message);
  const listed = (address !== '' && policy.trustedSenders.includes(address)) || (domain !== '' && policy.trustedDomains.includes(domain));
  if (!listed) return false;
  const { dmarc, spf } = message.auth;
  return dmarc?.result === 'pass' || (spf?.result === 'pass' && spf.domain !== undefined && spf.domain.endsWith(domain));
}
