import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons/svg/chevron-right';
import type { JSX } from 'react';
import { useId, useState } from 'react';
import { formatTemplate } from '../../engine';
import { Evidence } from '../evidence/Evidence';
import { useI18n } from '../i18n';
import type { FlagView, SentencePart } from '../model/describe-findings';

export interface FlagListProps {
  readonly flags: readonly FlagView[];
  /** The list's accessible name (the section heading's words). */
  readonly label: string;
}

/** Flags shown before "Show N more": the strongest ones fit the first screens at 320 px. */
export const FLAGS_SHOWN_FIRST = 3;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  flag: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ...typographyStyles.body1,
  },
  // Fluent's Badge (small, rounded) restyled here: the Badge package weighs 4 KB gzip in front of the verdict for three
  // labels. Strong is filled, medium a tint, weak an outline: the strongest always has the most weight, in light, dark
  // and high-contrast themes alike (a bright yellow tint outshone the red one in dark mode).
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    height: '16px',
    minWidth: '16px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid`,
    whiteSpace: 'nowrap',
    ...typographyStyles.caption2Strong,
  },
  high: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand, ...shorthands.borderColor(tokens.colorPaletteRedBackground3) },
  medium: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorPaletteDarkOrangeForeground1, ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder2) },
  low: { backgroundColor: 'transparent', color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  line: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  body: { gridColumn: '2', minWidth: 0 },
  toggle: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    minHeight: '24px',
    margin: 0,
    padding: 0,
    border: 0,
    backgroundColor: 'transparent',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    ...typographyStyles.caption1,
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
  },
  focus: createFocusOutlineStyle(),
  chevron: { fontSize: '12px', transitionProperty: 'transform', transitionDuration: '200ms' },
  chevronOpen: { transform: 'rotate(90deg)' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalXXS, ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  para: { margin: 0 },
  strong: { color: tokens.colorNeutralForeground1 },
  evidenceLabel: { margin: 0, ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground1 },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1 },
  more: { alignSelf: 'flex-start', ...typographyStyles.body1 },
});

/** A flag's sentence with the message's values through the evidence formatter. */
export function Sentence({ parts }: { readonly parts: readonly SentencePart[] }): JSX.Element {
  return <>{parts.map((part, index) => (part.kind === 'value' ? <Evidence key={index} value={part.text} /> : <span key={index}>{part.text}</span>))}</>;
}

function Flag({ flag }: { readonly flag: FlagView }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <li className={styles.flag} data-flag={flag.detectorId} data-severity={flag.severity}>
      <span className={mergeClasses(styles.badge, styles[flag.severity])}>{t.severity[flag.severity]}</span>
      <p className={styles.line}>
        <Sentence parts={flag.line} />
      </p>
      <div className={styles.body}>
        <button type="button" className={mergeClasses(styles.toggle, styles.focus)} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          <ChevronRightRegular className={mergeClasses(styles.chevron, open && styles.chevronOpen)} aria-hidden />
          {t.whyLabel}
        </button>
        {open && (
          <div id={panelId} className={styles.panel} data-testid="why">
            {flag.moreLines.map((line, index) => (
              <p key={index} className={mergeClasses(styles.para, styles.strong)}>
                <Sentence parts={line} />
              </p>
            ))}
            {flag.evidence.length > 0 && (
              <>
                <p className={styles.evidenceLabel}>{t.evidenceLabel}</p>
                <ul className={styles.evidence}>
                  {flag.evidence.map((item) => (
                    <li key={item}>
                      <Evidence value={item} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {flag.explanation && <p className={styles.para}>{flag.explanation}</p>}
          </div>
        )}
      </div>
    </li>
  );
}

/** The red flags, strongest first: one sentence each with its evidence inline, the rest behind "Why it matters". */
export function FlagList({ flags, label }: FlagListProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? flags : flags.slice(0, FLAGS_SHOWN_FIRST);
  const hidden = flags.length - FLAGS_SHOWN_FIRST;
  return (
    <>
      <ol className={styles.list} aria-label={label} data-testid="flags">
        {shown.map((flag) => (
          <Flag key={flag.detectorId} flag={flag} />
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className={mergeClasses(styles.toggle, styles.focus, styles.more)} aria-expanded={all} onClick={() => setAll(!all)} data-testid="more-flags">
          {all ? t.showFewer : formatTemplate(t.showMore, { count: hidden })}
        </button>
      )}
    </>
  );
}
