import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Localized } from '../../engine';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** "What to do": the report's guidance for the verdict and the brand's playbook, in the pane's language. */
export function Guidance({ guidance }: { readonly guidance: readonly Localized[] }): JSX.Element {
  const { lang } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="guidance">
      {guidance.map((item) => (
        <li key={item.en}>{item[lang]}</li>
      ))}
    </ul>
  );
}
