import type { Finding, MailLink, MailMessage } from '../model';
import { defineDetector } from '../model';
import { brandOwningDomain, isBrandDomain } from '../brands';
import { fromAuthentication, isBulkMail, isFreemailDomain } from '../sender';
import { normalizeText } from '../text/normalize';
import { CLICK_TRACKER_DOMAINS, hostInfo, ipHost, registrableDomain, splitHref, unwrapRedirect } from '../url';

/**
 * Link text that IS an address: 'www.paypal.com', 'https://paypal.com/login', 'PayPal.com'. Text that merely mentions
 * a site in a sentence ('Top CIOs at CNET News.com') is not compared, as in Rspamd: only a text that looks like a
 * URL promises a destination. Bounded and without nested quantifiers, so long texts stay linear.
 */
const ADDRESS_TEXT = /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,10}[a-z]{2,24})(?::\d{1,5})?(?:[/?#]\S{0,2000})?$/i;

/** The registrable domain the link text shows, '' when the text is not an address ('Click here', 'View in browser'). */
export function domainShownInText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > 2100) return '';
  const match = ADDRESS_TEXT.exec(trimmed);
  return match?.[1] ? registrableDomain(match[1]) : '';
}

/** Paths of click-counting redirects ('/Click?q=', '/ls/click', '/track/click'): partner and newsletter links. */
const TRACKING_PATH = /\/(?:click|clk|track|tracking|redirect|redir|r|go|out|ls)(?:[/?.]|$)/i;

/**
 * Where the link finally leads: its registrable domain after Safe Links, Proofpoint and redirectors are unwrapped, or
 * the bare IP address it opens ('http://192.0.2.7/paypal' => '192.0.2.7', ip: true).
 */
export function destinationDomain(href: string): { url: string; domain: string; ip?: boolean } {
  const url = unwrapRedirect(href);
  if (!/^https?:\/\//i.test(url)) return { url, domain: '' };
  const domain = registrableDomain(url);
  if (domain) return { url, domain };
  const ip = ipHost(splitHref(url).host);
  return ip ? { url, domain: ip.address, ip: true } : { url, domain: '' };
}

/**
 * The link goes through the sender's own domain: its click tracker ('click.t.delta.com' in mail from t.delta.com,
 * 'emails.kickstarter.com' in mail from kickstarter.com), which counts the click and then opens the address shown
 * ('tsa.gov', a creator's 'cutt.ly' link). The sender vouches for its own redirect; a From whose domain failed DMARC
 * does not, and a brand's address shown over it ('www.paypal.com' over the sender's domain) is still compared.
 */
function throughSendersOwnDomain(message: MailMessage, destination: string): boolean {
  const from = (message.from?.domain ?? '').toLowerCase();
  const sender = registrableDomain(from);
  if (!sender || sender !== destination || isFreemailDomain(sender)) return false;
  // The sender names itself as its domain's organisation ('Delta Air Lines' from delta.com, 'Magpie Tech via
  // Kickstarter' from kickstarter.com): a platform anyone can post through ('LedgerPay' from circle.so) vouches for no one.
  const label = hostInfo(sender).domainWithoutSuffix.replace(/[^a-z0-9]/g, '');
  const words = normalizeText((message.from?.name ?? '').slice(0, 200)).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const name = words.join('');
  // Or by its initials, as many organisations name their domain ('The British Airways Club' from crm.ba.com).
  const initials = words.map((word) => word[0] ?? '').join('');
  if (!((label.length >= 3 && name.includes(label)) || (label.length >= 2 && initials.includes(label)))) return false;
  const auth = fromAuthentication(message);
  // Checked and not passing for the From domain: anyone may have written that From.
  return !auth.checked || auth.dmarcPass || auth.alignedDkimPass;
}

/** A site's name as a word ('Walmart.com'): no scheme, no 'www.', no path. */
const BARE_SITE_NAME = /^[A-Za-z0-9-]{2,63}(?:\.[A-Za-z0-9-]{2,63}){1,3}$/;

/**
 * A partner named by its site over a link to the sender's own site: 'buy it at Walmart.com' in Lindows' newsletter,
 * linking to lindows.com/walmart. The reader stays with the sender who wrote the mail; a phishing link shows an
 * address ('https://billing.spotify.com/account/...', 'www.paypal.com') and opens someone else's site. Weak (low).
 */
function partnerNamedOnOwnSite(message: MailMessage, text: string, destination: string): boolean {
  const shown = text.trim();
  if (!BARE_SITE_NAME.test(shown) || /^www\./i.test(shown)) return false;
  const sender = registrableDomain((message.from?.domain ?? '').toLowerCase());
  return sender !== '' && sender === destination && !isFreemailDomain(sender);
}

/** Links whose visible text names a different site than the one they open (Rspamd's PHISHING symbol). */
export const linkTextMismatch = defineDetector({
  id: 'link-text-mismatch',
  kind: 'link',
  title: { en: 'Link text lies about its destination', it: 'Il testo del link mente sulla destinazione' },
  severity: 'high',
  explanation: {
    en: 'The link shows one website but opens another. Scammers do this to make a fake page look like the real one.',
    it: 'Il link mostra un sito ma ne apre un altro. I truffatori lo fanno per far sembrare vera una pagina falsa.',
  },
  messages: {
    mismatch: {
      en: 'The link shows {shown} but opens {actual}.',
      it: 'Il link mostra {shown} ma apre {actual}.',
    },
  },
  run(message, { brands }) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const bulk = isBulkMail(message);
    for (const link of message.links) {
      if (!isComparable(link)) continue;
      const shown = domainShownInText(link.text);
      if (!shown) continue;
      const destination = destinationDomain(link.href);
      if (!destination.domain || destination.domain === shown) continue;
      // ESP click trackers in marketing mail are how newsletters count clicks, not deception.
      if (CLICK_TRACKER_DOMAINS.has(destination.domain)) continue;
      const shownBrand = brandOwningDomain(shown, brands);
      // A brand's two domains (amazon.it shown, amazon.com opened) are the same owner.
      if (shownBrand && isBrandDomain(destination.domain, shownBrand)) continue;
      if (!destination.ip && !shownBrand && throughSendersOwnDomain(message, destination.domain)) continue;
      const key = `${shown}>${destination.domain}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        detectorId: 'link-text-mismatch',
        messageId: 'mismatch',
        data: shownBrand ? { shown, actual: destination.domain, brand: shownBrand.id } : { shown, actual: destination.domain },
        // An address shown over a bare IP: no site of that name lives on a raw address (Rspamd's PHISHING, SpamAssassin's
        // NUMERIC_HTTP_ADDR over a named link); never a tracker.
        severity: destination.ip
          ? shownBrand
            ? 'high'
            : 'medium'
          : partnerNamedOnOwnSite(message, link.text, destination.domain)
            ? 'low'
            : mismatchSeverity(Boolean(shownBrand), bulk, destination.url),
        evidence: [link.text.trim().slice(0, 200), destination.url.slice(0, 300)],
        ...(destination.url !== link.href ? { derived: [destination.url.slice(0, 300)] } : {}),
      });
    }
    return findings;
  },
});

/**
 * A brand's address over a foreign link is the classic phishing link (high). In newsletters, and through
 * click-counting redirects, a partner's site behind its name is routine: a weak signal only.
 */
function mismatchSeverity(showsBrand: boolean, bulk: boolean, destinationUrl: string): Finding['severity'] {
  if (showsBrand) return 'high';
  if (bulk || TRACKING_PATH.test(safePath(destinationUrl))) return 'low';
  return 'medium';
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function isComparable(link: MailLink): boolean {
  return link.source === 'anchor' || link.source === 'area';
}
