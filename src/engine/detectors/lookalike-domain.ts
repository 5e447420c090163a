import type { Brand, Finding, MailMessage, Policy, Severity } from '../model';
import { defineDetector } from '../model';
import { confusableSkeleton, damerauDistance, idnForms, isMixedScript, scriptsIn } from '../confusables';
import { hasInvisible } from '../text/reveal-invisible';
import { hostInfo, registrableDomain, unwrapRedirect } from '../url';

/** A crafted message can carry thousands of links; the first hosts are enough to find an imitation. */
const MAX_HOSTS_CHECKED = 100;
const MAX_FINDINGS = 4;
/** Edit distance 1 is only meaningful on longer labels: 'ups' and 'ups-x', 'bbva' and 'bbvo' are unrelated names. */
const MIN_TYPO_LABEL = 5;
/** A brand label found inside another word ('paypalsecure') must be long enough not to be a coincidence. */
const MIN_SUBSTRING_LABEL = 6;
const MIN_LABEL = 4;

/**
 * Brand domain labels that are ordinary words ('office.com', 'live.com', 'next.me'): seeing them inside another
 * domain ('office-supplies.com', 'live-news.it') or one letter away ('offices') means nothing.
 */
const COMMON_LABELS: ReadonlySet<string> = new Set([
  'office', 'live', 'outlook', 'bing', 'skype', 'azure', 'windows', 'android', 'mail', 'orange', 'magenta', 'imagin',
  'next', 'correos', 'caixa', 'italia', 'wind', 'saturn', 'amex', 'fazenda', 'economia', 'apple', 'google', 'youtube',
  'messenger', 'enel', 'nexi', 'santander', 'welcome', 'spotify', 'metamail', 'kindle', 'audible', 'lidl', 'ikea',
  'banco', 'economia', 'aruba', 'autostrade', 'ripple', 'exodus', 'lowes', 'macys',
  // Brand labels that are words or sit inside words: 'hotelbooking', 'revolution', 'schwaben', 'interstellar',
  // 'tethering', Italian 'cielo' and 'lido', 'stream' one letter from 'steam', 'tesa' from 'tesla'.
  'booking', 'revolut', 'schwab', 'citi', 'chase', 'tesla', 'cielo', 'lido', 'stellar', 'medium', 'kraken', 'tether',
  'steam', 'italo', 'iliad', 'edison', 'hera', 'iren', 'acea',
]);

/**
 * Hosting platforms whose registrable name contains a brand because the brand runs them for its customers
 * ('tenant.onmicrosoft.com', 'site.sharepoint.com'): their own name imitates nothing, the name a tenant chose may.
 */
const PLATFORM_DOMAINS: ReadonlySet<string> = new Set(['onmicrosoft.com', 'sharepoint.com', 'googleusercontent.com', 'googleapis.com', 'amazoncognito.com', 'microsoftonline-p.com']);

/**
 * Brand labels with ordinary neighbours one edit away ('adobe'/'abode', 'binance'/'finance', 'telekom'/'telecom',
 * 'poste'/'poster', 'icloud'/'cloud', 'gmail'/'email'): the typo check skips them; look-alike characters and embedding
 * are still caught.
 */
const TYPO_EXEMPT_LABELS: ReadonlySet<string> = new Set([
  'adobe', 'binance', 'telekom', 'poste', 'icloud', 'itunes', 'gmail', 'norton', 'rossmann', 'webank', 'banco', 'correos',
]);

type Place = 'sender' | 'reply-to' | 'link';
type MessageId = 'skeleton' | 'mixedScript' | 'typo' | 'embedded';

interface Target {
  readonly label: string;
  readonly skeleton: string;
  readonly domain: string;
  readonly brand?: Brand;
}

interface Candidate {
  readonly host: string;
  readonly place: Place;
  /** What a person can check: the From address, the Reply-To address, the link. */
  readonly shownAs: string;
}

const BRAND_TARGETS = new WeakMap<Brand, readonly Target[]>();

function organizationTargets(domains: readonly string[]): Target[] {
  const targets: Target[] = [];
  for (const domain of domains) {
    const label = hostInfo(domain).domainWithoutSuffix;
    if (label.length >= MIN_LABEL && !label.includes('.')) targets.push({ label, skeleton: confusableSkeleton(label), domain });
  }
  return targets;
}

/**
 * What a look-alike of a brand imitates: its names as one word ('intesa sanpaolo' => 'intesasanpaolo', 'amazon.it'
 * => 'amazon'), its main domain's label, and those of its domains that contain one of those names ('amazonses',
 * 'paypalobjects'). Partner and provider domains a brand also sends from ('register.it' for SPID, 'xoom.com' for
 * PayPal) are left out: their names are not the brand's, and 'theregister.co.uk' imitates nothing.
 */
function brandTargets(brand: Brand): Target[] {
  const primary = brand.domains[0] ?? '';
  const labels = new Map<string, string>();
  for (const name of brand.names) {
    const label = (name.split('.')[0] ?? '').replace(/[\s'&]+/g, '');
    if (label.length >= MIN_LABEL && /^[a-z0-9-]+$/.test(label) && !labels.has(label)) labels.set(label, primary);
  }
  const nameLabels = [...labels.keys()];
  for (const domain of brand.domains) {
    const label = hostInfo(domain).domainWithoutSuffix;
    if (label.length < MIN_LABEL || label.includes('.') || labels.has(label)) continue;
    if (domain === primary || nameLabels.some((name) => label.includes(name))) labels.set(label, domain);
  }
  return [...labels].map(([label, domain]) => ({ label, skeleton: confusableSkeleton(label), domain, brand }));
}

function allTargets(brands: readonly Brand[], policy: Policy): Target[] {
  const targets = organizationTargets(policy.organization.domains);
  for (const brand of brands) {
    let cached = BRAND_TARGETS.get(brand);
    if (!cached) {
      cached = brandTargets(brand);
      BRAND_TARGETS.set(brand, cached);
    }
    targets.push(...cached);
  }
  return targets;
}

const URL_HOST = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;

function candidates(message: MailMessage): Candidate[] {
  const list: Candidate[] = [];
  if (message.from?.domain) list.push({ host: message.from.domain, place: 'sender', shownAs: message.from.address });
  for (const reply of message.replyTo) if (reply.domain) list.push({ host: reply.domain, place: 'reply-to', shownAs: reply.address });
  for (const link of message.links) {
    const url = unwrapRedirect(link.href);
    const host = URL_HOST.exec(url)?.[1];
    if (host) list.push({ host, place: 'link', shownAs: url.slice(0, 300) });
    if (list.length > MAX_HOSTS_CHECKED * 4) break;
  }
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = c.host.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_HOSTS_CHECKED);
}

interface Verdict {
  readonly messageId: MessageId;
  readonly severity: Severity;
  readonly target?: Target;
}

/** 'secure-amazon-login' => ['secure', 'amazon', 'login']; 'amazon.it-verifica' => ['amazon', 'it', 'verifica']. */
function tokens(text: string): string[] {
  return text.split(/[.-]/).filter((token) => token.length >= MIN_LABEL);
}

interface TargetIndex {
  readonly targets: readonly Target[];
  /** Skeleton => target, the organization's first. */
  readonly bySkeleton: ReadonlyMap<string, Target>;
  /** Skeleton => brand target only. */
  readonly brandBySkeleton: ReadonlyMap<string, Target>;
}

function judge(unicodeHost: string, asciiHost: string, place: Place, { targets, bySkeleton, brandBySkeleton }: TargetIndex): Verdict | undefined {
  const info = hostInfo(asciiHost);
  if (!info.domain || info.isIp) return undefined;
  const label = idnForms(info.domainWithoutSuffix).unicode;
  const labelSkeleton = confusableSkeleton(label);
  const mixed = unicodeHost.split('.').some(isMixedScript);
  const strong: Severity = place === 'link' ? 'medium' : 'high';

  // 'pаypal.com' (Cyrillic а), 'paypa1.com', 'rnicrosoft.com': the same skeleton as a brand label, other letters.
  const twin = bySkeleton.get(labelSkeleton);
  if (twin && twin.label !== label) return { messageId: 'skeleton', severity: 'high', target: twin };
  if (mixed) return { messageId: 'mixedScript', severity: 'medium' };

  const platform = PLATFORM_DOMAINS.has(info.domain);
  // 'amazom.com', 'micosoft.com', 'paypall.com': one edit from a long brand label.
  if (!platform && label.length >= MIN_TYPO_LABEL) {
    for (const target of targets) {
      if (target.label.length < MIN_TYPO_LABEL || target.label === label) continue;
      if (COMMON_LABELS.has(target.label) || TYPO_EXEMPT_LABELS.has(target.label)) continue;
      if (Math.abs(target.label.length - label.length) > 1) continue;
      if (damerauDistance(label, target.label, 1) === 1 || damerauDistance(labelSkeleton, target.skeleton, 1) === 1) {
        return { messageId: 'typo', severity: strong, target };
      }
    }
  }

  // 'paypal.com.evil.xyz', 'acme.it.login-portal.com': a whole brand or organization domain in front of another.
  if (info.subdomain) {
    const subdomain = `.${info.subdomain}.`;
    const whole = targets.find((target) => subdomain.includes(`.${target.domain}.`));
    if (whole) return { messageId: 'embedded', severity: strong, target: whole };
  }
  // 'amazon.it-verifica.xyz', 'secure-amazon-login.com': a brand label inside someone else's name. Only brands:
  // an organization's sister domains ('acme-group.com' beside 'acme.com') look exactly like this.
  const isBrandName = (target: Target | undefined): target is Target => target?.brand !== undefined && !COMMON_LABELS.has(target.label);
  for (const token of tokens(idnForms(info.subdomain).unicode)) {
    const target = brandBySkeleton.get(confusableSkeleton(token));
    if (isBrandName(target)) return { messageId: 'embedded', severity: strong, target };
  }
  if (platform) return undefined;
  for (const token of tokens(label)) {
    if (token === label) continue;
    const target = brandBySkeleton.get(confusableSkeleton(token));
    if (isBrandName(target)) return { messageId: 'embedded', severity: strong, target };
  }
  for (const target of targets) {
    if (!isBrandName(target) || target.label.length < MIN_SUBSTRING_LABEL || label === target.label) continue;
    if (labelSkeleton.includes(target.skeleton)) return { messageId: 'embedded', severity: 'medium', target };
  }
  return undefined;
}

function ownedByTarget(domain: string, brands: readonly Brand[], policy: Policy): boolean {
  return policy.organization.domains.includes(domain) || brands.some((b) => b.domains.includes(domain) || b.assetDomains.includes(domain));
}

/** Sender, reply-to and link domains that imitate a brand's domains or the organization's own. */
export const lookalikeDomain = defineDetector({
  id: 'lookalike-domain',
  kind: 'sender',
  title: { en: 'Look-alike domain', it: 'Dominio che imita un altro' },
  severity: 'high',
  explanation: {
    en: 'A domain in this message is built to look like a well-known one: a swapped letter, letters from another alphabet, or the real name inside someone else’s address. At a glance you would not notice.',
    it: 'Un dominio in questo messaggio è costruito per sembrare quello di un nome noto: una lettera scambiata, lettere di un altro alfabeto, o il nome vero dentro l’indirizzo di qualcun altro. A colpo d’occhio non te ne accorgeresti.',
  },
  messages: {
    skeleton: {
      en: '{domain} imitates {target} with look-alike characters; its real form is {ascii}.',
      it: '{domain} imita {target} con caratteri somiglianti; la sua forma reale è {ascii}.',
    },
    mixedScript: {
      en: '{domain} mixes letters from different alphabets ({scripts}); its real form is {ascii}.',
      it: '{domain} mescola lettere di alfabeti diversi ({scripts}); la sua forma reale è {ascii}.',
    },
    typo: {
      en: '{domain} is one letter away from {target}, but it is a different domain.',
      it: '{domain} differisce di una sola lettera da {target}, ma è un dominio diverso.',
    },
    embedded: {
      en: '{domain} puts the name {target} inside an address that belongs to {owner}.',
      it: '{domain} inserisce il nome {target} in un indirizzo del dominio {owner}.',
    },
  },
  run(message, { brands, policy }) {
    const targets = allTargets(brands, policy);
    const bySkeleton = new Map<string, Target>();
    const brandBySkeleton = new Map<string, Target>();
    for (const target of targets) {
      if (!bySkeleton.has(target.skeleton)) bySkeleton.set(target.skeleton, target);
      if (target.brand && !brandBySkeleton.has(target.skeleton)) brandBySkeleton.set(target.skeleton, target);
    }
    const index: TargetIndex = { targets, bySkeleton, brandBySkeleton };
    const findings: Finding[] = [];
    for (const candidate of candidates(message)) {
      // A host with a control, bidi or zero-width character is no host name: it has no IDN form to show.
      if (hasInvisible(candidate.host)) continue;
      const forms = idnForms(candidate.host);
      const owner = registrableDomain(forms.ascii);
      if (!owner || ownedByTarget(owner, brands, policy)) continue;
      const verdict = judge(forms.unicode, forms.ascii, candidate.place, index);
      if (!verdict) continue;
      const target = verdict.target;
      findings.push({
        detectorId: 'lookalike-domain',
        messageId: verdict.messageId,
        severity: verdict.severity,
        data: {
          domain: forms.unicode,
          ascii: forms.ascii,
          owner,
          place: candidate.place,
          target: target?.domain ?? '',
          scripts: scriptsIn(forms.unicode).join(' + '),
          ...(target?.brand ? { brand: target.brand.id } : {}),
        },
        evidence: [...new Set([forms.unicode, forms.ascii, candidate.shownAs])].filter(Boolean),
        // The form the message does not write (punycode for a Unicode host, or the reverse) is computed.
        ...(forms.unicode !== forms.ascii ? { derived: [forms.unicode, forms.ascii].filter((form) => form !== candidate.host.toLowerCase()) } : {}),
      });
      if (findings.length >= MAX_FINDINGS) break;
    }
    return findings;
  },
});
