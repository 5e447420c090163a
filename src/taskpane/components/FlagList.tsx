import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Severity } from '../../engine';
import { useI18n } from '../i18n';
import type { FlagView } from '../model/describe-findings';

export interface FlagListProps {
  readonly flags: readonly FlagView[];
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  flag: {
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sentence: { margin: `${tokens.spacingVerticalXS} 0 0` },
  evidence: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // Evidence is data from the message: shown as text, wrapped anywhere (long URLs), never as a link.
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', wordBreak: 'break-all' },
  why: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { high: 'danger', medium: 'warning', low: 'informative' };

/** The red flags, strongest first, each with its sentence, its evidence as text and why it matters. */
export function FlagList({ flags }: FlagListProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={t.flagsHeading} data-testid="flags">
      {flags.map((flag) => (
        <li key={flag.detectorId} className={styles.flag} data-flag={flag.detectorId} data-severity={flag.severity}>
          <div className={styles.header}>
            <h3 className={styles.title}>{flag.title}</h3>
            <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[flag.severity]} shape="rounded" size="small">
              {t.severity[flag.severity]}
            </Badge>
          </div>
          {flag.sentences.map((sentence) => (
            <p key={sentence} className={styles.sentence}>
              {sentence}
            </p>
          ))}
          {flag.evidence.length > 0 && (
            <ul className={styles.evidence} aria-label={t.evidenceLabel}>
              {flag.evidence.map((item) => (
                <li key={item}>
                  <code className={styles.code}>{item}</code>
                </li>
              ))}
            </ul>
          )}
          {flag.explanation && (
            <Text as="p" size={200} className={styles.why}>
              {flag.explanation}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
