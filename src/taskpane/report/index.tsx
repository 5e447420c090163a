// The report actions the panel renders under the guidance (issue 6): report to the security team, to the brand,
// "Not phishing?". The pane may wrap itself in <ReportEnvironmentProvider value={{ policy, channel }}> (or pass
// policy/channel as props); without either, the actions fetch policy.json once and detect the host themselves.
export { ReportActions } from './ReportActions';
export type { ReportActionsProps } from './ReportActions';
export { ReportEnvironmentProvider, useReportEnvironment } from './report-environment';
export type { ReportEnvironment } from './report-environment';
export { planReportActions } from './use-report-actions';
export type { ActionPlan, ReportActionsPlan } from './use-report-actions';
export { REPORT_STRINGS } from './strings';
