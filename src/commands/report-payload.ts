import type { Report, Severity, UiLanguage, Verdict } from '../engine';
import { describeFindings } from '../office/report';
import type { ReportReasonId } from './reasons';
import type { PayloadIdentity } from './reporter-identity';

/**
 * Bump when a field changes meaning; receivers switch on it. 2: `identity` says whether the request carries the
 * reporter's single sign-on token (`Authorization: Bearer`), and why not when it does not.
 */
export const REPORT_PAYLOAD_SCHEMA = 'occhio.report/2';

export type EmlOmitted = 'too-large' | 'unavailable';

/**
 * The JSON the Report button POSTs to policy.report.endpoint (the SOC's webhook / SOAR). Documented in
 * docs/deploy.md; every field is always present (null when unknown) so receivers need no guessing.
 */
export interface ReportPayload {
  readonly schema: typeof REPORT_PAYLOAD_SCHEMA;
  /** ISO 8601, the reporter's clock. */
  readonly reportedAt: string;
  /** As Defender classifies user reports: 'phishing' or 'junk'. */
  readonly classification: 'phishing' | 'junk';
  readonly reasons: readonly ReportReasonId[];
  readonly freeText: string;
  readonly verdict: Verdict | null;
  readonly score: number | null;
  readonly brand: string | null;
  readonly findings: readonly {
    readonly detectorId: string;
    readonly messageId: string;
    readonly severity: Severity;
    readonly evidence: readonly string[];
    /** The finding as the reporter read it, in English for the SOC. */
    readonly text: string;
  }[];
  readonly message: MessageSummary | null;
  /** The original message, base64 of the .eml exactly as Outlook gave it; null when omitted (see emlOmitted). */
  readonly eml: string | null;
  readonly emlBytes: number;
  readonly emlOmitted: EmlOmitted | null;
  readonly client: { readonly displayLanguage: string; readonly language: UiLanguage };
  /**
   * Whether this request carries the reporter's Microsoft Entra ID access token. The payload names no reporter: the
   * receiver takes the person from the verified token (examples/report-receiver), and treats a report with
   * `token: 'none'` as anonymous.
   */
  readonly identity: PayloadIdentity;
}

/** What identifies the reported message for the SOC (Message-ID finds it in the mail flow). */
export interface MessageSummary {
  readonly subject: string;
  readonly from: string;
  readonly messageId: string;
  readonly date: string;
}

export interface PayloadInput {
  readonly reportedAt: Date;
  readonly classification: 'phishing' | 'junk';
  readonly reasons: readonly ReportReasonId[];
  readonly freeText: string;
  readonly message: MessageSummary | undefined;
  readonly report: Report | undefined;
  readonly emlBase64: string | undefined;
  readonly emlBytes: number;
  readonly emlOmitted: EmlOmitted | undefined;
  readonly displayLanguage: string;
  readonly language: UiLanguage;
  readonly identity: PayloadIdentity;
}

export function buildReportPayload(input: PayloadInput): ReportPayload {
  const { report, message } = input;
  const texts = report ? describeFindings(report, 'en') : [];
  return {
    schema: REPORT_PAYLOAD_SCHEMA,
    reportedAt: input.reportedAt.toISOString(),
    classification: input.classification,
    reasons: input.reasons,
    freeText: input.freeText,
    verdict: report?.verdict ?? null,
    score: report?.score ?? null,
    brand: report?.brand?.id ?? null,
    findings: (report?.findings ?? []).map((finding, index) => ({
      detectorId: finding.detectorId,
      messageId: finding.messageId,
      severity: finding.severity,
      evidence: finding.evidence,
      text: texts[index] ? `${texts[index].title}: ${texts[index].message}` : finding.messageId,
    })),
    message: message ?? null,
    eml: input.emlOmitted ? null : (input.emlBase64 ?? null),
    emlBytes: input.emlBytes,
    emlOmitted: input.emlOmitted ?? (input.emlBase64 ? null : 'unavailable'),
    client: { displayLanguage: input.displayLanguage, language: input.language },
    identity: input.identity,
  };
}
