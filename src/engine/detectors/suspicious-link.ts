import { brandOwningDomain } from '../brands';
import type { Brand, Finding, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { isListRelay, isReply, senderDomain } from '../sender';
import {
  abusedHosting,
  ABUSED_TLDS,
  CHEAP_GENERIC_TLDS,
  CLICK_TRACKER_DOMAINS,
  downloadedFile,
  FOOTER_LINK_DOMAINS,
  hostInfo,
  hostToUnicode,
  ipHost,
  isOwnShortener,
  isPunycodeHost,
  registrableDomain,
  splitHref,
  unwrapRedirect,
  URL_SHORTENER_DOMAINS,
} from '../url';

type SuspiciousLinkMessageId =
  | 'scriptUrl'
  | 'dataUrl'
  | 'localHandler'
  | 'userinfo'
  | 'obfuscatedIp'
  | 'ipHost'
  | 'punycode'
  | 'shortener'
  | 'abusedTld'
  | 'freeHosting'
  | 'formService'
  | 'tunnel'
  | 'ipfs'
  | 'deceptiveHost'
  | 'fileDownload'
  | 'onlyThrowawayLinks'
  | 'styledHost'
  | 'ipImage'
  | 'pictureOnly';

interface Flag {
  messageId: SuspiciousLinkMessageId;
  severity: Severity;
  data: Record<string, string | number>;
  /** The exact link (or host) a person can check. */
  evidence: string;
}

/** Evidence items kept per kind of flag: enough to check, few enough to read. */
const MAX_EVIDENCE_PER_FLAG = 3;
const MAX_EVIDENCE_CHARS = 300;

/** 'javascript:void(0)' and friends do nothing; mail clients never run them anyway. */
const INERT_SCRIPT = /^(?:javascript|vbscript):\s*(?:void\s*\(?\s*0?\s*\)?|;|window\.close\(\)|window\.print\(\)|history\.back\(\)|return false|false|true|null|undefined)?\s*;?\s*$/i;
/** data: types a browser renders as a page or hands over as a file. */
const ACTIVE_DATA = /^data:\s*(?:text\/html|application\/(?:xhtml|x-msdownload|octet-stream|zip|pdf|javascript|hta)|text\/javascript|image\/svg)/i;
/** Windows protocol handlers that open local or remote files or programs (search-ms loaders, Follina's ms-msdt). */
const LOCAL_HANDLERS = new Set(['file', 'smb', 'search-ms', 'search', 'ms-msdt', 'ms-officecmd', 'ms-appinstaller', 'ms-word', 'ms-excel', 'ms-powerpoint', 'ms-cxh', 'ms-cxh-full', 'mk', 'its', 'ms-its']);

/** More labels than this before the registrable domain is a sign of a disguised host: 'secure.login.account.verify.x.top'. */
const MAX_PLAIN_SUBDOMAIN_LABELS = 3;

/** Evidence is quoted from the message, so it is cut, never decorated. */
function cut(text: string): string {
  return text.slice(0, MAX_EVIDENCE_CHARS);
}

/** 'www.shop.com/x' written in text opens as 'http://www.shop.com/x'. */
function absolute(href: string): string {
  return /^www\./i.test(href) ? `http://${href}` : href;
}

function flagScheme(href: string, scheme: string): Flag | undefined {
  if (scheme === 'javascript' || scheme === 'vbscript') {
    if (INERT_SCRIPT.test(href.slice(0, 200))) return undefined;
    // Mail clients never run these, and old newsletters used them for pop-ups: a red flag, not proof.
    return { messageId: 'scriptUrl', severity: 'medium', data: { scheme }, evidence: cut(href) };
  }
  if (scheme === 'data') {
    if (!ACTIVE_DATA.test(href.slice(0, 100))) return undefined;
    const type = /^data:\s*([a-z0-9.+/-]{1,60})/i.exec(href)?.[1]?.toLowerCase() ?? 'data';
    return { messageId: 'dataUrl', severity: 'high', data: { type }, evidence: cut(href.slice(0, 80)) };
  }
  if (LOCAL_HANDLERS.has(scheme)) return { messageId: 'localHandler', severity: 'high', data: { scheme }, evidence: cut(href) };
  return undefined;
}

/** Subdomain labels looked at for an embedded brand domain; real hosts have a handful. */
const MAX_LABELS_CHECKED = 12;

/**
 * A brand domain written inside someone else's subdomain: ['www', 'amazon', 'it', 'verify'] contains 'amazon.it'.
 * Pairs and triples of labels cover 'amazon.it' and 'amazon.co.uk'.
 */
function brandInLabels(labels: readonly string[], brands: readonly Brand[]): Brand | undefined {
  const checked = labels.slice(0, MAX_LABELS_CHECKED);
  for (let i = 0; i + 1 < checked.length; i += 1) {
    for (const width of [2, 3]) {
      if (i + width > checked.length) continue;
      const candidate = checked.slice(i, i + width).join('.');
      const brand = brands.find((b) => b.domains.includes(candidate));
      if (brand) return brand;
    }
  }
  return undefined;
}

/**
 * Everything wrong with one web link's destination `url`; `quoted` is what evidence shows: the link as written, or
 * the destination when a wrapper (Safe Links, a redirector) was unwrapped.
 */
function flagWebLink(url: string, quoted: string, brands: readonly Brand[], sender: string): Flag[] {
  const parts = splitHref(url);
  const host = parts.host;
  if (!host) return [];
  const flags: Flag[] = [];

  // 'http://paypal.com@evil.xyz/' shows paypal.com and opens evil.xyz.
  if (parts.userinfo) {
    const disguised = /[a-z0-9-]\.[a-z]{2,}/i.test(parts.userinfo);
    flags.push({ messageId: 'userinfo', severity: disguised ? 'high' : 'medium', data: { shown: cut(parts.userinfo), host }, evidence: cut(quoted) });
  }

  const ip = ipHost(host);
  if (ip) {
    if (ip.form === 'obfuscated') flags.push({ messageId: 'obfuscatedIp', severity: 'high', data: { host, address: ip.address }, evidence: cut(quoted) });
    else flags.push({ messageId: 'ipHost', severity: 'medium', data: { host }, evidence: cut(quoted) });
  }

  // '𝗮𝗱𝘃𝗲𝗻𝘁𝘂𝗿𝗲𝘀𝘄𝗲𝗹𝗹.𝗰𝗼𝗺' or '𝟜.sia-pmi.id': styled look-alike letters the browser folds to plain ones, written so
  // that filters reading the text miss the address. Genuine links are typed, not typeset.
  const folded = /[^ -~]/.test(host) ? host.normalize('NFKC').toLowerCase() : host;
  if (folded !== host && folded !== host.toLowerCase()) flags.push({ messageId: 'styledHost', severity: 'medium', data: { host, plain: folded }, evidence: cut(quoted) });

  const info = hostInfo(host);
  const domain = info.domain || registrableDomain(host);
  const download = downloadedFile(parts.rest);
  if (download) {
    const severity: Severity = download.kind === 'archive' || download.kind === 'macro-office' ? 'low' : 'medium';
    flags.push({ messageId: 'fileDownload', severity, data: { file: download.file, kind: download.kind }, evidence: cut(quoted) });
  }
  if (ip || !domain) return flags;

  // Before the brand check: docs.google.com/forms and *.web.app are Google's hosts, but anyone's pages.
  const hosting = abusedHosting(host, parts.rest);
  if (hosting?.kind === 'ipfs') flags.push({ messageId: 'ipfs', severity: 'high', data: { host }, evidence: cut(quoted) });
  else if (hosting?.kind === 'tunnel') flags.push({ messageId: 'tunnel', severity: 'medium', data: { host, service: hosting.service }, evidence: cut(quoted) });
  else if (hosting?.kind === 'form') flags.push({ messageId: 'formService', severity: 'low', data: { host, service: hosting.service }, evidence: cut(quoted) });
  else if (hosting) flags.push({ messageId: 'freeHosting', severity: 'low', data: { host, service: hosting.service }, evidence: host });

  // A brand's own hosts (amzn.to, its CDN) and ESP click trackers are not suspicious by where they are.
  if (CLICK_TRACKER_DOMAINS.has(domain) || brandOwningDomain(domain, brands)) return flags;

  if (isPunycodeHost(host)) {
    const unicode = hostToUnicode(host);
    const mixesScripts = /[a-z]/.test(unicode) && /[\u0370-\u03ff\u0400-\u04ff]/.test(unicode);
    flags.push({ messageId: 'punycode', severity: mixesScripts ? 'medium' : 'low', data: { host, unicode }, evidence: host });
  }

  if (URL_SHORTENER_DOMAINS.has(domain) && !isOwnShortener(domain, sender)) flags.push({ messageId: 'shortener', severity: 'low', data: { domain }, evidence: cut(quoted) });

  if (ABUSED_TLDS.has(info.publicSuffix)) flags.push({ messageId: 'abusedTld', severity: 'low', data: { domain, tld: `.${info.publicSuffix}` }, evidence: domain });

  const labels = info.subdomain ? info.subdomain.split('.') : [];
  const prefixBrand = brandInLabels(labels, brands);
  if (prefixBrand) {
    flags.push({ messageId: 'deceptiveHost', severity: 'medium', data: { host, domain, brand: prefixBrand.id }, evidence: host });
  } else if (labels.length > MAX_PLAIN_SUBDOMAIN_LABELS && !hosting) {
    flags.push({ messageId: 'deceptiveHost', severity: 'low', data: { host, domain }, evidence: host });
  }
  return flags;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

/** Flags meaning the destination is a throwaway: hidden behind a shortener, a bare IP, a cheap TLD or free hosting. */
const THROWAWAY_FLAGS: ReadonlySet<SuspiciousLinkMessageId> = new Set(['shortener', 'abusedTld', 'freeHosting', 'tunnel', 'ipfs', 'ipHost', 'obfuscatedIp']);

/** '.shop' or '.online' alone does not make a page throwaway: small shops and clubs live there. */
function isThrowaway(flag: Flag): boolean {
  if (flag.messageId === 'abusedTld') return !CHEAP_GENERIC_TLDS.has(String(flag.data.tld).slice(1));
  return THROWAWAY_FLAGS.has(flag.messageId);
}

/** Where one web link lands, for the message-wide view. */
interface Destination {
  /** Registrable domain, or the IP, of the (unwrapped) destination. */
  readonly place: string;
  readonly throwaway: boolean;
}

/**
 * Every place the message's links lead to (social and app-store footers aside) is a throwaway (a shortener, a bare
 * IP, free hosting, or a TLD where most names are abusive, cheap generic ones like '.shop' aside), and none is the
 * sender's own domain: the reader cannot reach the sender's site from the message at all. One bit.ly link among a
 * shop's own links is ordinary; a promotion whose every button goes through t.co or to 'offers4u.sa.com' is how spam
 * and phishing kits hide their pages. In the development corpus: a third of the phishing, no legitimate message.
 * Replies and mailing-list posts are left out: people share short links in conversations.
 */
function onlyThrowawayLinks(destinations: readonly Destination[], sender: string, message: MailMessage): Flag | undefined {
  const counted = destinations.filter((d) => !FOOTER_LINK_DOMAINS.has(d.place));
  if (counted.length === 0 || !counted.every((d) => d.throwaway && d.place !== sender)) return undefined;
  if (isReply(message) || isListRelay(message)) return undefined;
  const places = [...new Set(counted.map((d) => d.place))];
  return { messageId: 'onlyThrowawayLinks', severity: 'medium', data: { domains: places.slice(0, MAX_EVIDENCE_PER_FLAG).join(', ') }, evidence: places[0] ?? '' };
}

/** Fewer visible characters than this, with a clickable picture, and the message is the picture. */
const MAX_PICTURE_ONLY_TEXT = 200;

/**
 * The message is a clickable picture and little else (SpamAssassin's HTML_IMAGE_ONLY): the words are in the image,
 * where filters cannot read them, and the whole picture is the button. Newsletters have a footer with an address and
 * an unsubscribe text, so they are longer. Low: an e-card or an invitation looks the same.
 */
function pictureOnly(message: MailMessage): Flag | undefined {
  const text = message.visibleText.trim();
  if (text.length > MAX_PICTURE_ONLY_TEXT) return undefined;
  const button = message.links.find((link) => link.source === 'image-link' && /^https?:\/\//i.test(link.href));
  if (!button) return undefined;
  return { messageId: 'pictureOnly', severity: 'low', data: { chars: text.length }, evidence: cut(button.href) };
}

/**
 * Pictures (usually 1x1 trackers) loaded from a bare IP address: mailing services track opens from named hosts; a
 * numeric one is a throwaway server. 'http://104.219.248.205/track/3SSyAj...' in the corpus' spam kits.
 */
function ipImages(message: MailMessage): Flag | undefined {
  for (const image of message.images) {
    const src = image.src.startsWith('//') ? `http:${image.src}` : image.src;
    const parts = splitHref(src);
    if (parts.scheme !== 'http' && parts.scheme !== 'https') continue;
    const ip = ipHost(parts.host);
    if (ip) return { messageId: 'ipImage', severity: 'medium', data: { host: parts.host }, evidence: cut(image.src) };
  }
  return undefined;
}

/** Links built to deceive or to dodge filters: IP hosts, user@host tricks, shorteners, throwaway hosting, scripts. */
export const suspiciousLink = defineDetector({
  id: 'suspicious-link',
  kind: 'link',
  title: { en: 'Suspicious link', it: 'Link sospetto' },
  severity: 'high',
  explanation: {
    en: 'A link in this message is built the way scam links are: it hides its real destination, points to a bare address or to a page anyone can create in minutes.',
    it: 'Un link di questo messaggio è costruito come i link delle truffe: nasconde la vera destinazione, punta a un indirizzo numerico o a una pagina che chiunque può creare in pochi minuti.',
  },
  messages: {
    scriptUrl: { en: 'A link runs a {scheme} script instead of opening a page.', it: 'Un link esegue uno script {scheme} invece di aprire una pagina.' },
    dataUrl: { en: 'A link carries a whole page or file inside it ({type}), with no website to check.', it: 'Un link contiene al suo interno una pagina o un file interi ({type}), senza un sito da controllare.' },
    localHandler: { en: 'A link opens a file or program on your computer or network ({scheme}:).', it: 'Un link apre un file o un programma sul computer o in rete ({scheme}:).' },
    userinfo: { en: 'A link shows {shown} but really opens {host}.', it: 'Un link mostra {shown} ma in realtà apre {host}.' },
    obfuscatedIp: { en: 'A link hides the numeric address {address} behind the disguised form {host}.', it: 'Un link nasconde l’indirizzo numerico {address} dietro la forma camuffata {host}.' },
    ipHost: { en: 'A link points to the bare numeric address {host} instead of a website name.', it: 'Un link punta all’indirizzo numerico {host} invece che al nome di un sito.' },
    punycode: { en: 'The link address {host} is written in international characters and displays as {unicode}.', it: 'L’indirizzo del link {host} usa caratteri internazionali e appare come {unicode}.' },
    shortener: { en: 'A link goes through the shortener {domain}, which hides where it leads.', it: 'Un link passa dal servizio di accorciamento {domain}, che nasconde dove porta.' },
    abusedTld: { en: 'A link leads to {domain}: addresses ending in {tld} are often used for scams.', it: 'Un link porta al sito {domain}: gli indirizzi che finiscono in {tld} sono spesso usati per truffe.' },
    freeHosting: { en: 'A link leads to {host}, a page anyone can create for free on {service}.', it: 'Un link porta al sito {host}, una pagina che chiunque può creare gratis su {service}.' },
    formService: { en: 'A link opens a form on {service}: never type passwords or codes into it.', it: 'Un link apre un modulo su {service}: non inserire mai password o codici.' },
    tunnel: { en: 'A link leads to {host}, a temporary address that reaches someone’s own computer ({service}).', it: 'Un link porta all’indirizzo {host}, un indirizzo temporaneo che raggiunge il computer di qualcuno ({service}).' },
    pictureOnly: {
      en: 'The message is almost only a clickable picture ({chars} characters of text): its words are inside the image, where filters cannot read them.',
      it: 'Il messaggio è quasi solo un’immagine cliccabile ({chars} caratteri di testo): le parole sono dentro l’immagine, dove i filtri non le leggono.',
    },
    styledHost: {
      en: 'The link address {host} is written in look-alike styled characters; it really opens {plain}.',
      it: 'L’indirizzo del link {host} è scritto con caratteri stilizzati che imitano quelli normali; in realtà apre {plain}.',
    },
    onlyThrowawayLinks: {
      en: 'Every link in the message leads to a hidden or throwaway address ({domains}), none to the sender’s own website.',
      it: 'Tutti i link del messaggio portano a indirizzi nascosti o usa e getta ({domains}), nessuno al sito del mittente.',
    },
    ipImage: {
      en: 'A picture in the message is loaded from the bare numeric address {host}, as spam trackers are.',
      it: 'Un’immagine del messaggio viene caricata dall’indirizzo numerico {host}, come fanno i tracciatori dello spam.',
    },
    ipfs: { en: 'A link leads to a page on IPFS ({host}), where scam pages cannot be taken down.', it: 'Un link porta a una pagina su IPFS ({host}), dove le pagine truffa non possono essere rimosse.' },
    deceptiveHost: { en: 'The link address {host} really belongs to {domain}.', it: 'L’indirizzo del link {host} in realtà appartiene al dominio {domain}.' },
    fileDownload: { en: 'A link downloads the file {file}, which can run or hide programs.', it: 'Un link scarica il file {file}, che può eseguire o nascondere programmi.' },
  },
  run(message, context) {
    const groups = new Map<SuspiciousLinkMessageId, Finding & { evidence: string[] }>();
    const seenHrefs = new Set<string>();
    const sender = senderDomain(message);
    const destinations: Destination[] = [];
    /** Destinations decoded from a wrapper or redirector, as quoted: derived evidence. */
    const unwrapped = new Set<string>();
    const add = (flag: Flag): void => {
      const group = groups.get(flag.messageId);
      if (!group) {
        groups.set(flag.messageId, { detectorId: 'suspicious-link', messageId: flag.messageId, severity: flag.severity, data: flag.data, evidence: [flag.evidence] });
        return;
      }
      if (SEVERITY_RANK[flag.severity] > SEVERITY_RANK[group.severity]) {
        groups.set(flag.messageId, { ...group, severity: flag.severity, data: flag.data, evidence: [flag.evidence, ...group.evidence].slice(0, MAX_EVIDENCE_PER_FLAG) });
      } else if (group.evidence.length < MAX_EVIDENCE_PER_FLAG && !group.evidence.includes(flag.evidence)) {
        group.evidence.push(flag.evidence);
      }
    };
    for (const link of message.links) {
      if (seenHrefs.has(link.href)) continue;
      seenHrefs.add(link.href);
      const raw = absolute(link.href);
      const scheme = splitHref(raw).scheme;
      const flags: Flag[] = [];
      const schemeFlag = flagScheme(raw, scheme);
      if (schemeFlag) flags.push(schemeFlag);
      else if (scheme === 'http' || scheme === 'https' || scheme === 'ftp') {
        const destination = unwrapRedirect(raw);
        if (destination !== raw) unwrapped.add(cut(destination));
        const linkFlags = flagWebLink(destination, destination === raw ? link.href : destination, context.brands, sender);
        flags.push(...linkFlags);
        // On free hosting the page is the host ('poste-sblocco.weebly.com'), not the service's domain.
        const host = splitHref(destination).host;
        const hosted = linkFlags.some((f) => f.messageId === 'freeHosting' || f.messageId === 'tunnel' || f.messageId === 'ipfs');
        const place = hosted ? host : registrableDomain(host) || host;
        if (place) destinations.push({ place, throwaway: linkFlags.some(isThrowaway) });
      }
      for (const flag of flags) add(flag);
    }
    const ipImage = ipImages(message);
    if (ipImage) add(ipImage);
    const picture = pictureOnly(message);
    if (picture) add(picture);
    // The message-wide view adds nothing when one link is already a red flag by itself.
    const alreadyStrong = [...groups.values()].some((g) => g.severity !== 'low');
    const throwaway = alreadyStrong ? undefined : onlyThrowawayLinks(destinations, sender, message);
    if (throwaway) add(throwaway);
    return [...groups.values()].map((group) => {
      const derived = group.evidence.filter((item) => unwrapped.has(item));
      return derived.length > 0 ? { ...group, derived } : group;
    });
  },
});
