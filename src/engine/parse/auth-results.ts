import type { AuthResults, AuthVerdict, MailHeader } from '../model';

const KNOWN_VERDICTS: readonly AuthVerdict[] = [
  'pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'bestguesspass', 'policy',
];

function toVerdict(value: string): AuthVerdict {
  const lower = value.toLowerCase();
  return (KNOWN_VERDICTS as readonly string[]).includes(lower) ? (lower as AuthVerdict) : 'other';
}

/** Removes RFC 5322 comments, nested ones included: 'spf=pass (sender IP is (1.2.3.4))' => 'spf=pass '. */
export function stripComments(value: string): string {
  let depth = 0;
  let out = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1); // a stray ')' would glue to the result: 'pass)'
    else if (depth === 0) out += char;
  }
  return out;
}

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
 * Reads the topmost Authentication-Results (the one our own receiving server wrote; lower ones can be forged by
 * the sender) and the topmost Received-SPF.
 */
export function parseAuthResults(headers: readonly MailHeader[]): AuthResults {
  const top = headers.find((h) => h.key === 'authentication-results');
  const receivedSpfHeader = headers.find((h) => h.key === 'received-spf');
  const receivedSpf = receivedSpfHeader ? parseReceivedSpf(receivedSpfHeader.value) : undefined;
  if (!top) return { raw: '', dkim: [], receivedSpf };

  const methods = parseMethodResults(top.value);
  const spf = methods.find((m) => m.method === 'spf');
  const dmarc = methods.find((m) => m.method === 'dmarc');
  const compauth = methods.find((m) => m.method === 'compauth');
  return {
    raw: top.value,
    spf: spf && { result: spf.result, domain: domainOf(spf.props.get('smtp.mailfrom') ?? spf.props.get('smtp.helo')) },
    dkim: methods
      .filter((m) => m.method === 'dkim')
      .map((m) => ({ result: m.result, domain: domainOf(m.props.get('header.d') ?? m.props.get('header.i')) })),
    dmarc: dmarc && { result: dmarc.result, domain: domainOf(dmarc.props.get('header.from')), action: dmarc.props.get('action') },
    compauth: compauth && { result: compauth.result, reason: compauth.props.get('reason') },
    receivedSpf,
  };
}
