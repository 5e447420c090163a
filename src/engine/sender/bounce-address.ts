/**
 * Machine addresses that carry bounces, not conversations: VERP ('list-bounces+bob=acme.it@lists.example.org',
 * 'bounce-123-abc@mail.shop.example'), SRS rewriting by forwarders ('SRS0=HHH=TT=example.com=bob@fwd.example'),
 * BATV ('prvs=1234abcd=bob@example.com') and MAILER-DAEMON. A scammer wants replies in an inbox they read,
 * so a Reply-To or Return-Path of this shape is delivery machinery, not a lure.
 */
const BOUNCE_LOCAL_PART = /^(?:srs[01][=+-]|prvs=|btv1=|bounces?(?:$|[-+=_.])|bnc[-+.]|mailer-daemon$|postmaster$)/i;

/** VERP encodes the recipient in the local part after a '+' or '-': 'x+bob=acme.it' => true. */
const VERP_RECIPIENT = /[+-][^@=+.]{1,64}=[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i;

export function isBounceAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = (at >= 0 ? address.slice(0, at) : address).slice(0, 256);
  return BOUNCE_LOCAL_PART.test(local) || VERP_RECIPIENT.test(local);
}
