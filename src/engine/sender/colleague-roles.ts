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
