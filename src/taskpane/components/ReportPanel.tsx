import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { MailMessage, Policy, Report } from '../../engine';
import { DETECTORS } from '../../engine';
import { useI18n } from '../i18n';
import { describeFindings } from '../model/describe-findings';
import { FlagList } from './FlagList';
import { Guidance } from './Guidance';
import { PartialNotice } from './PartialNotice';
import { VerdictBanner } from './VerdictBanner';

// Below the verdict, flags and guidance: their code (one small chunk, with the report actions' Link and icons) is
// requested only once the verdict is on screen, so the verdict never waits for it.
const DetailsSection = lazy(() => import(/* webpackChunkName: "after-verdict" */ './DetailsSection'));
const ReportActions = lazy(() => import(/* webpackChunkName: "after-verdict" */ '../report/ReportActions').then((module) => ({ default: module.ReportActions })));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Holds the three collapsed headings' height (3 × 44 px) while their code loads, so nothing below jumps.
  detailsPlaceholder: { minHeight: '132px' },
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
  const [verdictShown, setVerdictShown] = useState(false);
  // The end-to-end test reads this mark: time from page load to the verdict on screen (and which scripts it took).
  useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('occhio-verdict');
    setVerdictShown(true);
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
      {verdictShown && (
        <Suspense fallback={null}>
          <ReportActions report={report} message={message} policy={policy} />
        </Suspense>
      )}
      <section aria-labelledby="occhio-details">
        <h2 id="occhio-details" className={styles.heading}>
          {t.detailsHeading}
        </h2>
        {verdictShown ? (
          <Suspense fallback={<div className={styles.detailsPlaceholder} />}>
            <DetailsSection message={message} />
          </Suspense>
        ) : (
          <div className={styles.detailsPlaceholder} />
        )}
      </section>
    </div>
  );
}
