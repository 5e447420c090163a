import { normalizeText } from '../text/normalize';

// A free webmail account (see isFreemailDomain) wearing a name its owner would not choose for themselves. People
// put their own name on their mailbox ('Mario Rossi <mrossi78@libero.it>', 'Russell Turpin <deafbox@hotmail.com>');
// scam senders put on a bought or freshly made account a campaign's name, an organization's, or another person's.

export type WebmailPersona = 'decorated-name' | 'organization-name' | 'honorific-stranger' | 'other-person-account';

/** A display name is short; a crafted 10 kB one is cut, not scanned. */
const MAX_NAME_SCANNED = 200;

/**
 * Decoration no person puts in their own name: '#Kohls_Rewards#', '*Nutrisystem_Ad#', '__FALLGIFTGUIDE____',
 * 'Tim Hortons #IY', 'Atendimento: BPXBN1ZK8AHW4' (a code of capitals and digits). A lowercase handle with an
 * underscore ('timothy_hodkinson') is a person's, so only Capitalized_Words count.
 */
const DECORATION = /[#*]|[A-Z][A-Za-z]{0,30}_[A-Z]|^_|_$|\b(?=[A-Z0-9]{0,30}\d)(?=[A-Z0-9]{0,30}[A-Z])[A-Z0-9]{6,30}\b/;

/**
 * Words that make a name an organization, a campaign or a desk rather than a person ('ECOWAS COMPENSATION
 * COMMISSION', 'Online Advert', 'Paid Customer', 'INTERNATIONAL MONETARY FUNDS'). Executive titles and company
 * offices ('CEO', 'Helpdesk') are internal-impersonation's; brand names are brand-impersonation's.
 */
const ORGANIZATION_WORD =
  /\b(?:commission|rewards?|deals?|offers?|advert|advertising|support|customer|customers|services?|team|bonus|winners?|promo|promotions?|foundation|department|bank|lottery|compensation|awards?|claims?|notification|security|account|billing|update|newsletter|gift|giveaway|casino|loan|agency|international|ltd|llc|inc|company|corporation|organi[sz]ation|union|funds?|trust|payments?|refund|delivery|shipping|courier|atendimento|comunicado|assistenza|servizio|clienti|ufficio)\b/;

/** Honorifics scam letters open with ('Mrs Margret Nelson', 'Mr.UKA Ezekiel', 'Sig.ra Margaret Wilson'), as written. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Lady|Barrister|Barr|Prof|Rev|Hon|Chief|Engr|Sig|Sig\.ra|Dott|Dott\.ssa|Avv)\.?\s{0,3}(?=\p{Lu})/u;

/**
 * Accounts made in bulk from a random person's name, three or four random letters and a digit: 'deborahjonesekr6',
 * 'dorothyadamsdwo6', 'helenwhitekpf8'. Only counted when the display name is somebody else.
 */
const NAME_CODE_ACCOUNT = /^[a-z]{9,30}\d$/;

/** Letters only, for comparing a name with a mailbox: 'Mario Rossi' => 'mario rossi', 'mario.rossi78' => 'mariorossi'. */
function letters(text: string): string {
  return normalizeText(text).replace(/[^a-z ]/g, ' ');
}

/** The words of the name (three letters or more) that the mailbox contains: 'Russell Turpin' in 'rturpin' => ['turpin']. */
function nameWordsInMailbox(name: string, local: string): string[] {
  const mailbox = letters(local).replace(/ /g, '');
  return letters(name)
    .split(' ')
    .filter((word) => word.length >= 3 && mailbox.includes(word));
}

/**
 * What the display name of a webmail sender says about the account, undefined for an ordinary person's mailbox:
 * webmailPersona('#Kohls_Rewards#', 'mnsi10110908') => 'decorated-name';
 * webmailPersona('ECOWAS COMPENSATION COMMISSION 2025.', 'ecowascompensationc') => 'organization-name';
 * webmailPersona('Mrs Margret Nelson', 'gosstom3') => 'honorific-stranger';
 * webmailPersona('Eliane Burrage', 'deborahjonesekr6') => 'other-person-account';
 * webmailPersona('Russell Turpin', 'deafbox') => undefined; webmailPersona('Mrs Anna Rossi', 'anna.rossi') => undefined.
 * Call it only for free webmail domains.
 */
export function webmailPersona(displayName: string, local: string): WebmailPersona | undefined {
  const name = displayName.slice(0, MAX_NAME_SCANNED).trim();
  if (name === '') return undefined;
  if (DECORATION.test(name)) return 'decorated-name';
  if (ORGANIZATION_WORD.test(normalizeText(name))) return 'organization-name';
  const ownName = nameWordsInMailbox(name.replace(HONORIFIC, ''), local).length > 0;
  if (ownName) return undefined;
  if (HONORIFIC.test(name)) return 'honorific-stranger';
  const isPersonName = letters(name).trim().split(/ +/).length >= 2;
  if (isPersonName && NAME_CODE_ACCOUNT.test(local)) return 'other-person-account';
  return undefined;
}
