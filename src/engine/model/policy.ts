import type { Brand } from './brand';
import type { UiLanguage } from './localized';

export type ReportAction = 'security-team' | 'brand' | 'not-phishing';
export type PostReportMove = 'junk' | 'deleted' | 'none';

/**
 * What an admin can configure (policy.json beside taskpane.html, --policy in the CLI). The schema that
 * validates it lives in policy/; this is the resolved shape every part of Occhio reads.
 */
export interface Policy {
  readonly organization: {
    /** The organization's display name, e.g. 'Acme S.p.A.'; used to catch outsiders posing as it. */
    readonly name: string;
    /** Registrable domains that are the organization's own (acme.it, acme.com). */
    readonly domains: readonly string[];
  };
  /** Exact addresses whose mail is never flagged (lowercased). */
  readonly trustedSenders: readonly string[];
  /** Registrable domains whose authenticated mail is never flagged. */
  readonly trustedDomains: readonly string[];
  /**
   * Authserv-ids (RFC 8601) of servers in front of the mailbox whose Authentication-Results are believed besides the
   * delivering organisation's own, e.g. a gateway's 'mx1.gw.acme.it' (a name covers its subdomains).
   */
  readonly trustedAuthservIds: readonly string[];
  readonly extraBrands: readonly Brand[];
  readonly disabledDetectors: readonly string[];
  /** Score at or above which each verdict applies. */
  readonly thresholds: { readonly caution: number; readonly suspicious: number; readonly dangerous: number };
  readonly report: {
    /** Security team mailbox; report-to-security actions are hidden when empty. */
    readonly mailbox: string;
    /** Subject format; {verdict} and {subject} are filled in. */
    readonly subjectFormat: string;
    readonly actions: readonly ReportAction[];
    /** HTTPS endpoint the integrated Report button delivers to (webhook / SOAR); '' disables delivery. */
    readonly endpoint: string;
    readonly moveAfterReport: PostReportMove;
  };
  /** Forces the pane's language; undefined follows Outlook's display language. */
  readonly language?: UiLanguage;
  readonly helpUrl: string;
}

export const DEFAULT_THRESHOLDS = { caution: 1, suspicious: 4, dangerous: 10 } as const;

export const DEFAULT_POLICY: Policy = {
  organization: { name: '', domains: [] },
  trustedSenders: [],
  trustedDomains: [],
  trustedAuthservIds: [],
  extraBrands: [],
  disabledDetectors: [],
  thresholds: DEFAULT_THRESHOLDS,
  report: {
    mailbox: '',
    subjectFormat: '[Occhio] {verdict}: {subject}',
    actions: ['security-team', 'brand', 'not-phishing'],
    endpoint: '',
    moveAfterReport: 'none',
  },
  helpUrl: '',
};
