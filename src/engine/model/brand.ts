import type { Localized } from './localized';

/** What a brand says it never asks for by email; the pane turns each into a sentence ("Amazon never asks for your password"). */
export type NeverAsks = 'password' | 'otp' | 'card' | 'bank-details' | 'personal-data' | 'phone-call' | 'payment-by-link' | 'attachment';

export type BrandSector =
  | 'retail'
  | 'bank'
  | 'payments'
  | 'crypto'
  | 'tech'
  | 'social'
  | 'streaming'
  | 'courier'
  | 'telecom'
  | 'utility'
  | 'government'
  | 'security'
  | 'other';

/**
 * A brand playbook: data, not code. The built-in ones live in brands/; admins add their own through the policy
 * with exactly this shape.
 */
export interface Brand {
  /** kebab-case id, e.g. 'amazon', 'poste-italiane'. */
  readonly id: string;
  /** Display name, e.g. 'Amazon'. */
  readonly name: string;
  /**
   * Names and spellings that claim the brand in a display name, subject or body, lowercased, e.g.
   * ['amazon', 'amazon prime', 'amazon.it']. Look-alike spellings (amaz0n, arnazon) are caught by the
   * matcher's folding, not listed here.
   */
  readonly names: readonly string[];
  /** Registrable domains the brand legitimately sends from and links to (amazon.it, amazonses.com, amzn.to...). */
  readonly domains: readonly string[];
  /** Hosts (registrable domains) its logos and images are served from (media-amazon.com, ssl-images-amazon.com...). */
  readonly assetDomains: readonly string[];
  readonly sector: BrandSector;
  /** ISO country codes where the brand is a household name; empty for global brands. */
  readonly countries: readonly string[];
  readonly neverAsks: readonly NeverAsks[];
  /** Where the brand takes phishing reports. */
  readonly report: { readonly url?: string; readonly email?: string };
  /** Where a person can check their account safely by typing the address themselves. */
  readonly safeUrl?: string;
  /** Optional brand-specific advice shown in the guidance. */
  readonly advice?: Localized;
}
