import type { BrandClaim } from '../brands';
import { claimedBrands, isBrandDomain } from '../brands';
import type { Brand, Finding, MailMessage } from '../model';
import { defineDetector } from '../model';
import { isMailingList } from '../sender';
import {
  CLICK_TRACKER_DOMAINS,
  FOOTER_LINK_DOMAINS,
  hostInfo,
  isCallToAction,
  isFooterLinkText,
  splitHref,
  unwrapRedirect,
} from '../url';

/** Distinct foreign destinations shown as evidence. */
const MAX_EVIDENCE_LINKS = 3;
/** Brands reported per message: a scam claims one; more claims are newsletters naming several. */
const MAX_BRANDS = 2;

interface ForeignLink {
  /** The link as written, or its destination when a wrapper was unwrapped: quoted as evidence. */
  readonly url: string;
  /** `url` is the destination a wrapper hid, decoded by us: derived evidence. */
  readonly unwrapped: boolean;
  readonly domain: string;
  readonly callToAction: boolean;
}

/**
 * How strongly the message claims to be the brand: 'sender' when the sender's name or the logo's alt text names it,
 * 'subject' when only the subject does (news and newsletters name brands in subjects: 'Google News', 'Apple
 * Switch parodies'), undefined for a mention in the body only.
 */
function claimStrength(claim: BrandClaim): 'sender' | 'subject' | undefined {
  if (claim.places.some((place) => place === 'display-name' || place === 'image-alt')) return 'sender';
  return claim.places.includes('subject') ? 'subject' : undefined;
}

/** The brand's own domain passed DMARC (or aligned DKIM): the brand really sent it, its links are its business. */
function authenticatedAsBrand(message: MailMessage, brand: Brand): boolean {
  const { dmarc, dkim } = message.auth;
  if (dmarc?.result === 'pass' && dmarc.domain && isBrandDomain(dmarc.domain, brand)) return true;
  const fromDomain = message.from?.domain ?? '';
  if (fromDomain === '' || !isBrandDomain(fromDomain, brand)) return false;
  if (dkim.some((d) => d.result === 'pass' && d.domain !== undefined && isBrandDomain(d.domain, brand))) return true;
  // No authentication results at all (older Outlook gives no headers): the brand's own address is all we can check;
  // auth-failure and the sender detectors judge spoofing when results exist.
  return message.auth.raw === '' && !dmarc && dkim.length === 0;
}

/** Links a reader is meant to click that lead off the brand's domains (footer, social and tracker links aside). */
function foreignLinks(message: MailMessage, brand: Brand): ForeignLink[] {
  const found: ForeignLink[] = [];
  const seen = new Set<string>();
  for (const link of message.links) {
    if (link.source === 'form-action') continue;
    if (isFooterLinkText(link.text)) continue;
    const absolute = /^www\./i.test(link.href) ? `http://${link.href}` : link.href;
    const destination = unwrapRedirect(absolute);
    const url = destination === absolute ? link.href : destination;
    const parts = splitHref(destination);
    if ((parts.scheme !== 'http' && parts.scheme !== 'https') || !parts.host) continue;
    const info = hostInfo(parts.host);
    const domain = info.domain || parts.host;
    if (isBrandDomain(domain, brand) || CLICK_TRACKER_DOMAINS.has(domain) || FOOTER_LINK_DOMAINS.has(domain)) continue;
    const callToAction = link.source !== 'text-url' && isCallToAction(link.text);
    if (seen.has(domain)) {
      if (callToAction) {
        const index = found.findIndex((f) => f.domain === domain);
        if (index >= 0) found[index] = { url, unwrapped: url !== link.href, domain, callToAction };
      }
      continue;
    }
    seen.add(domain);
    found.push({ url, unwrapped: url !== link.href, domain, callToAction });
  }
  return found;
}

/** The message claims a brand, but the buttons and links it wants clicked lead somewhere else. */
export const brandLinkMismatch = defineDetector({
  id: 'brand-link-mismatch',
  kind: 'link',
  title: { en: 'Links lead away from the brand’s website', it: 'I link non portano al sito dell’azienda' },
  severity: 'high',
  explanation: {
    en: 'The message presents itself as coming from a well-known company, but its links lead to websites that do not belong to that company.',
    it: 'Il messaggio si presenta come inviato da un’azienda nota, ma i suoi link portano a siti che non appartengono a quell’azienda.',
  },
  messages: {
    actionElsewhere: {
      en: 'The message claims to be from {brandName}, but its button leads to {domain}, which doesn’t belong to {brandName}.',
      it: 'Il messaggio dice di venire da {brandName}, ma il suo pulsante porta al sito {domain}, che non appartiene a {brandName}.',
    },
    linksElsewhere: {
      en: 'The message claims to be from {brandName}, but its links lead to {domain}, which doesn’t belong to {brandName}.',
      it: 'Il messaggio dice di venire da {brandName}, ma i suoi link portano al sito {domain}, che non appartiene a {brandName}.',
    },
  },
  run(message, context) {
    const findings: Finding[] = [];
    const onList = isMailingList(message);
    const claims = claimedBrands(message, context.brands)
      .map((claim) => ({ claim, strength: claimStrength(claim) }))
      .filter(({ strength }) => strength !== undefined)
      .slice(0, MAX_BRANDS);
    for (const { claim, strength } of claims) {
      const { brand } = claim;
      if (authenticatedAsBrand(message, brand)) continue;
      // A list relays the brand's own mail (security bulletins) and breaks its authentication on the way.
      if (onList && isBrandDomain(message.from?.domain ?? '', brand)) continue;
      const foreign = foreignLinks(message, brand);
      if (foreign.length === 0) continue;
      const actions = foreign.filter((f) => f.callToAction);
      // A subject that names the brand needs a button leading elsewhere ('Verify your Amazon account' -> x.top).
      if (strength === 'subject' && (actions.length === 0 || onList)) continue;
      const shown = (actions.length > 0 ? [...actions, ...foreign.filter((f) => !f.callToAction)] : foreign).slice(0, MAX_EVIDENCE_LINKS);
      const first = shown[0];
      if (!first) continue;
      const data = { brand: brand.id, brandName: brand.name, domain: first.domain };
      const evidence = shown.map((f) => f.url.slice(0, 300));
      const derived = shown.filter((f) => f.unwrapped).map((f) => f.url.slice(0, 300));
      // High only when the sender itself poses as the brand and its button leads away: the scam's core move.
      const severity = strength === 'sender' ? 'high' : 'medium';
      const marked = derived.length > 0 ? { derived } : {};
      if (actions.length > 0) findings.push({ detectorId: 'brand-link-mismatch', messageId: 'actionElsewhere', severity, data, evidence, ...marked });
      else findings.push({ detectorId: 'brand-link-mismatch', messageId: 'linksElsewhere', severity: 'medium', data, evidence, ...marked });
    }
    return findings;
  },
});
