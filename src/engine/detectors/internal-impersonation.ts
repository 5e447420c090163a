import type { DetectorContext, Finding, MailAddress, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { normalizeText } from '../text/normalize';
import {
  addressesInName,
  colleagueRole,
  hasOrganization,
  isFreemailDomain,
  isInternalDomain,
  isMailingList,
  mentionsName,
  organizationKeyName,
  titleInName,
} from '../sender';

/**
 * An outsider dressed as the reader's own organization (CEO fraud, fake IT helpdesk, fake payroll office): the
 * From address is not one of policy.organization.domains, yet the display name is
 * - the organization's name or one of its addresses ('Acme S.p.A. <acme.spa@gmail.com>', 'it@acme.it <x@evil.xyz>'),
 * - the name of a colleague who is also a recipient ('Mario Rossi <mario.rossi.acme@gmail.com>' to mario.rossi@acme.it's team),
 * - or only an internal role ('CEO', 'Direzione', 'IT Support', 'Helpdesk', 'Amministrazione').
 * Without an organization in the policy inside and outside cannot be told apart, with one exception: an executive
 * title or a company office in the display name of a FREE WEBMAIL address ('Giovanni Bianchi - Amministratore
 * Delegato <g.bianchi.ceo@gmail.com>', 'Helpdesk <helpdesk.2026@outlook.com>'). Executives and offices write from
 * their company's domain; from Gmail it is the opening of CEO fraud (medium). A person's name alone stays quiet.
 */
export const internalImpersonation = defineDetector({
  id: 'internal-impersonation',
  kind: 'sender',
  title: { en: 'An outsider poses as your organization', it: 'Un esterno si spaccia per la tua organizzazione' },
  severity: 'high',
  explanation: {
    en: 'The message presents itself as coming from inside your organization (a colleague, a manager, the IT or finance office), but it was sent from an outside address. This is how CEO fraud and fake helpdesk scams start.',
    it: 'Il messaggio si presenta come proveniente dalla tua organizzazione (un collega, un dirigente, l’ufficio IT o amministrazione), ma è stato inviato da un indirizzo esterno. Così iniziano la truffa del CEO e i falsi helpdesk.',
  },
  messages: {
    'organization-name': {
      en: 'The sender calls itself “{name}”, like your organization, but writes from {address}, an outside address.',
      it: 'Il mittente si presenta come “{name}”, come la tua organizzazione, ma scrive da {address}, un indirizzo esterno.',
    },
    colleague: {
      en: 'The sender uses the name “{name}” of a colleague at your organization, but writes from {address}, an outside address.',
      it: 'Il mittente usa il nome “{name}” di un collega della tua organizzazione, ma scrive da {address}, un indirizzo esterno.',
    },
    'executive-webmail': {
      en: 'The sender presents itself as “{name}”, an executive or a company office, but writes from {address}, a free webmail address. Executives and company offices write from their company’s address.',
      it: 'Il mittente si presenta come “{name}”, un dirigente o un ufficio aziendale, ma scrive da {address}, un indirizzo di posta gratuita. Dirigenti e uffici scrivono dall’indirizzo della loro azienda.',
    },
    role: {
      en: 'The sender presents itself as “{name}”, an office of your organization, but writes from {address}, an outside address.',
      it: 'Il mittente si presenta come “{name}”, un ufficio della tua organizzazione, ma scrive da {address}, un indirizzo esterno.',
    },
  },
  run(message, context) {
    const { policy } = context;
    const from = message.from;
    if (!from?.name || !from.domain) return [];
    if (policy.trustedSenders.includes(from.address.toLowerCase()) || isMailingList(message)) return [];
    if (!hasOrganization(policy)) {
      const finding = executiveFromWebmail(from);
      return finding ? [finding] : [];
    }
    if (isInternalDomain(from.domain, policy)) return [];
    const finding =
      organizationClaim(message, from, context) ?? colleagueClaim(message, from, context) ?? roleClaim(from, context) ?? executiveFromWebmail(from);
    return finding ? [finding] : [];
  },
});

function make(from: MailAddress, messageId: Finding['messageId'], severity: Severity): Finding {
  const address = from.address.toLowerCase();
  return {
    detectorId: 'internal-impersonation',
    messageId,
    severity,
    data: { name: from.name.slice(0, 120), address },
    evidence: [`From: ${from.name} <${from.address}>`.slice(0, 400), address],
  };
}

/** The organization's name or one of its own addresses in an outsider's display name; from webmail it is damning. */
function organizationClaim(message: MailMessage, from: MailAddress, { policy }: DetectorContext): Finding | undefined {
  const key = organizationKeyName(policy.organization.name);
  const namesOrganization = mentionsName(normalizeText(from.name), key);
  const showsInternalAddress = addressesInName(from.name).some((named) => isInternalDomain(named.host, policy));
  if (!namesOrganization && !showsInternalAddress) return undefined;
  const severity: Severity = isFreemailDomain(from.domain) || showsInternalAddress ? 'high' : 'medium';
  return { ...make(from, 'organization-name', severity), messageId: 'organization-name' };
}

/**
 * The display name of an internal recipient of this very message, used by an outside address. Someone
 * writing from their personal webmail to their own work address alone is common, so that case stays low.
 */
function colleagueClaim(message: MailMessage, from: MailAddress, { policy }: DetectorContext): Finding | undefined {
  const name = normalizeText(from.name);
  if (name.split(' ').length < 2) return undefined; // a first name alone ('Mario') is too common to mean a colleague
  const recipients = [...message.to, ...message.cc].filter((r) => isInternalDomain(r.domain, policy));
  const same = recipients.find((r) => r.name !== '' && normalizeText(r.name) === name);
  if (!same) return undefined;
  const selfForward = recipients.length === 1 && message.to.length === 1 && isFreemailDomain(from.domain);
  return { ...make(from, 'colleague', selfForward ? 'low' : 'medium'), messageId: 'colleague' };
}

/** A display name that is only an internal office ('CEO', 'IT Support', 'Amministrazione'), optionally with the org's name. */
function roleClaim(from: MailAddress, { policy }: DetectorContext): Finding | undefined {
  const role = colleagueRole(from.name, organizationKeyName(policy.organization.name));
  if (!role) return undefined;
  return { ...make(from, 'role', isFreemailDomain(from.domain) ? 'medium' : 'low'), messageId: 'role' };
}

/**
 * An executive title or a company office worn by a free webmail address: 'Giovanni Bianchi - Amministratore Delegato
 * <giovanni.bianchi.ceo@gmail.com>', 'CEO <ceo.office@gmail.com>', 'IT Helpdesk <it.helpdesk@outlook.com>'. Works
 * with or without an organization in the policy; 'Mario Rossi <mario.rossi@gmail.com>' says nothing.
 */
function executiveFromWebmail(from: MailAddress): Finding | undefined {
  if (!isFreemailDomain(from.domain)) return undefined;
  if (!titleInName(from.name)) return undefined;
  return { ...make(from, 'executive-webmail', 'medium'), messageId: 'executive-webmail' };
}
