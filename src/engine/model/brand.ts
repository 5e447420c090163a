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
 * A public page a trust anchor was taken from, and the day someone read it there: a brand's domains exempt its mail
 * from impersonation checks and its report channel receives people's reports, so neither is written from memory.
 */
export interface Source {
  /** https address of the page, e.g. 'https://www.paypal.com/us/security/report-suspicious-messages'. */
  readonly url: string;
  /** ISO date (YYYY-MM-DD) the page was read and found to say so. */
  readonly checked: string;
  /** What the page says, when its address does not make it obvious. */
  readonly note?: string;
}

/** A page that names some of the brand's domains (its own site counts for the domain it is served from). */
export interface DomainSource extends Source {
  /** The registrable domains of `domains` and `assetDomains` this page supports. */
  readonly domains: readonly string[];
}

/** A page that names one report channel: the report page's address or the report mailbox. */
export interface ReportSource extends Source {
  /** Exactly `report.url` or `report.email`. */
  readonly channel: string;
}

/** Where each trust anchor of a brand comes from. Built-in brands carry it; an admin's extraBrands may. */
export interface BrandSources {
  readonly domains: readonly DomainSource[];
  readonly report: readonly ReportSource[];
}

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
  /**
   * Where the brand takes phishing reports. Both are offered when both exist (a mailbox receives the message itself,
   * headers included; a page takes what the person types). Neither: generic guidance and the organization's own
   * reporting.
   */
  readonly report: { readonly url?: string; readonly email?: string };
  /** Where a person can check their account safely by typing the address themselves. */
  readonly safeUrl?: string;
  /** Optional brand-specific advice shown in the guidance. */
  readonly advice?: Localized;
  /** Where the domains and report channels come from; required of built-in brands (SourcedBrand). */
  readonly sources?: BrandSources;
}

/** A built-in playbook: every domain and report channel traced to a public page (test/engine/brands/brand-sources). */
export interface SourcedBrand extends Brand {
  readonly sources: BrandSources;
}
