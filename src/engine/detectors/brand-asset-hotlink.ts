import { claimedBrands, isBrandDomain } from '../brands';
import { isMarkWording } from '../brands/own-images';
import type { Brand, Finding, MailMessage } from '../model';
import { defineDetector } from '../model';
import { isListRelay, isMailingList, senderDomain } from '../sender';
import { anonymousImageHost, registrableDomain, splitHref } from '../url';

/** Brands reported per message: one logo is the trick; a newsletter full of product pictures shows several. */
const MAX_BRANDS = 2;
const MAX_EVIDENCE = 3;

/** The brand's own domain passed DMARC, or the sender's domain is the brand's with aligned DKIM. */
function sentByBrand(message: MailMessage, brand: Brand): boolean {
  const from = senderDomain(message);
  if (from && isBrandDomain(from, brand) && brand.domains.includes(from)) {
    const { dmarc, dkim } = message.auth;
    if (dmarc?.result === 'pass' || dkim.some((d) => d.result === 'pass' && d.domain !== undefined && isBrandDomain(d.domain, brand))) return true;
    // No authentication results to check (older Outlook, a saved message): the sender's domain is all we have.
    if (message.auth.raw === '' && !dmarc && dkim.length === 0) return true;
  }
  return false;
}

function imageDomain(src: string): string {
  const host = splitHref(src.startsWith('//') ? `https:${src}` : src).host;
  return host ? registrableDomain(host) : '';
}

/**
 * Pictures hot-linked from a free picture-sharing site (imgur.com, zupimages.net): 'anonymousImageHost', medium, or
 * low on a mailing list where members share screenshots. Scam kits keep their pictures there because their own
 * domains get blocked; a genuine sender serves them from its own servers, its ESP's CDN or inline parts.
 */
function anonymousImages(message: MailMessage): Finding | undefined {
  const sender = senderDomain(message);
  let host = '';
  const sources: string[] = [];
  for (const image of message.images) {
    const found = anonymousImageHost(imageDomain(image.src), sender);
    if (!found) continue;
    host ||= found;
    if (sources.length < MAX_EVIDENCE && !sources.includes(image.src)) sources.push(image.src.slice(0, 300));
  }
  if (!host) return undefined;
  return {
    detectorId: 'brand-asset-hotlink',
    messageId: 'anonymousImageHost',
    severity: isListRelay(message) ? 'low' : 'medium',
    data: { host },
    evidence: sources,
  };
}

/**
 * Images served from a brand's own image servers in mail the brand did not send (SpamAssassin's
 * AMAZON_IMG_NOT_RCVD_AMZN): scam kits link the real logo straight from the brand's CDN so the copy looks genuine.
 */
export const brandAssetHotlink = defineDetector({
  id: 'brand-asset-hotlink',
  kind: 'content',
  title: { en: 'Images borrowed from someone else’s servers', it: 'Immagini prese dai server di qualcun altro' },
  severity: 'medium',
  explanation: {
    en: 'The message shows logos or images loaded from a company’s own servers although that company did not send it, or from a free picture-sharing site. Copying a real logo is the easiest way to make a fake message look real, and scam mails keep their pictures on sharing sites because their own addresses get blocked.',
    it: 'Il messaggio mostra loghi o immagini caricati dai server di un’azienda che non l’ha inviato, oppure da un sito gratuito di condivisione di immagini. Copiare un logo vero è il modo più facile per far sembrare vero un messaggio falso, e i messaggi truffa tengono le immagini su siti di condivisione perché i loro indirizzi vengono bloccati.',
  },
  messages: {
    hotlinkedLogo: {
      en: 'Images come from the servers of {brandName} ({domain}), but the message was sent by {sender}.',
      it: 'Le immagini arrivano dai server di {brandName} ({domain}), ma il messaggio è stato inviato da {sender}.',
    },
    anonymousImageHost: {
      en: 'Images come from {host}, a free picture-sharing site where anyone can upload, not from the sender’s own servers.',
      it: 'Le immagini arrivano da {host}, un sito gratuito di condivisione dove chiunque può caricarle, non dai server del mittente.',
    },
  },
  run(message, context) {
    const anonymous = anonymousImages(message);
    const byBrand = new Map<Brand, string[]>();
    for (const image of message.images) {
      // A store badge or a social icon ('Get it on Google Play', 'Follow us on Instagram') is served from the store's
      // or network's own servers because they ask senders to show it so: a mark of where to find the sender, no logo.
      if (isMarkWording(image.alt)) continue;
      const domain = imageDomain(image.src);
      if (!domain) continue;
      const brand = context.brands.find((b) => b.assetDomains.includes(domain));
      if (!brand) continue;
      const sources = byBrand.get(brand) ?? [];
      if (sources.length < MAX_EVIDENCE && !sources.includes(image.src)) sources.push(image.src.slice(0, 300));
      byBrand.set(brand, sources);
    }
    if (byBrand.size === 0) return anonymous ? [anonymous] : [];
    const sender = senderDomain(message) || message.from?.address || '';
    // Claims by words (sender name, subject, body, alt text): the borrowed images themselves do not count as one.
    const claimed = new Set(
      claimedBrands(message, context.brands)
        .filter((claim) => claim.places.some((place) => place !== 'logo'))
        .map((claim) => claim.brand.id),
    );
    const onList = isMailingList(message);
    const findings: Finding[] = [];
    for (const [brand, sources] of byBrand) {
      if (findings.length >= MAX_BRANDS) break;
      if (sentByBrand(message, brand)) continue;
      // A deals newsletter showing product pictures from a shop's CDN does not pose as the shop; a message that
      // names the brand and borrows its images does.
      if (!claimed.has(brand.id) || onList) continue;
      const domain = registrableDomain(splitHref(sources[0] ?? '').host) || brand.assetDomains[0] || '';
      findings.push({
        detectorId: 'brand-asset-hotlink',
        messageId: 'hotlinkedLogo',
        severity: 'medium',
        data: { brand: brand.id, brandName: brand.name, domain, sender: sender || '—' },
        evidence: sender ? [...sources, sender] : sources,
      });
    }
    return anonymous ? [...findings, anonymous] : findings;
  },
});
