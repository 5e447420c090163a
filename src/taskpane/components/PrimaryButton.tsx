import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { JSX, ReactNode } from 'react';

/**
 * Fluent's primary Button (medium, with an icon) as a plain <button> with the same tokens, for the error state's
 * "Try again": the entry chunk must hold the error state (it shows when a lazy chunk fails to load), and Fluent's
 * Button brings the precomputed CSS of every appearance and size, about 7 KB gzip of the entry for one button.
 * The report actions and the preview page, loaded later, still use Fluent's Button.
 */
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    minWidth: '96px',
    margin: 0,
    padding: `5px ${tokens.spacingHorizontalM}`,
    overflow: 'hidden',
    verticalAlign: 'middle',
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: 'none',
    cursor: 'pointer',
    transitionDuration: tokens.durationFaster,
    transitionProperty: 'background, border, color',
    transitionTimingFunction: tokens.curveEasyEase,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { backgroundColor: tokens.colorBrandBackgroundPressed },
    '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('HighlightText'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
      ':hover': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
      ':hover:active': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
    },
  },
  // Fluent's primary focus ring: shown for keyboard focus only (the provider marks it), drawn inside the border.
  focus: createCustomFocusIndicatorStyle({
    ...shorthands.borderColor(tokens.colorStrokeFocus2),
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    zIndex: 1,
  }),
  icon: { display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: '20px', height: '20px', fontSize: '20px', marginRight: tokens.spacingHorizontalSNudge },
});

export interface PrimaryButtonProps {
  readonly icon: JSX.Element;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

export function PrimaryButton({ icon, onClick, children }: PrimaryButtonProps): JSX.Element {
  const styles = useStyles();
  return (
    <button type="button" className={mergeClasses(styles.root, styles.focus)} onClick={onClick}>
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      {children}
    </button>
  );
}
