import type { MailAddress } from '../model';

/** 'Amazon <no-reply@Amazon.IT>' parts => { name: 'Amazon', address: 'no-reply@Amazon.IT', domain: 'amazon.it' }. */
export function toMailAddress(name: string | undefined, address: string | undefined): MailAddress {
  const cleanAddress = (address ?? '').trim().replace(/^<|>$/g, '');
  const at = cleanAddress.lastIndexOf('@');
  const domain = at >= 0 ? cleanAddress.slice(at + 1).toLowerCase().replace(/\.$/, '') : '';
  return { name: (name ?? '').trim(), address: cleanAddress, domain };
}

/** The domain of a bare address ('bounce+x@mail.example.com' => 'mail.example.com'), '' when none. */
export function domainOfAddress(address: string): string {
  return toMailAddress('', address).domain;
}

/** RFC 5321's longest path: a longer "address" is not one. */
const MAX_ADDRESS_CHARS = 320;

/**
 * A From line written without angle brackets, read as mail clients read it: the address is the last word with an @,
 * everything before it the display name. 'Gruppo Nexi assistenza@nexi-noreply.com' => name 'Gruppo Nexi', address
 * 'assistenza@nexi-noreply.com'; 'Nexi info@nexi.it assistenza@nexi-noreply.com' => the last one, since that is where
 * replies go and what the server authenticated, while 'info@nexi.it' is only shown. A trailing comment is dropped
 * ('x@y.com (Servizio Clienti)'). Undefined when the line has angle brackets or no address: the MIME parser's reading
 * stands then.
 */
export function readBareFrom(raw: string): MailAddress | undefined {
  const line = raw.slice(0, 1000).replace(/\([^()]{0,300}\)/g, ' ').trim();
  if (line.includes('<') || !line.includes('@')) return undefined;
  // Several mailboxes ('a@x.it, b@y.it'): the first is the author; 'Rossi, Mario m@x.it' is one name with a comma.
  const pieces = line.split(',');
  let text = '';
  for (const piece of pieces) {
    text = text ? `${text},${piece}` : piece;
    if (piece.includes('@')) break;
  }
  text = text.trim();
  const words = text.split(/\s+/);
  let at = -1;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (words[i]?.includes('@')) {
      at = i;
      break;
    }
  }
  const address = (words[at] ?? '').replace(/^["',;:]+|["',;:.]+$/g, '');
  if (!address.includes('@') || address.length > MAX_ADDRESS_CHARS) return undefined;
  const name = words.slice(0, at).join(' ').replace(/^"|"$/g, '').replace(/[\s:,;-]+$/, '').trim();
  return toMailAddress(name, address);
}
