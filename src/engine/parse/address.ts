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
