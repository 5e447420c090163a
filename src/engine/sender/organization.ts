import type { Policy } from '../model';
import { normalizeText } from '../text/normalize';
import { organizationalDomain } from './same-organization';

/** True when the policy names the organization at all (a name or at least one domain). */
export function hasOrganization(policy: Policy): boolean {
  return policy.organization.name.trim() !== '' || policy.organization.domains.length > 0;
}

/** True when `hostOrDomain` is one of the organization's own domains or a subdomain of one ('mail.acme.it' for acme.it). */
export function isInternalDomain(hostOrDomain: string, policy: Policy): boolean {
  if (!hostOrDomain) return false;
  const host = hostOrDomain.toLowerCase();
  const organizational = organizationalDomain(host);
  return policy.organization.domains.some((domain) => {
    const own = domain.toLowerCase();
    return own === host || own === organizational || host.endsWith(`.${own}`);
  });
}

/** Legal-form words that follow a company name and say nothing about who it is. */
const LEGAL_FORMS = new Set([
  'spa', 's.p.a', 's.p.a.', 'srl', 's.r.l', 's.r.l.', 'sas', 'snc', 'sapa', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc',
  'gmbh', 'ag', 'sa', 's.a', 's.a.', 'sl', 's.l', 's.l.', 'bv', 'nv', 'sarl', 'ltda', 'corp', 'corp.', 'co', 'co.', 'group', 'gruppo',
]);

/**
 * The organization's name as the words that identify it: 'Acme S.p.A.' => 'acme'; 'Banca Rossi & C. SpA' =>
 * 'banca rossi & c'. Empty when nothing distinctive is left (too short to match safely).
 */
export function organizationKeyName(name: string): string {
  const words = normalizeText(name).replace(/[,]/g, ' ').split(' ').filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  const key = words.join(' ');
  return key.length >= 3 ? key : '';
}

/** Whole-word containment on normalized text: mentionsName('acme it support', 'acme') => true, ('acmeshop', 'acme') => false. */
export function mentionsName(normalized: string, key: string): boolean {
  if (!key) return false;
  let from = 0;
  for (;;) {
    const at = normalized.indexOf(key, from);
    if (at < 0) return false;
    const before = normalized[at - 1];
    const after = normalized[at + key.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
    from = at + 1;
  }
}
