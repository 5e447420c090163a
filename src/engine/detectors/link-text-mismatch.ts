import type { Finding, MailLink } from '../model';
import { defineDetector } from '../model';
import { CLICK_TRACKER_DOMAINS, registrableDomain, unwrapRedirect } from '../url';

/**
 * A domain written in the link's visible text: 'www.paypal.com', 'https://paypal.com/login', 'Accedi su amazon.it'.
 * Bounded and without nested quantifiers, so long texts stay linear.
 */
const DOMAIN_IN_TEXT = /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,10}[a-z]{2,24})(?![a-z0-9-])/i;

/** The registrable domain the link text shows, '' when the text shows none ('Click here', 'View in browser'). */
export function domainShownInText(text: string): string {
  const match = DOMAIN_IN_TEXT.exec(text.slice(0, 300));
  return match?.[1] ? registrableDomain(match[1]) : '';
}

/** Where the link finally leads: its registrable domain after Safe Links, Proofpoint and redirectors are unwrapped. */
export function destinationDomain(href: string): { url: string; domain: string } {
  const url = unwrapRedirect(href);
  if (!/^https?:\/\//i.test(url)) return { url, domain: '' };
  return { url, domain: registrableDomain(url) };
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
  run(message) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const link of message.links) {
      if (!isComparable(link)) continue;
      const shown = domainShownInText(link.text);
      if (!shown) continue;
      const destination = destinationDomain(link.href);
      if (!destination.domain || destination.domain === shown) continue;
      // ESP click trackers in marketing mail are how newsletters count clicks, not deception.
      if (CLICK_TRACKER_DOMAINS.has(destination.domain)) continue;
      const key = `${shown}>${destination.domain}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        detectorId: 'link-text-mismatch',
        messageId: 'mismatch',
        data: { shown, actual: destination.domain },
        severity: 'high',
        evidence: [link.text.slice(0, 200), destination.url.slice(0, 300)],
      });
    }
    return findings;
  },
});

function isComparable(link: MailLink): boolean {
  return link.source === 'anchor' || link.source === 'area';
}
