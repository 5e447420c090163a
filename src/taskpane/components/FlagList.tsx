import { makeStyles, mergeClasses, shorthands, Text, tokens, typographyStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
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
  // Fluent's Badge (appearance tint, shape rounded, size small) restyled here: the Badge package weighs 4 KB gzip
  // in front of the verdict for three coloured labels.
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    boxSizing: 'border-box',
    height: '16px',
    minWidth: '16px',
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid`,
    whiteSpace: 'nowrap',
    ...typographyStyles.caption2Strong,
  },
  high: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  low: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sentence: { margin: `${tokens.spacingVerticalXS} 0 0` },
  evidence: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // Evidence is data from the message: shown as text, wrapped anywhere (long URLs), never as a link.
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', wordBreak: 'break-all' },
  why: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

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
            <span className={mergeClasses(styles.badge, styles[flag.severity])}>{t.severity[flag.severity]}</span>
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
