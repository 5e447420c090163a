import type { Brand, DetectorContext, Finding, MailAddress, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { claimedBrands } from '../brands';
import {
  isBounceAddress,
  isFreemailDomain,
  isInternalDomain,
  isMailingList,
  isReply,
  isSameOrganization,
  organizationalDomain,
  sendingBrand,
} from '../sender';
import { hostInfo } from '../url';

type ReplyMessageId = 'freemail' | 'other-domain' | 'no-sender-address';

const FREEMAIL = 'freemail' as const;
const OTHER_DOMAIN = 'other-domain' as const;
const NO_SENDER_ADDRESS = 'no-sender-address' as const;

interface Candidate {
  readonly replyTo: MailAddress;
  readonly freemail: boolean;
}

/**
 * Reply-To addresses that take the conversation away from the sender: 'Amazon <no-reply@amazon-notice.xyz>'
 * with 'Reply-To: amazon.rimborsi@gmail.com' (SpamAssassin's FREEMAIL_REPLYTO). Lists, bounce machinery,
 * real replies and a sender's own other domains are how legitimate mail uses Reply-To, and are left alone.
 */
export const replyToMismatch = defineDetector({
  id: 'reply-to-mismatch',
  kind: 'sender',
  title: { en: 'Replies go somewhere else', it: 'Le risposte vanno altrove' },
  severity: 'high',
  explanation: {
    en: 'When you press Reply, your answer goes to a different address than the sender. Scammers use this to receive your reply at an address they control while showing a respectable sender.',
    it: 'Quando premi Rispondi, la risposta va a un indirizzo diverso dal mittente. I truffatori lo fanno per ricevere la tua risposta in una casella che controllano mentre mostrano un mittente rispettabile.',
  },
  messages: {
    freemail: {
      en: 'Replies go to {replyTo}, a free webmail address, not to the sender’s domain {senderDomain}.',
      it: 'Le risposte vanno all’indirizzo {replyTo}, di posta gratuita, non al dominio del mittente {senderDomain}.',
    },
    'other-domain': {
      en: 'Replies go to {replyTo}, not to the sender’s domain {senderDomain}.',
      it: 'Le risposte vanno all’indirizzo {replyTo}, non al dominio del mittente {senderDomain}.',
    },
    'no-sender-address': {
      en: 'The sender shows no address of its own, but replies go to {replyTo}.',
      it: 'Il mittente non mostra un proprio indirizzo, ma le risposte vanno all’indirizzo {replyTo}.',
    },
  },
  run(message, context) {
    if (message.replyTo.length === 0 || isMailingList(message) || isReply(message)) return [];
    const candidates = message.replyTo.map((r) => candidate(message, r, context)).filter((c): c is Candidate => c !== undefined);
    const chosen = candidates.find((c) => c.freemail) ?? candidates[0];
    return chosen ? [report(message, chosen, context.brands)] : [];
  },
});

/** A Reply-To worth reporting, or undefined when it is the sender's own, bounce machinery, or unusable. */
function candidate(message: MailMessage, replyTo: MailAddress, { policy, brands }: DetectorContext): Candidate | undefined {
  const replyDomain = replyTo.domain;
  if (!replyDomain || isBounceAddress(replyTo.address)) return undefined;
  const fromDomain = message.from?.domain ?? '';
  if (fromDomain && isSameOrganization(fromDomain, replyDomain, brands)) return undefined;
  // The Sender header names who really pushed the message out (a secretary, a ticketing system); replies to it are normal.
  if (message.sender?.domain && isSameOrganization(message.sender.domain, replyDomain, brands)) return undefined;
  // Replies routed to the reader's own organization or to a domain the admin trusts are not taken away from anyone.
  if (isInternalDomain(replyDomain, policy) || policy.trustedDomains.includes(organizationalDomain(replyDomain))) return undefined;
  // A relayed notice: a known brand writes from its own domain and replies go to another known brand's own domain
  // (Amazon or Vinted forwarding a BRT or Poste delivery notice, replies to the courier). Both ends are organisations
  // that answer for themselves; a scammer gains nothing by sending replies to a real courier.
  if (fromDomain && sendingBrand(fromDomain, brands) && sendingBrand(replyDomain, brands)) return undefined;
  // An exact freemail host: 'groups.msn.com' is a list service, not a mailbox at msn.com.
  const freemail = isFreemailDomain(replyDomain) && !(fromDomain && isFreemailDomain(fromDomain) && organizationalDomain(fromDomain) === organizationalDomain(replyDomain));
  return { replyTo, freemail };
}

/**
 * A small business's own webmail: replies from info@bbilglicine.it going to bbilglicine@gmail.com, the name of its
 * domain in the mailbox. Still worth a word (low), not a red flag: a scammer's Reply-To ('sotrecognizd@gmail.com'
 * for access-accsecurity.com) does not carry the sending domain's name.
 */
function ownersWebmail(replyTo: MailAddress, fromDomain: string): boolean {
  const label = hostInfo(fromDomain).domainWithoutSuffix.replace(/[^a-z0-9]/g, '');
  const mailbox = (replyTo.address.split('@')[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return label.length >= 5 && mailbox.includes(label);
}

function report(message: MailMessage, chosen: Candidate, brands: readonly Brand[]): Finding {
  const fromDomain = message.from?.domain ?? '';
  const senderDomain = fromDomain ? organizationalDomain(fromDomain) : '';
  const replyTo = chosen.replyTo.address.toLowerCase();
  // A brand named by the From domain or the display name makes a freemail Reply-To damning: brands never answer from Gmail.
  const brand =
    sendingBrand(fromDomain, brands) ??
    claimedBrands(message, brands).find((claim) => claim.places.includes('display-name'))?.brand;
  const fromFreemail = fromDomain !== '' && isFreemailDomain(fromDomain);
  let messageId: ReplyMessageId = chosen.freemail ? FREEMAIL : OTHER_DOMAIN;
  let severity: Severity = 'low';
  if (!senderDomain) {
    messageId = NO_SENDER_ADDRESS;
    severity = chosen.freemail || brand ? 'high' : 'medium';
  } else if (chosen.freemail) {
    severity = brand ? 'high' : fromFreemail || ownersWebmail(chosen.replyTo, fromDomain) ? 'low' : 'medium';
  } else if (brand) {
    severity = 'medium';
  }
  const data: Record<string, string> = { replyTo, senderDomain };
  if (brand) data.brand = brand.id;
  return {
    detectorId: 'reply-to-mismatch',
    messageId,
    severity,
    data,
    evidence: [`Reply-To: ${replyTo}`, `From: ${message.from?.address || message.from?.name || '(none)'}`],
  };
}
