import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { MailMessage, Policy, Report } from '../../engine';
import { useI18n } from '../i18n';
import { VerdictBanner } from './VerdictBanner';

// The flags, the details and the report actions (one small chunk, with Fluent's Button and Link) are requested only
// once the verdict is on screen, so the verdict never waits for them.
const FlagSection = lazy(() => import(/* webpackChunkName: "after-verdict" */ './FlagSection'));
// The sender comes a moment after the verdict, with the report button, in a space kept for it (the evidence formatter
// it shares with the flags stays out of the verdict's budget).
const SenderLine = lazy(() => import(/* webpackChunkName: "after-verdict" */ './SenderLine').then((module) => ({ default: module.SenderLine })));
const PartialNotice = lazy(() => import(/* webpackChunkName: "after-verdict" */ './PartialNotice').then((module) => ({ default: module.PartialNotice })));
const DetailsSection = lazy(() => import(/* webpackChunkName: "after-verdict" */ './DetailsSection'));
const ReportActions = lazy(() => import(/* webpackChunkName: "after-verdict" */ '../report/ReportActions').then((module) => ({ default: module.ReportActions })));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // Verdict, sender, what to do and the report button: what a person reads in five seconds, on the first screen at 320×600.
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  action: { margin: 0, ...typographyStyles.body1Strong },
  // Holds the sender's two lines while its code loads.
  senderPlaceholder: { minHeight: '40px' },
  // Holds the report button's height while its code loads, so the flags below do not jump.
  primaryPlaceholder: { minHeight: '32px' },
  // Holds the three collapsed headings' height (3 × 44 px) while their code loads, so nothing below jumps.
  detailsPlaceholder: { minHeight: '132px' },
  heading: { margin: 0, ...typographyStyles.subtitle2 },
});

export interface ReportPanelProps {
  readonly report: Report;
  readonly message: MailMessage;
  readonly policy?: Policy;
}

/** The analysed message: verdict, sender, what to do now and the report button; then the flags, more advice, details. */
export default function ReportPanel({ report, message, policy }: ReportPanelProps): JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  // Flags are grouped by detector (FlagSection): the banner counts the same groups.
  const flagCount = useMemo(() => new Set(report.findings.map((finding) => finding.detectorId)).size, [report]);
  const [verdictShown, setVerdictShown] = useState(false);
  // The end-to-end test reads this mark: time from page load to the verdict on screen (and which scripts it took).
  useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('occhio-verdict');
    setVerdictShown(true);
  }, [report]);
  const [firstLine, ...moreGuidance] = report.guidance;
  return (
    <div className={styles.panel} data-testid="report">
      <div className={styles.top}>
        <VerdictBanner report={report} flagCount={flagCount} />
        {verdictShown ? (
          <Suspense fallback={<div className={styles.senderPlaceholder} />}>
            <SenderLine message={message} report={report} />
          </Suspense>
        ) : (
          <div className={styles.senderPlaceholder} />
        )}
        {firstLine && (
          <p className={styles.action} data-testid="first-action">
            {firstLine[lang]}
          </p>
        )}
        {verdictShown ? (
          <Suspense fallback={<div className={styles.primaryPlaceholder} />}>
            <ReportActions report={report} message={message} policy={policy} part="primary" />
          </Suspense>
        ) : (
          <div className={styles.primaryPlaceholder} />
        )}
      </div>
      {verdictShown && (
        <Suspense fallback={null}>
          <PartialNotice report={report} />
        </Suspense>
      )}
      {verdictShown && (
        <Suspense fallback={null}>
          <FlagSection report={report} moreGuidance={moreGuidance} />
        </Suspense>
      )}
      {verdictShown && (
        <Suspense fallback={null}>
          <ReportActions report={report} message={message} policy={policy} part="more" />
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
