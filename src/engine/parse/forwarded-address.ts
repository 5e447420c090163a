import type { MailAddress } from '../model';
import { toMailAddress } from './address';
import { ON_BEHALF_OF } from './forwarded-labels';

/** Addresses kept from one forwarded To/Cc line: the original's recipients add nothing past a few. */
const MAX_ADDRESSES = 50;
/** RFC 5321's longest path; a longer "address" in a header block is not one. */
const MAX_ADDRESS_CHARS = 320;

/** Trims spaces, quotes and Gmail's bold asterisks from both ends without a regex ('*"Amazon"*' => 'Amazon'). */
function trimDecoration(text: string): string {
  const strip = ' \t"\'*';
  let start = 0;
  let end = text.length;
  while (start < end && strip.includes(text.charAt(start))) start++;
  while (end > start && strip.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function plausibleAddress(candidate: string): string {
  const trimmed = candidate.trim();
  if (trimmed.length > MAX_ADDRESS_CHARS || !trimmed.includes('@') || /\s/.test(trimmed)) return '';
  return trimmed.toLowerCase().startsWith('mailto:') ? trimmed.slice(7) : trimmed;
}

/**
 * One mailbox as a forwarded header block shows it:
 * 'Floria Morton <info@mestoto.com.tr>' => { name: 'Floria Morton', address: 'info@mestoto.com.tr' };
 * 'Chase <no.reply@chase.com> <info@boonsupply.com>' => name 'Chase <no.reply@chase.com>', address 'info@boonsupply.com'
 * (the last bracket is the real address, as in the header it was copied from);
 * 'Amazon [mailto:ship@amaz0n.top]' (Outlook desktop) => address 'ship@amaz0n.top';
 * 'Facebook' (Outlook hides the address of some senders) => name 'Facebook', address ''.
 */
export function parseShownAddress(value: string): MailAddress {
  // Outlook's plain text writes links after their text: 'a@x.com<mailto:a@x.com>'.
  const text = value.slice(0, 1000).replace(/<mailto:[^<>\s]{1,320}>/gi, '').trim();
  const mailto = text.toLowerCase().lastIndexOf('[mailto:');
  if (mailto >= 0) {
    const close = text.indexOf(']', mailto);
    const address = plausibleAddress(text.slice(mailto + 8, close > mailto ? close : undefined));
    if (address) return toMailAddress(trimDecoration(text.slice(0, mailto)), address);
  }
  const open = text.lastIndexOf('<');
  const close = text.indexOf('>', open);
  if (open >= 0 && close > open) {
    const address = plausibleAddress(text.slice(open + 1, close));
    if (address) return toMailAddress(trimDecoration(text.slice(0, open)), address);
  }
  const words = text.split(/\s+/);
  // As mail clients read a From without brackets: the address is the last word with an @, the rest is the name.
  const addressWord = [...words].reverse().find((word) => plausibleAddress(trimDecoration(word.replace(/^\(|\)$/g, ''))));
  if (addressWord) {
    const name = words.filter((word) => word !== addressWord).join(' ');
    return toMailAddress(trimDecoration(name.replace(/^\(|\)$/g, '')), plausibleAddress(trimDecoration(addressWord)));
  }
  return toMailAddress(trimDecoration(text), '');
}

/**
 * The From line of a forwarded block, with Outlook's "on behalf of":
 * 'admin@relay.au <admin@relay.au> em nome de Bed Bath <mail@shop.com>' => from 'mail@shop.com', sender 'admin@relay.au'.
 */
export function parseShownFrom(value: string): { from: MailAddress; sender?: MailAddress } {
  const lower = value.toLowerCase();
  for (const words of ON_BEHALF_OF) {
    const at = lower.indexOf(words);
    if (at > 0) return { from: parseShownAddress(value.slice(at + words.length)), sender: parseShownAddress(value.slice(0, at)) };
  }
  return { from: parseShownAddress(value) };
}

/**
 * A To/Cc/Reply-To line: Outlook separates with ';', Gmail and Apple with ','. A piece without '@' is the first half
 * of a name with a comma in it ('Doe, John <j@x.com>') and joins the next piece.
 */
export function parseShownAddressList(value: string): MailAddress[] {
  const pieces = value.slice(0, 10_000).split(/[;,]/);
  const out: MailAddress[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (out.length >= MAX_ADDRESSES) break;
    const joined = pending ? `${pending},${piece}` : piece;
    if (!joined.includes('@')) {
      pending = joined;
      continue;
    }
    pending = '';
    const address = parseShownAddress(joined);
    if (address.address || address.name) out.push(address);
  }
  return out;
}
