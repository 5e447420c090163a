import { isBrandDomain } from '../brands';
import type { Brand, MailMessage } from '../model';
import { fromAuthentication, sendingBrand } from '../sender';
import { splitHref, unwrapRedirect } from '../url';

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

/** Links read to decide; a crafted message with thousands of them is simply not given the benefit. */
const MAX_LINKS_READ = 300;

/** Where a link or form sends the reader stays with the brand: its own web or mail domains, or nowhere (a phone). */
function staysWithBrand(href: string, brand: Brand): boolean {
  const parts = splitHref(unwrapRedirect(href));
  if (parts.scheme === 'tel' || parts.scheme === 'sms') return true;
  if (parts.scheme === 'mailto') {
    const domain = parts.rest.split('?')[0]?.split('@')[1] ?? '';
    return domain !== '' && isBrandDomain(domain, brand);
  }
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return false;
  return parts.userinfo === '' && parts.host !== '' && isBrandDomain(parts.host, brand);
}

/**
 * A brand's domain in From that no receiving server vouched for (no DMARC result: an older Outlook that gives no
 * headers, a gateway that writes only Received-SPF), in a message whose every link, form and mail address stays on
 * that brand's own domains. Forged or not, such a message can only send the reader to the real brand (replies go to
 * the brand too, unless a Reply-To says otherwise, which the sender checks still report), so its wording about
 * payments and codes is not held against it, as for verified brand mail. Example: From payments@amazon.it, 'il tuo
 * pagamento è stato rifiutato, aggiorna il metodo di pagamento', one link to www.amazon.it/cpe/yourpayments => amazon.
 */
export function unverifiedBrandSenderKeepingToItsSites(message: MailMessage, brands: readonly Brand[]): Brand | undefined {
  if (message.auth.dmarc !== undefined || message.auth.compauth !== undefined) return undefined;
  if (message.links.length > MAX_LINKS_READ) return undefined;
  const brand = sendingBrand(message.from?.domain ?? '', brands);
  if (!brand) return undefined;
  const targets = [...message.links.map((link) => link.href), ...message.forms.map((form) => form.action)];
  return targets.every((href) => staysWithBrand(href, brand)) ? brand : undefined;
}
