import { normalizeText } from '../text/normalize';

/**
 * Display names that present the sender as a function inside the recipient's own organization, in the languages
 * Occhio reads. CEO fraud and fake helpdesk mail use them from outside: 'CEO <ceo.office@gmail.com>',
 * 'IT Support <it-support@mailbox-update.xyz>', 'Amministrazione <amm.ne@libero.it>'.
 * Matched as the whole display name (after removing the organization's name), so a vendor's
 * 'Zendesk Support' or 'Shop Helpdesk' does not count.
 */
const ROLE_NAMES: readonly string[] = [
  // executives
  'ceo', 'cfo', 'coo', 'cto', 'ciso', 'the ceo', 'chief executive officer', 'managing director', 'president', 'chairman',
  'director', 'general manager', 'amministratore delegato', 'ad', 'direttore', 'direttore generale', 'direzione',
  'direzione generale', 'presidente', 'presidenza', 'segreteria di direzione', 'office of the ceo', 'executive office',
  'geschaftsfuhrer', 'geschaftsfuhrung', 'vorstand', 'director general', 'director general ejecutivo', 'gerente general',
  'directeur general', 'direction', 'direction generale', 'pdg', 'diretor', 'diretoria', 'presidencia',
  // IT and mail
  'it', 'it support', 'it department', 'it dept', 'it team', 'it helpdesk', 'it help desk', 'it service desk',
  'it services', 'it security', 'helpdesk', 'help desk', 'service desk', 'servicedesk', 'support', 'tech support',
  'technical support', 'system administrator', 'sysadmin', 'administrator', 'admin', 'mail admin', 'mail administrator',
  'email administrator', 'email admin', 'webmail', 'webmail admin', 'mailbox administrator', 'postmaster', 'mail server',
  'email support', 'security team', 'security', 'cybersecurity', 'supporto it', 'supporto tecnico', 'assistenza',
  'assistenza tecnica', 'assistenza it', 'ufficio it', 'sistemi informativi', 'servizi informatici', 'reparto it',
  'amministratore di sistema', 'amministratore', 'soporte', 'soporte tecnico', 'soporte it', 'support informatique',
  'service informatique', 'it abteilung', 'suporte', 'suporte tecnico', 'informatica',
  // administration, finance, HR
  'amministrazione', 'ufficio amministrazione', 'contabilita', 'ufficio contabilita', 'tesoreria', 'finance',
  'finance department', 'accounting', 'accounts', 'accounts payable', 'payroll', 'billing', 'hr', 'human resources',
  'hr department', 'people team', 'risorse umane', 'ufficio personale', 'ufficio del personale', 'paghe',
  'ufficio paghe', 'ufficio acquisti', 'acquisti', 'procurement', 'buchhaltung', 'personalabteilung', 'finanzas',
  'recursos humanos', 'contabilidad', 'comptabilite', 'ressources humaines', 'financeiro', 'rh',
];

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_NAMES);

/** Separators and decoration around a role: 'IT - Support', '"Helpdesk"', 'CEO | Office'. */
function simplify(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The role a display name consists of, '' when it is not only a role:
 * colleagueRole('IT Support') => 'it support'; colleagueRole('Direzione Generale') => 'direzione generale';
 * colleagueRole('Mario Rossi') => ''; colleagueRole('Zendesk Support') => ''.
 */
export function colleagueRole(displayName: string, withoutWords = ''): string {
  let simple = simplify(displayName);
  const remove = simplify(withoutWords);
  if (remove) simple = ` ${simple} `.replace(` ${remove} `, ' ').trim();
  return ROLE_SET.has(simple) ? simple : '';
}

/**
 * Titles that name an executive or a company office without doubt, for display names that add them to a person's
 * name: 'Giovanni Bianchi - Amministratore Delegato', 'CEO John Smith', 'Laura Neri (Ufficio Acquisti)'. Fewer than
 * ROLE_NAMES: words that are also surnames or shop departments ('Admin', 'Support', 'Director', 'IT', 'AD') are left out.
 */
const TITLE_NAMES: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'chief executive officer', 'chief financial officer', 'managing director', 'president', 'chairman',
  'general manager', 'amministratore delegato', 'direttore generale', 'direttore amministrativo', 'direttore finanziario',
  'direzione', 'direzione generale', 'presidente', 'presidenza', 'segreteria di direzione', 'office of the ceo',
  'geschaftsfuhrer', 'geschaftsfuhrung', 'vorstand', 'director general', 'director ejecutivo', 'gerente general',
  'directeur general', 'direction generale', 'pdg', 'diretor geral', 'diretor executivo', 'algemeen directeur',
  'it support', 'it department', 'it helpdesk', 'it help desk', 'it service desk', 'helpdesk', 'help desk', 'service desk',
  'supporto it', 'ufficio it', 'amministrazione', 'ufficio amministrazione', 'ufficio contabilita', 'tesoreria',
  'ufficio acquisti', 'ufficio personale', 'ufficio del personale', 'risorse umane', 'human resources', 'accounts payable',
  'finance department', 'hr department', 'payroll department', 'buchhaltung', 'personalabteilung', 'recursos humanos',
  'ressources humaines', 'comptabilite',
]);
const MAX_TITLE_WORDS = 4;
/** Words that make a titled name a publication or an event, not a person: 'CEO Weekly Digest', "President's Club". */
const NOT_A_PERSON: ReadonlySet<string> = new Set([
  'newsletter', 'digest', 'weekly', 'daily', 'monthly', 'news', 'magazine', 'club', 'forum', 'network', 'summit', 'awards', 'podcast', 'academy',
]);

/**
 * A title from TITLE_NAMES that a display name wears beside a person's name, '' when none:
 * titleInName('Giovanni Bianchi - Amministratore Delegato') => 'amministratore delegato';
 * titleInName('CEO John Smith') => 'ceo'; titleInName('John Smith, CEO of Acme') => 'ceo';
 * titleInName('Mario Rossi') => ''; titleInName('Presidential Travel') => ''.
 */
export function titleInName(displayName: string): string {
  const segments = displayName.slice(0, 200).split(/[-–—|,()/:·•]/);
  for (const segment of segments) {
    const words = simplify(segment).split(' ').filter(Boolean);
    if (words.some((word) => NOT_A_PERSON.has(word))) continue;
    // The title first or last in its segment ('CEO John Smith', 'John Smith CEO'), or followed by 'of'/'di'/'de'
    // and the company ('CEO of Acme', 'Direttore Generale di Acme').
    const ofAt = words.findIndex((word) => word === 'of' || word === 'di' || word === 'de' || word === 'du' || word === 'der');
    const candidates = ofAt > 0 ? [words.slice(0, ofAt), words] : [words];
    for (const ws of candidates) {
      for (let n = Math.min(MAX_TITLE_WORDS, ws.length); n >= 1; n--) {
        const head = ws.slice(0, n).join(' ');
        const tail = ws.slice(ws.length - n).join(' ');
        if (TITLE_NAMES.has(head)) return head;
        if (TITLE_NAMES.has(tail)) return tail;
      }
    }
  }
  return '';
}
