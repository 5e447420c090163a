import type { Brand, MailMessage } from '../model';
import { fromAuthentication, sendingBrand } from '../sender';

/**
 * The brand that verifiably sent this message: DMARC passed (a real record, not Microsoft's 'bestguesspass') for
 * the From domain, and that domain is the brand's own. Webmail never counts as a brand (a Gmail user is not
 * Google). Example: From 'account-update@amazon.it' with 'dmarc=pass header.from=amazon.it' => amazon.
 */
export function authenticatedBrandSender(message: MailMessage, brands: readonly Brand[]): Brand | undefined {
  const authentication = fromAuthentication(message);
  if (message.auth.dmarc?.result !== 'pass' || !authentication.dmarcPass || !authentication.fromDomain) return undefined;
  return sendingBrand(authentication.fromDomain, brands);
}
