import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { formatTemplate } from '../../engine';
import { useI18n } from '../i18n';
import { formatEvidence } from './format-evidence';

const useStyles = makeStyles({
  // Wraps anywhere only where a string has no break of its own (a long link); words stay whole.
  root: { overflowWrap: 'anywhere' },
  domain: { fontWeight: tokens.fontWeightSemibold },
  invisible: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightBold },
  count: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

/** A string from the message, through the one formatter: domain in bold, long links cut, invisible characters shown. */
export function Evidence({ value }: { readonly value: string }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const formatted = formatEvidence(value);
  const count = formatted.invisibleCount;
  return (
    <span className={styles.root} title={formatted.shortened ? formatted.full : undefined} data-evidence="">
      {formatted.parts.map((part, index) => {
        if (part.kind === 'domain') return <strong key={index} className={styles.domain}>{part.text}</strong>;
        if (part.kind === 'invisible') return <span key={index} className={styles.invisible} aria-hidden>{part.text}</span>;
        return <span key={index}>{part.text}</span>;
      })}
      {count > 0 && <span className={styles.count}>{`, ${count === 1 ? t.invisibleCount.one : formatTemplate(t.invisibleCount.other, { count })}`}</span>}
    </span>
  );
}
