import type { AuthResults, AuthVerdict, MailMessage } from '../model';
import { isAligned } from './same-organization';

/** What the receiving server's checks say about the From domain, with relaxed alignment (RFC 7489 §3.1). */
export interface FromAuthentication {
  /** The From header's domain ('' when From has no address). */
  readonly fromDomain: string;
  /** True when the receiving server wrote any authentication result (Authentication-Results or Received-SPF). */
  readonly checked: boolean;
  /** DMARC, or Microsoft's DMARC-less best guess, passed for the From domain. */
  readonly dmarcPass: boolean;
  /** A DKIM signature of the From's registrable domain verified: 'header.d=mail.paypal.com' for From paypal.com. */
  readonly alignedDkimPass: boolean;
  /** SPF passed for an envelope domain with the From's registrable domain. */
  readonly alignedSpfPass: boolean;
  /** SPF as the receiver saw it (Authentication-Results first, Received-SPF otherwise). */
  readonly spf?: { readonly result: AuthVerdict; readonly domain?: string };
}

const PASSING: ReadonlySet<AuthVerdict> = new Set(['pass', 'bestguesspass']);

/**
 * Reads message.auth against the From domain. Example: From 'service@paypal.com',
 * 'spf=pass smtp.mailfrom=bounce.paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com'
 * => { dmarcPass: true, alignedDkimPass: true, alignedSpfPass: true }.
 */
export function fromAuthentication(message: MailMessage): FromAuthentication {
  const auth: AuthResults = message.auth;
  const fromDomain = message.from?.domain ?? '';
  const spf = auth.spf ?? auth.receivedSpf;
  const dmarcPass = auth.dmarc !== undefined && PASSING.has(auth.dmarc.result) && (!auth.dmarc.domain || isAligned(auth.dmarc.domain, fromDomain));
  return {
    fromDomain,
    checked: auth.raw !== '' || auth.receivedSpf !== undefined,
    dmarcPass,
    alignedDkimPass: auth.dkim.some((d) => d.result === 'pass' && d.domain !== undefined && isAligned(d.domain, fromDomain)),
    alignedSpfPass: spf !== undefined && PASSING.has(spf.result) && spf.domain !== undefined && isAligned(spf.domain, fromDomain),
    spf,
  };
}
