// Reporting: Office.js calls (new message with the original attached, browser pages, the integrated Report
// button's event) and the texts the security team receives.
export { DEFENDER_SUBJECT_PREFIX, MAX_REPORT_SUBJECT_LENGTH } from './defender-format';
export type { ReportClassification } from './defender-format';
export { describeFindings, MAX_FINDINGS_DESCRIBED } from './describe-findings';
export type { DescribedFinding } from './describe-findings';
export { buildBrandReportDraft, buildReportBody, buildReportDraft, buildReportSubject } from './report-draft';
export type { ReportDraft, ReportDraftInput } from './report-draft';
export { openReportMessage } from './compose-report';
export type { ComposeMailboxLike, NewMessageFormParameters, OriginalItem } from './compose-report';
export { openExternalPage } from './open-page';
export type { PageOpeners } from './open-page';
export { loadPolicy, policyUrlBeside, MAX_POLICY_BYTES, POLICY_FETCH_TIMEOUT_MS } from './load-policy';
export type { FetchLike, LoadedPolicy, PolicyConsole } from './load-policy';
export { createOutlookReportChannel, createPreviewReportChannel, detectReportChannel } from './report-channel';
export type { ReportChannel } from './report-channel';
export { registerSpamReportHandler } from './spam-report-event';
export type { GetAccessTokenLike, MoveSpamItemTo, SpamReportCompletion, SpamReportEnvironment, SpamReportEventLike, SpamReportHandler } from './spam-report-event';
