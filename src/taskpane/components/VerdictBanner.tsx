import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import { ErrorCircle24Filled } from '@fluentui/react-icons/svg/error-circle';
import { ShieldCheckmark24Filled } from '@fluentui/react-icons/svg/shield-checkmark';
import { ShieldError24Filled } from '@fluentui/react-icons/svg/shield-error';
import { Warning24Filled } from '@fluentui/react-icons/svg/warning';
import type { JSX } from 'react';
import type { Report, Verdict } from '../../engine';
import { formatTemplate } from '../../engine';
import { useI18n } from '../i18n';

export interface VerdictBannerProps {
  readonly report: Report;
  /** Flags shown below (grouped by detector), for the count under the headline, in the verdict's words. */
  readonly flagCount: number;
}

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: '6px',
    borderLeftStyle: 'solid',
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderBottomStyle: 'solid',
  },
  safe: { backgroundColor: tokens.colorPaletteGreenBackground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2), color: tokens.colorNeutralForeground1 },
  caution: { backgroundColor: tokens.colorPaletteYellowBackground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder2), color: tokens.colorNeutralForeground1 },
  suspicious: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder2), color: tokens.colorNeutralForeground1 },
  dangerous: { backgroundColor: tokens.colorPaletteRedBackground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder2), color: tokens.colorNeutralForeground1 },
  icon: { flexShrink: 0, fontSize: '28px' },
  safeIcon: { color: tokens.colorPaletteGreenForeground1 },
  cautionIcon: { color: tokens.colorPaletteYellowForeground2 },
  suspiciousIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dangerousIcon: { color: tokens.colorPaletteRedForeground1 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  headline: { margin: 0, ...typographyStyles.subtitle2 },
  // Fluent's Text at size 200, as its type ramp style: the Text component itself stays out of the verdict's chunks.
  count: typographyStyles.caption1,
});

const ICONS: Record<Verdict, FluentIcon> = {
  safe: ShieldCheckmark24Filled,
  caution: Warning24Filled,
  suspicious: ErrorCircle24Filled,
  dangerous: ShieldError24Filled,
};

/** The verdict in colour, icon and one sentence ("Probabile truffa: si spaccia per Amazon"). */
export function VerdictBanner({ report, flagCount }: VerdictBannerProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const wording = t.verdict[report.verdict];
  const headline = report.brand ? formatTemplate(wording.withBrand, { brand: report.brand.name }) : wording.headline;
  const Icon = ICONS[report.verdict];
  const counts = t.flagCount[report.verdict];
  const count = flagCount === 1 ? counts.one : formatTemplate(counts.other, { count: flagCount });
  return (
    <section className={mergeClasses(styles.banner, styles[report.verdict])} role="status" aria-live="polite" data-verdict={report.verdict} data-testid="verdict">
      <Icon className={mergeClasses(styles.icon, styles[`${report.verdict}Icon`])} aria-hidden />
      <div className={styles.text}>
        <h1 className={styles.headline}>{headline}</h1>
        {flagCount > 0 && <span className={styles.count}>{count}</span>}
      </div>
    </section>
  );
}
