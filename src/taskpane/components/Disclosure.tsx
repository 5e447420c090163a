import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons/svg/chevron-right';
import type { JSX, ReactNode } from 'react';
import { useId, useState } from 'react';

/**
 * One collapsible section with the look of Fluent's AccordionItem (heading button with a turning chevron, panel
 * indented below), as the WAI-ARIA disclosure pattern: a real <button> with aria-expanded and aria-controls. Fluent's
 * Accordion brings tabster (its focus-management engine) and react-motion, about 24 KB gzip, for arrow-key
 * navigation the details never enabled: Tab moves between the three headings, as before.
 */
const useStyles = makeStyles({
  heading: { margin: 0, borderRadius: tokens.borderRadiusMedium, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorTransparentBackground },
  button: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    border: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'inherit',
    color: 'inherit',
    textAlign: 'unset',
    cursor: 'pointer',
    ...typographyStyles.body1,
  },
  focus: createFocusOutlineStyle(),
  chevron: { display: 'flex', alignItems: 'center', height: '100%', paddingRight: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  panel: { margin: `0 ${tokens.spacingHorizontalM}` },
});

export interface DisclosureProps {
  /** The heading's text, e.g. 'Links (3)'. */
  readonly title: string;
  readonly children: ReactNode;
}

/** Collapsed at first; the panel's content is rendered only while open (as Fluent's AccordionPanel does). */
export function Disclosure({ title, children }: DisclosureProps): JSX.Element {
  const styles = useStyles();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <h3 className={styles.heading}>
        <button type="button" className={mergeClasses(styles.button, styles.focus)} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          <span className={styles.chevron} aria-hidden>
            <ChevronRightRegular style={{ transform: `rotate(${open ? 90 : 0}deg)`, transition: 'transform 200ms ease-out' }} />
          </span>
          {title}
        </button>
      </h3>
      {open && (
        <div id={panelId} className={styles.panel}>
          {children}
        </div>
      )}
    </div>
  );
}
