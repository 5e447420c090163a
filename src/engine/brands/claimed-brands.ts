import type { Brand, MailMessage } from '../model';
import { normalizeText } from '../text/normalize';

export type ClaimPlace = 'display-name' | 'subject' | 'body' | 'image-alt';

export interface BrandClaim {
  readonly brand: Brand;
  /** Where the message names the brand, strongest first. */
  readonly places: readonly ClaimPlace[];
  /** The exact text that names it (e.g. the display name 'Amazon.it Servizio Clienti'). */
  readonly evidence: string;
}

function mentions(normalized: string, name: string): boolean {
  // Whole-word match: 'amazon' in 'amazon.it servizio' but not in 'amazonas'.
  let from = 0;
  for (;;) {
    const at = normalized.indexOf(name, from);
    if (at < 0) return false;
    const before = normalized[at - 1];
    const after = normalized[at + name.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
    from = at + 1;
  }
}

/**
 * Which brands the message claims to be, and where. PROVISIONAL matcher (exact names after normalization);
 * the brand issue extends it to look-alike spellings (amaz0n, arnazon, A m a z o n).
 */
export function claimedBrands(message: MailMessage, brands: readonly Brand[]): BrandClaim[] {
  const places: [ClaimPlace, string][] = [
    ['display-name', message.from?.name ?? ''],
    ['subject', message.subject],
    ['body', message.visibleText.slice(0, 20000)],
    ['image-alt', message.images.map((i) => i.alt).join(' ')],
  ];
  const normalized = places.map(([place, text]) => [place, normalizeText(text), text] as const);
  const claims: BrandClaim[] = [];
  for (const brand of brands) {
    const found = normalized.filter(([, text]) => brand.names.some((name) => mentions(text, name)));
    if (found.length > 0) {
      const first = found[0];
      claims.push({ brand, places: found.map(([place]) => place), evidence: first ? first[2].slice(0, 200) : brand.name });
    }
  }
  return claims;
}
