import type { JSX } from 'react';
import type { Report } from '../../engine';
import { formatTemplate } from '../../engine';
import { useI18n } from '../i18n';
import { Notice } from './Notice';

/** Says which checks could not run (old Outlook, huge message, a detector that failed); nothing when complete. */
export function PartialNotice({ report }: { readonly report: Report }): JSX.Element | null {
  const { t } = useI18n();
  const lines = [
    ...report.unavailable.map((data) => t.unavailable[data]),
    ...(report.limitsHit.length > 0 ? [formatTemplate(t.limitsHit, { limits: report.limitsHit.join(', ') })] : []),
    ...(report.errors.length > 0 ? [formatTemplate(t.detectorErrors, { ids: report.errors.map((e) => e.detectorId).join(', ') })] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <Notice intent="info" title={t.partialHeading} testId="partial">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </Notice>
  );
}
