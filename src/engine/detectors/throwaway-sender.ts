import type { Finding, MailAddress, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { colleagueRole, isFreemailDomain, isListRelay, sendingPlatform, titleInName, webmailPersona } from '../sender';
import type { WebmailPersona } from '../sender';
import { hostInfo, splitHref, unwrapRedirect } from '../url';

type ThrowawayId = 'app-hosting' | 'dynamic-dns' | WebmailPersona;

/** Links read to tell an app's own notification from a campaign; a crafted message with thousands is cut. */
const MAX_LINKS_READ = 200;

/**
 * True when every web link stays on the sender's own host: Firebase Auth's genuine 'Verify your email for MyApp'
 * from noreply@myapp-1a2b3.firebaseapp.com links only to https://myapp-1a2b3.firebaseapp.com/__/auth/action?...,
 * while a casino campaign from the same kind of address sends the reader to another site.
 */
function linksStayOnSenderHost(message: MailMessage, senderHost: string): boolean {
  const hosts = message.links
    .slice(0, MAX_LINKS_READ)
    .map((link) => splitHref(unwrapRedirect(link.href)))
    .filter((parts) => parts.scheme === 'http' || parts.scheme === 'https')
    .map((parts) => hostInfo(parts.host).hostname);
  return hosts.length > 0 && hosts.every((host) => host === senderHost || host.endsWith(`.${senderHost}`));
}

/** Each kind of webmail persona and its message. */
const PERSONA_MESSAGES: Readonly<Record<WebmailPersona, { messageId: ThrowawayId }>> = {
  'decorated-name': { messageId: 'decorated-name' },
  'organization-name': { messageId: 'organization-name' },
  'honorific-stranger': { messageId: 'honorific-stranger' },
  'other-person-account': { messageId: 'other-person-account' },
};

function finding(from: MailAddress, { messageId }: { messageId: ThrowawayId }, severity: Severity, data: Record<string, string>): Finding {
  const address = from.address.toLowerCase();
  const evidence = from.name ? [`From: ${from.name} <${from.address}>`.slice(0, 400), address] : [address];
  return { detectorId: 'throwaway-sender', messageId, severity, data: { address, ...data }, evidence };
}

/** A sender on a platform's default subdomain: an app-hosting project or a dynamic-DNS home machine. */
function platformSender(message: MailMessage, from: MailAddress): Finding | undefined {
  const platform = sendingPlatform(from.domain);
  if (!platform) return undefined;
  if (platform.kind === 'dynamic-dns') return finding(from, { messageId: 'dynamic-dns' }, 'low', { platform: platform.platform });
  const severity: Severity = linksStayOnSenderHost(message, from.domain) ? 'low' : 'medium';
  return finding(from, { messageId: 'app-hosting' }, severity, { platform: platform.platform });
}

/** A free webmail account under a name its owner would not give it (see webmailPersona). */
function personaSender(from: MailAddress): Finding | undefined {
  if (!from.name || !isFreemailDomain(from.domain)) return undefined;
  // Executive titles and company offices on webmail are internal-impersonation's finding: not counted twice.
  if (colleagueRole(from.name) || titleInName(from.name)) return undefined;
  const local = from.address.slice(0, from.address.lastIndexOf('@'));
  const persona = webmailPersona(from.name, local);
  return persona ? finding(from, PERSONA_MESSAGES[persona], 'medium', { name: from.name.slice(0, 120) }) : undefined;
}

/**
 * A sender on infrastructure no real business sends from, the usual home of casino, crypto-airdrop, dating and
 * donation-letter scams:
 * - an app-hosting project's default domain ('no-reply@ghghghgggg-64b02.firebaseapp.com'; medium, but low when the
 *   message links only to that same app, as Firebase Auth's genuine verification mails do);
 * - a dynamic-DNS name ('fotc.461@infracc24.ddns.net'; low: in 2002 hobbyists ran mail servers at home);
 * - a free webmail account named like a campaign ('#Kohls_Rewards#'), an organization ('ECOWAS COMPENSATION
 *   COMMISSION'), a stranger with an honorific ('Mrs Margret Nelson <gosstom3@gmail.com>') or a person other than
 *   the one whose name makes the account ('Eliane Burrage <deborahjonesekr6@gmail.com>').
 * A real list relay (List-Id, List-Post) is left alone: lists show their members' names on the list's address.
 */
export const throwawaySender = defineDetector({
  id: 'throwaway-sender',
  kind: 'sender',
  title: { en: 'Sent from throwaway infrastructure', it: 'Inviato da un indirizzo usa e getta' },
  severity: 'medium',
  explanation: {
    en: 'The message comes from an address anyone can create in a minute, with no company behind it: a free app-hosting or home-server name, or a free webmail account presented under a name that is not its owner’s. Scams send from such addresses; real businesses and organizations write from their own domain.',
    it: 'Il messaggio arriva da un indirizzo che chiunque può creare in un minuto, senza un’azienda dietro: un nome di hosting gratuito per app o di un server domestico, o una casella di posta gratuita presentata con un nome che non è quello del suo titolare. Le truffe partono da indirizzi così; aziende e organizzazioni vere scrivono dal proprio dominio.',
  },
  messages: {
    'app-hosting': {
      en: 'The sender {address} is a project on {platform}, a free app-hosting service: anyone can send from such an address, and companies use their own domain.',
      it: 'Il mittente {address} è un progetto su {platform}, un servizio gratuito di hosting per app: chiunque può scrivere da un indirizzo così, e le aziende usano il proprio dominio.',
    },
    'dynamic-dns': {
      en: 'The sender {address} is on {platform}, a free dynamic-DNS name for a home computer, not the domain of a company.',
      it: 'Il mittente {address} è su {platform}, un nome DNS dinamico gratuito per un computer domestico, non il dominio di un’azienda.',
    },
    'decorated-name': {
      en: 'The sender calls itself “{name}”, a campaign name with symbols or codes no person uses, from the free webmail address {address}.',
      it: 'Il mittente si presenta come “{name}”, un nome da campagna con simboli o codici che nessuna persona usa, dall’indirizzo di posta gratuita {address}.',
    },
    'organization-name': {
      en: 'The sender presents itself as “{name}”, an organization or a service, but writes from the free webmail address {address}. Organizations write from their own domain.',
      it: 'Il mittente si presenta come “{name}”, un’organizzazione o un servizio, ma scrive dall’indirizzo di posta gratuita {address}. Le organizzazioni scrivono dal proprio dominio.',
    },
    'honorific-stranger': {
      en: 'The sender presents itself as “{name}”, but the free webmail address {address} does not carry that name: the account belongs to someone else or was made for this message.',
      it: 'Il mittente si presenta come “{name}”, ma l’indirizzo di posta gratuita {address} non porta quel nome: la casella è di qualcun altro o è stata creata per questo messaggio.',
    },
    'other-person-account': {
      en: 'The sender calls itself “{name}”, but writes from {address}, a free webmail account made from another person’s name and a code, as accounts created in bulk are.',
      it: 'Il mittente si presenta come “{name}”, ma scrive da {address}, una casella di posta gratuita fatta con il nome di un’altra persona e un codice, come quelle create in serie.',
    },
  },
  run(message, { policy }) {
    const from = message.from;
    if (!from?.domain || !from.address.includes('@')) return [];
    if (policy.trustedSenders.includes(from.address.toLowerCase()) || isListRelay(message)) return [];
    const found = platformSender(message, from) ?? personaSender(from);
    return found ? [found] : [];
  },
});
