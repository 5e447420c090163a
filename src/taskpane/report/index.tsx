// The actions slot: the reporting feature (issue 6) replaces this file with its buttons (report to the security
// team, to the brand, "not phishing?"). The panel renders <ReportActions report message /> under the guidance.
import type { JSX } from 'react';
import type { MailMessage, Report } from '../../engine';

export interface ReportActionsProps {
  readonly report: Report;
  readonly message: MailMessage;
}

export function ReportActions(_props: ReportActionsProps): JSX.Element | null {
  return null;
}
