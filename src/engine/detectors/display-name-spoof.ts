import type { Finding, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import type { NamedAddress } from '../sender';
import { addressesInName, isMailingList, isSameOrganization, organizationalDomain, sendingBrand } from '../sender';

/**
 * Mailing-list rewrites put the author in the display name: "'Mario Rossi' via Soci <soci@googlegroups.com>",
 * 'mario@acme.it via lists.example.org', 'Mario Rossi (by way of ...)', 'on behalf of'.
 */
const LIST_REWRITE = /\b(?:via|by way of|on behalf of|per conto di|im auftrag von|de la part de|en nombre de|em nome de)\b/i;

/**
 * A display name that shows an address or a site other than the real sender:
 * 'PayPal <service@paypal.com>' <x@evil.xyz>, 'support@amazon.it' <info@shop-promo.top>, 'Amazon.it' <a@b.xyz>.
 * Mail clients often show only the name, so the reader takes the shown address for the real one (Rspamd's
 * SPOOF_DISPLAY_NAME). The same registrable domain, or two domains of the same brand, is not a spoof.
 */
export const displayNameSpoof = defineDetector({
  id: 'display-name-spoof',
  kind: 'sender',
  title: { en: 'The sender name shows a fake address', it: 'Il nome del mittente mostra un indirizzo falso' },
  severity: 'high',
  explanation: {
    en: 'The sender’s name is written to look like an address or a website, but the message really comes from another address. Many mail apps show only the name.',
    it: 'Il nome del mittente è scritto per sembrare un indirizzo o un sito, ma il messaggio arriva in realtà da un altro indirizzo. Molte app di posta mostrano solo il nome.',
  },
  messages: {
    'address-in-name': {
      en: 'The sender name shows {shown}, but the message comes from {actual}.',
      it: 'Il nome del mittente mostra {shown}, ma il messaggio arriva da {actual}.',
    },
    'own-address-in-name': {
      en: 'The sender name shows your own address {shown}, but the message comes from {actual}.',
      it: 'Il nome del mittente mostra il tuo stesso indirizzo {shown}, ma il messaggio arriva da {actual}.',
    },
    'domain-in-name': {
      en: 'The sender name shows the site {shown}, but the message comes from {actual}.',
      it: 'Il nome del mittente mostra il sito {shown}, ma il messaggio arriva da {actual}.',
    },
  },
  run(message, { brands }) {
    const from = message.from;
    if (!from?.name) return [];
    // 'Name via List' is how lists and forms relay others' mail; outside a list it is just more text to check
    // ('help@care-metamask.com via SurveyMonkey <member@surveymonkeyuser.com>').
    if (LIST_REWRITE.test(from.name.slice(0, 300)) && isMailingList(message)) return [];
    const named: ShownAddress[] = [...recipientAddressesInName(message, from.name), ...addressesInName(from.name)];
    const shown = named.filter((n) => !from.domain || !isSameOrganization(n.host, from.domain, brands));
    // An address beats a bare domain: it is the stronger claim, and one finding says it all.
    const chosen = shown.find((named) => named.kind === 'address') ?? shown[0];
    if (!chosen) return [];
    // A webmail address in the name ('rodrigo@hotmail.com') is a person's, not Microsoft's.
    const brand = sendingBrand(chosen.host, brands);
    // A bare site name is how newsletters label themselves ('CNET News.com <x@newsletter.online.com>'): only a
    // brand's own domain shown over a foreign address counts, and not on lists that relay others' mail.
    if (chosen.kind === 'domain' && (!brand || isMailingList(message))) return [];
    // 'Evergreen Tree Care (info@evergreentlc.com)' <system@sent-via.netsuite.com> with Reply-To: info@evergreentlc.com
    // is an invoicing or CRM platform sending on a small company's behalf: the name shows where replies really go.
    // Still a finding (the sender is not that company), but a weak one; a brand's address shown so stays strong.
    const repliesThere = chosen.kind === 'address' && !chosen.recipient && message.replyTo.some((r) => r.address.toLowerCase() === chosen.text.toLowerCase());
    const severity = repliesThere && brand === undefined ? 'low' : severityOf(chosen, brand !== undefined);
    return [spoofFinding(message, chosen, brand?.id, severity)];
  },
});

interface ShownAddress extends NamedAddress {
  /** The address is one of this message's recipients. */
  readonly recipient?: boolean;
}

/**
 * The reader's own address used as the sender's name ('bob@acme.it <x@mailer.xyz>'), so the message looks like a
 * system notice about their mailbox. Matched exactly, whatever the address's suffix.
 */
function recipientAddressesInName(message: MailMessage, name: string): ShownAddress[] {
  const lowered = name.slice(0, 300).toLowerCase();
  return [...message.to, ...message.cc]
    .filter((r) => r.domain !== '' && r.address.length > 3 && lowered.includes(r.address.toLowerCase()))
    .map((r) => ({ text: r.address.toLowerCase(), host: r.domain, kind: 'address' as const, recipient: true }));
}

/** An address of a brand shown over another sender is plain forgery; a brand's site name alone is a red flag. */
function severityOf(named: NamedAddress, isBrand: boolean): Severity {
  if (named.kind === 'address') return isBrand ? 'high' : 'medium';
  return 'medium';
}

function spoofFinding(message: MailMessage, named: ShownAddress, brandId: string | undefined, severity: Severity): Finding {
  const actual = message.from?.address.toLowerCase() || '(none)';
  const data: Record<string, string> = { shown: named.text, actual, shownDomain: organizationalDomain(named.host) };
  if (brandId) data.brand = brandId;
  return {
    detectorId: 'display-name-spoof',
    ...(named.recipient
      ? { messageId: 'own-address-in-name' }
      : named.kind === 'address'
        ? { messageId: 'address-in-name' }
        : { messageId: 'domain-in-name' }),
    severity,
    data,
    evidence: [`From: ${message.from?.name ?? ''} <${message.from?.address ?? ''}>`.slice(0, 400), named.text],
  };
}
