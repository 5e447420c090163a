import type { AuthResults, AuthVerdict, MailHeader, UntrustedAuthResults } from '../model';
import { registrableDomain } from '../url/registrable-domain';
import { MAX_UNTRUSTED_AUTH_RESULTS } from './limits';
import { isNamedHost, parseReceivedHop } from './received-hop';
import { stripComments } from './strip-comments';

const KNOWN_VERDICTS: readonly AuthVerdict[] = [
  'pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'bestguesspass', 'policy',
];

function toVerdict(value: string): AuthVerdict {
  const lower = value.toLowerCase();
  return (KNOWN_VERDICTS as readonly string[]).includes(lower) ? (lower as AuthVerdict) : 'other';
}

export { stripComments } from './strip-comments';

interface MethodResult {
  method: string;
  result: AuthVerdict;
  props: Map<string, string>;
}

/**
 * Splits one Authentication-Results value into method results. Office 365 writes it without an authserv-id:
 * 'spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=a.com; dkim=pass header.d=a.com;dmarc=pass action=none header.from=a.com;compauth=pass reason=100'
 */
function parseMethodResults(value: string): MethodResult[] {
  const results: MethodResult[] = [];
  for (const segment of stripComments(value).split(';')) {
    const tokens = segment.trim().split(/\s+/).filter(Boolean);
    const first = tokens[0];
    if (!first?.includes('=')) continue; // the authserv-id, or noise
    const [methodSpec = '', result = ''] = first.split('=', 2);
    // RFC 8601 allows a method version: 'dkim/1=pass' is method 'dkim'.
    const method = methodSpec.split('/')[0] ?? '';
    const props = new Map<string, string>();
    for (const token of tokens.slice(1)) {
      const eq = token.indexOf('=');
      if (eq > 0) props.set(token.slice(0, eq).toLowerCase(), token.slice(eq + 1).replace(/^"|"$/g, '').toLowerCase());
    }
    results.push({ method: method.toLowerCase(), result: toVerdict(result), props });
  }
  return results;
}

/** 'user@Example.com' or 'example.com' => 'example.com'. */
function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf('@');
  const domain = (at >= 0 ? value.slice(at + 1) : value).toLowerCase();
  return domain && domain !== 'none' ? domain : undefined;
}

/**
 * The checked domain in a Received-SPF comment, in the wordings Office 365 and Google use:
 * 'domain of a.com designates 1.2.3.4', 'domain of a.com does not designate 1.2.3.4',
 * 'domain of transitioning a.com discourages use of 1.2.3.4', 'a.com does not designate permitted sender hosts'.
 */
const RECEIVED_SPF_DOMAIN =
  /(?:domain of (?:transitioning )?([^\s()]{1,255}) (?:designates|does not designate|discourages)|: ([^\s()]{1,255}) does not designate permitted sender hosts)/i;

/** 'Pass (protection.outlook.com: domain of a.com designates ...)' => { result: 'pass', domain: 'a.com' }. */
function parseReceivedSpf(value: string): AuthResults['receivedSpf'] {
  const word = /^\s*([A-Za-z]+)/.exec(value)?.[1];
  if (!word) return undefined;
  const comment = RECEIVED_SPF_DOMAIN.exec(value.slice(0, 2000));
  const domain = /envelope-from=["<]?([^\s";>]+)/i.exec(value)?.[1] ?? comment?.[1] ?? comment?.[2];
  return { result: toVerdict(word), domain: domainOf(domain) };
}

/**
 * Exchange Online's servers, one organisation under several names: its hops are written 'by
 * DB8P191CA0014.EURP191.PROD.OUTLOOK.COM', 'by ...mail.protection.outlook.com', 'by ...outlook.office365.com', and
 * mailboxes hand over 'from ...prod.exchangelabs.com'. Microsoft lists outlook.com and office365.com as Exchange
 * Online's endpoints: https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges
 */
const EXCHANGE_ONLINE_DOMAINS: readonly string[] = ['outlook.com', 'office365.com', 'exchangelabs.com'];

/** 'mx.google.com; dkim=pass ...' => 'mx.google.com'; Exchange Online's 'spf=pass ...' => ''. */
function authservIdOf(value: string): string {
  const first = stripComments(value).split(';')[0]?.trim() ?? '';
  if (first.includes('=')) return '';
  return (first.split(/\s+/)[0] ?? '').toLowerCase().replace(/\.$/, '');
}

/** 'mx1.gw.acme.it' is ours when 'gw.acme.it' or 'acme.it' is listed. */
function isUnder(host: string, names: readonly string[]): boolean {
  return names.some((name) => host === name || host.endsWith(`.${name}`));
}

/**
 * The receiving organisation's names: the domain of the server that delivered the message to this mailbox (the
 * topmost named `by` host: nothing the sender writes can sit above it), all of Exchange Online when that is
 * Exchange Online, and the authserv-ids the policy names (a gateway in front of Exchange Online).
 */
function receivingNames(hops: readonly { by: string }[], trustedAuthservIds: readonly string[]): string[] {
  const names = [...trustedAuthservIds];
  const delivering = hops.find((hop) => isNamedHost(hop.by));
  const domain = delivering ? registrableDomain(delivering.by) : '';
  if (domain) names.push(...(EXCHANGE_ONLINE_DOMAINS.includes(domain) ? EXCHANGE_ONLINE_DOMAINS : [domain]));
  return names;
}

function untrustedResults(value: string, belowHopFrom: string): UntrustedAuthResults {
  const methods = parseMethodResults(value);
  const dmarc = methods.find((m) => m.method === 'dmarc');
  return {
    authservId: authservIdOf(value),
    belowHopFrom,
    dkim: methods.filter((m) => m.method === 'dkim').map((m) => ({ result: m.result, domain: domainOf(m.props.get('header.d') ?? m.props.get('header.i')) })),
    dmarc: dmarc && { result: dmarc.result, domain: domainOf(dmarc.props.get('header.from')) },
  };
}

/**
 * Reads the Authentication-Results and Received-SPF the receiving organisation wrote; anyone can write these
 * headers into a message, so where they sit and who signed them decides (RFC 8601 §5, §7.1).
 *
 * Walking down from the top (the newest header first): the receiving servers prepend their Received lines, and the
 * hop whose `from` is not one of theirs is the entry hop, where the message came in from outside; below it is the
 * sender's own text. A result is believed when it sits above the entry hop and carries either no authserv-id
 * (Exchange Online writes none, and stamps its results just above its entry hop) or one of the receiving
 * organisation's; or when it sits right below the entry hop carrying the receiving organisation's authserv-id (Gmail
 * stamps its results below its own Received line, and RFC 8601 §5 has border servers delete incoming results that
 * bear their id). A Received line written by a foreign server ends the walk: nothing below it was written by us.
 * The topmost believed header wins. Everything else is untrusted, kept for the forgery check.
 *
 *   Received: from X.eop-eur06.prod.protection.outlook.com by Y.PROD.OUTLOOK.COM       (receiving hop)
 *   Authentication-Results: spf=none ...; dmarc=fail header.from=paypal.com            (believed)
 *   Received: from mail.evil.example (203.0.113.7) by Z.mail.protection.outlook.com    (entry hop)
 *   Authentication-Results: dmarc=pass header.from=paypal.com                          (the sender's: untrusted)
 */
export function parseAuthResults(headers: readonly MailHeader[], trustedAuthservIds: readonly string[] = []): AuthResults {
  const hops = headers.filter((h) => h.key === 'received').map((h) => parseReceivedHop(h.value));
  const ours = receivingNames(hops, trustedAuthservIds);
  const isOurs = (host: string) => host !== '' && isUnder(host, ours);

  let trusted: MailHeader | undefined;
  let receivedSpfHeader: MailHeader | undefined;
  const untrusted: UntrustedAuthResults[] = [];
  /** The entry hop's `from`, once the walk has passed it. */
  let entryFrom: string | undefined;
  /** The walk passed a line a foreign server wrote, or the line below the entry hop. */
  let outside = false;
  let hopIndex = 0;
  const distrust = (value: string) => {
    if (untrusted.length < MAX_UNTRUSTED_AUTH_RESULTS) untrusted.push(untrustedResults(value, entryFrom ?? ''));
  };
  for (const header of headers) {
    if (header.key === 'received') {
      const hop = hops[hopIndex++] ?? { from: '', by: '' };
      if (outside || entryFrom !== undefined || (isNamedHost(hop.by) && !isOurs(hop.by))) {
        outside = true;
        entryFrom ??= hop.from;
      } else if (isNamedHost(hop.from) && !isOurs(hop.from)) {
        entryFrom = hop.from;
      }
    } else if (header.key === 'authentication-results') {
      const id = authservIdOf(header.value);
      const believed = !outside && (entryFrom === undefined ? id === '' || isOurs(id) : isOurs(id));
      if (believed && !trusted) trusted = header;
      else if (!believed) distrust(header.value);
    } else if (header.key === 'received-spf' && !outside && entryFrom === undefined) {
      receivedSpfHeader ??= header;
    }
  }

  const receivedSpf = receivedSpfHeader ? parseReceivedSpf(receivedSpfHeader.value) : undefined;
  const untrustedField = untrusted.length > 0 ? { untrusted } : {};
  if (!trusted) return { raw: '', dkim: [], receivedSpf, ...untrustedField };

  const methods = parseMethodResults(trusted.value);
  const spf = methods.find((m) => m.method === 'spf');
  const dmarc = methods.find((m) => m.method === 'dmarc');
  const compauth = methods.find((m) => m.method === 'compauth');
  return {
    raw: trusted.value,
    authservId: authservIdOf(trusted.value),
    spf: spf && { result: spf.result, domain: domainOf(spf.props.get('smtp.mailfrom') ?? spf.props.get('smtp.helo')) },
    dkim: methods
      .filter((m) => m.method === 'dkim')
      .map((m) => ({ result: m.result, domain: domainOf(m.props.get('header.d') ?? m.props.get('header.i')) })),
    dmarc: dmarc && { result: dmarc.result, domain: domainOf(dmarc.props.get('header.from')), action: dmarc.props.get('action') },
    compauth: compauth && { result: compauth.result, reason: compauth.props.get('reason') },
    receivedSpf,
    ...untrustedField,
  };
}
