import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { MailMessage, Policy, Report } from '../../engine';
import { useI18n } from '../i18n';
import { lazyComponent } from '../lazy-component';
import { VerdictBanner } from './VerdictBanner';

// The flags, the details and the report actions (one small chunk, with Fluent's Button and Link) are requested only
// once the verdict is on screen, so the verdict never waits for them.
const FlagSection = lazyComponent(() => import(/* webpackChunkName: "after-verdict" */ './FlagSection').then((module) => module.default));
// The sender comes a moment after the verdict, with the report button, in a space kept for it (the evidence formatter
// it shares with the flags stays out of the verdict's budget).
const SenderLine = lazyComponent(() => import(/* webpackChunkName: "after-verdict" */ './SenderLine').then((module) => module.SenderLine));
const PartialNotice = lazyComponent(() => import(/* webpackChunkName: "after-verdict" */ './PartialNotice').then((module) => module.PartialNotice));
const DetailsSection = lazyComponent(() => import(/* webpackChunkName: "after-verdict" */ './DetailsSection').then((module) => module.default));
const ReportActions = lazyComponent(() => import(/* webpackChunkName: "after-verdict" */ '../report/ReportActions').then((module) => module.ReportActions));
/** Settles when every part after the verdict can render without suspending (see lazyComponent). */
const preloadAfterVerdict = (): Promise<unknown> => Promise.all([FlagSection, SenderLine, PartialNotice, DetailsSection, ReportActions].map((part) => part.preload()));

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
    // The placeholders stay until the parts after the verdict have loaded, then all of them render in one go.
    let mounted = true;
    void preloadAfterVerdict().then(() => mounted && setVerdictShown(true));
    return () => {
      mounted = false;
    };
  }, [report]);
  const [firstLine, ...moreGuidance] = report.guidance;
  return (
    <div className={styles.panel} data-testid="report">
      <div className={styles.top}>
        <VerdictBanner report={report} flagCount={flagCount} />
        {verdictShown ? (
          <Suspense fallback={<div className={styles.senderPlaceholder} />}>
            <SenderLine.Component message={message} report={report} />
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
            <ReportActions.Component report={report} message={message} policy={policy} part="primary" />
          </Suspense>
        ) : (
          <div className={styles.primaryPlaceholder} />
        )}
      </div>
      {verdictShown && (
        <Suspense fallback={null}>
          <PartialNotice.Component report={report} />
        </Suspense>
      )}
      {verdictShown && (
        <Suspense fallback={null}>
          <FlagSection.Component report={report} moreGuidance={moreGuidance} />
        </Suspense>
      )}
      {verdictShown && (
        <Suspense fallback={null}>
          <ReportActions.Component report={report} message={message} policy={policy} part="more" />
        </Suspense>
      )}
      <section aria-labelledby="occhio-details">
        <h2 id="occhio-details" className={styles.heading}>
          {t.detailsHeading}
        </h2>
        {verdictShown ? (
          <Suspense fallback={<div className={styles.detailsPlaceholder} />}>
            <DetailsSection.Component message={message} />
          </Suspense>
        ) : (
          <div className={styles.detailsPlaceholder} />
        )}
      </section>
    </div>
  );
}
