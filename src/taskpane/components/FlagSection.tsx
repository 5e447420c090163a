import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useMemo } from 'react';
import type { Localized, Report } from '../../engine';
import { DETECTORS } from '../../engine';
import { useI18n } from '../i18n';
import { describeFindings } from '../model/describe-findings';
import { FlagList } from './FlagList';
import { Guidance } from './Guidance';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, ...typographyStyles.subtitle2 },
});

/**
 * The flags and the rest of the advice, below the first screen: loaded with the details once the verdict is on screen
 * (the verdict, the sender and the first thing to do never wait for this code).
 */
export default function FlagSection({ report, moreGuidance }: { readonly report: Report; readonly moreGuidance: readonly Localized[] }): JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const flags = useMemo(() => describeFindings(report.findings, DETECTORS, lang, report.verdict), [report, lang]);
  return (
    <>
      {flags.length > 0 && (
        <section aria-labelledby="occhio-flags" className={styles.section}>
          <h2 id="occhio-flags" className={styles.heading}>
            {t.flagsHeading[report.verdict]}
          </h2>
          <FlagList flags={flags} label={t.flagsHeading[report.verdict]} />
        </section>
      )}
      {moreGuidance.length > 0 && (
        <section aria-labelledby="occhio-guidance" className={styles.section}>
          <h2 id="occhio-guidance" className={styles.heading}>
            {t.guidanceHeading}
          </h2>
          <Guidance guidance={moreGuidance} />
        </section>
      )}
    </>
  );
}
