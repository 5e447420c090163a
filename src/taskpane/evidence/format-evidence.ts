import { registrableDomain } from '../../engine';
import { INVISIBLE_MARK, revealInvisible } from './reveal-invisible';

/**
 * Every string from the message goes through here before the pane shows it (flag lines, "In the message:" lists,
 * the sender): invisible characters revealed, long links shortened to their host and the start of their path, the
 * domain that decides where a link or address goes in bold. Output is parts to render as text, never HTML.
 */
export type EvidencePart =
  | { readonly kind: 'text'; readonly text: string }
  /** The registrable domain of a link, host or address: what a person should read. */
  | { readonly kind: 'domain'; readonly text: string }
  /** One invisible character, shown as a dot. */
  | { readonly kind: 'invisible'; readonly text: string };

export interface FormattedEvidence {
  readonly parts: readonly EvidencePart[];
  readonly invisibleCount: number;
  /** True when something was cut; the whole string is then kept for a tooltip. */
  readonly shortened: boolean;
  readonly full: string;
}

/** Path, query and fragment longer than this are cut: tracking links run to hundreds of characters. */
export const MAX_PATH_SHOWN = 24;
/** Phrases longer than this are cut at a word boundary. */
export const MAX_PHRASE_SHOWN = 160;
const ELLIPSIS = '…';

const URL_PATTERN = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]+)(.*)$/i;
const ADDRESS_PATTERN = /^([^\s@]+@)([^\s@]+\.[^\s@]+)$/;
const HOST_PATTERN = /^(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]*\.?$/i;

function cutPath(path: string): { text: string; cut: boolean } {
  if (path.length <= MAX_PATH_SHOWN) return { text: path, cut: false };
  return { text: path.slice(0, MAX_PATH_SHOWN) + ELLIPSIS, cut: true };
}

function cutPhrase(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_PHRASE_SHOWN) return { text, cut: false };
  const head = text.slice(0, MAX_PHRASE_SHOWN);
  const space = head.lastIndexOf(' ');
  return { text: (space > MAX_PHRASE_SHOWN / 2 ? head.slice(0, space) : head) + ELLIPSIS, cut: true };
}

/** 'login.paypal.com.evil.top' => ['login.paypal.com.', <domain>'evil.top']. */
function hostParts(host: string): EvidencePart[] {
  let domain = '';
  try {
    domain = registrableDomain(`http://${host}/`);
  } catch {
    domain = '';
  }
  const at = domain ? host.toLowerCase().lastIndexOf(domain.toLowerCase()) : -1;
  if (!domain || at < 0) return [{ kind: 'text', text: host }];
  return [
    ...(at > 0 ? [{ kind: 'text', text: host.slice(0, at) } as const] : []),
    { kind: 'domain', text: host.slice(at, at + domain.length) },
    ...(at + domain.length < host.length ? [{ kind: 'text', text: host.slice(at + domain.length) } as const] : []),
  ];
}

/** Splits revealed text into text and invisible-mark parts. */
function markInvisible(parts: readonly EvidencePart[]): EvidencePart[] {
  return parts.flatMap((part) => {
    if (!part.text.includes(INVISIBLE_MARK)) return [part];
    return part.text.split(/(·)/).flatMap((piece): EvidencePart[] => {
      if (piece === '') return [];
      return piece === INVISIBLE_MARK ? [{ kind: 'invisible', text: piece }] : [{ kind: part.kind, text: piece }];
    });
  });
}

/**
 * formatEvidence('https://amazon-verify.top/it/account/verify?id=1234567890abcdef')
 *   => parts: 'https://', <domain>'amazon-verify.top', '/it/account/verify?id=123…' (shortened)
 * formatEvidence('V\u200be\u200bn\u200bm\u200bo') => 'V·e·n·m·o', invisibleCount 4
 */
export function formatEvidence(value: string): FormattedEvidence {
  const original = value.trim();
  // A dot the message itself wrote must not read as a revealed character: only revealed ones become marks.
  const { text, invisibleCount } = revealInvisible(original.replaceAll(INVISIBLE_MARK, '\u2219'));
  let parts: EvidencePart[];
  let shortened = false;
  const url = URL_PATTERN.exec(text);
  const address = ADDRESS_PATTERN.exec(text);
  if (url) {
    const [, scheme = '', host = '', rest = ''] = url;
    const path = cutPath(rest);
    shortened = path.cut;
    parts = [{ kind: 'text', text: scheme }, ...hostParts(host), ...(path.text ? [{ kind: 'text', text: path.text } as const] : [])];
  } else if (address) {
    const [, local = '', domain = ''] = address;
    parts = [{ kind: 'text', text: local }, ...hostParts(domain)];
  } else if (HOST_PATTERN.test(text) && text.length <= 253) {
    parts = hostParts(text);
  } else {
    const phrase = cutPhrase(text);
    shortened = phrase.cut;
    parts = [{ kind: 'text', text: phrase.text }];
  }
  return { parts: markInvisible(parts.filter((part) => part.text !== '')), invisibleCount, shortened, full: original };
}
