import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { MailMessage, Policy, Report } from '../../engine';
import { DETECTORS } from '../../engine';
import { useI18n } from '../i18n';
import { describeFindings } from '../model/describe-findings';
import { ReportActions } from '../report';
import { FlagList } from './FlagList';
import { Guidance } from './Guidance';
import { PartialNotice } from './PartialNotice';
import { VerdictBanner } from './VerdictBanner';

// Collapsed on first paint: its code loads after the verdict is on screen.
const DetailsSection = lazy(() => import(/* webpackChunkName: "details" */ './DetailsSection'));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface ReportPanelProps {
  readonly report: Report;
  readonly message: MailMessage;
  readonly policy?: Policy;
}

/** The analysed message: verdict, red flags, what to do, report actions, details. */
export default function ReportPanel({ report, message, policy }: ReportPanelProps): JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const flags = useMemo(() => describeFindings(report.findings, DETECTORS, lang), [report, lang]);
  // The end-to-end test reads this mark: time from page load to the verdict on screen.
  useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('occhio-verdict');
  }, [report]);
  return (
    <div className={styles.panel} data-testid="report">
      <VerdictBanner report={report} flagCount={flags.length} />
      <PartialNotice report={report} />
      {flags.length > 0 && (
        <section aria-labelledby="occhio-flags">
          <h2 id="occhio-flags" className={styles.heading}>
            {t.flagsHeading}
          </h2>
          <FlagList flags={flags} />
        </section>
      )}
      <section aria-labelledby="occhio-guidance">
        <h2 id="occhio-guidance" className={styles.heading}>
          {t.guidanceHeading}
        </h2>
        <Guidance guidance={report.guidance} />
      </section>
      <ReportActions report={report} message={message} policy={policy} />
      <section aria-labelledby="occhio-details">
        <h2 id="occhio-details" className={styles.heading}>
          {t.detailsHeading}
        </h2>
        <Suspense fallback={<Spinner size="tiny" />}>
          <DetailsSection message={message} />
        </Suspense>
      </section>
    </div>
  );
}
