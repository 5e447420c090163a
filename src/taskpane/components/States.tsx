import { makeStyles, Skeleton, SkeletonItem, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowClockwise24Regular } from '@fluentui/react-icons/svg/arrow-clockwise';
import { Info24Regular } from '@fluentui/react-icons/svg/info';
import type { JSX } from 'react';
import { formatTemplate } from '../../engine';
import { useI18n } from '../i18n';
import { PrimaryButton } from './PrimaryButton';

const useStyles = makeStyles({
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  banner: { height: '64px' },
  row: { height: '56px' },
  state: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  icon: { fontSize: '28px', color: tokens.colorNeutralForeground2 },
  // Fluent's Text (body1), as its type ramp style: the Text component itself stays out of the entry chunk.
  body: typographyStyles.body1,
});

/** The loading skeleton: the panel's shape, announced once to screen readers ("Connecting to Outlook…" first). */
export function LoadingState({ connecting = false }: { readonly connecting?: boolean } = {}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="loading" data-phase={connecting ? 'connecting' : 'checking'}>
      <span className={connecting ? undefined : 'visually-hidden'}>{connecting ? t.connecting : t.loading}</span>
      <Skeleton className={styles.skeleton} aria-hidden>
        <SkeletonItem className={styles.banner} shape="rectangle" />
        <SkeletonItem className={styles.row} shape="rectangle" />
        <SkeletonItem className={styles.row} shape="rectangle" />
        <SkeletonItem size={16} />
      </Skeleton>
    </div>
  );
}

export function ErrorState({ reason, onRetry }: { readonly reason: string; readonly onRetry: () => void }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.state} role="alert" data-testid="error">
      <h1 className={styles.title}>{t.error.title}</h1>
      <span className={styles.body}>{formatTemplate(t.error.body, { reason })}</span>
      <PrimaryButton icon={<ArrowClockwise24Regular />} onClick={onRetry}>
        {t.error.retry}
      </PrimaryButton>
    </section>
  );
}

/** Meeting invites, drafts, no selected item: a calm sentence, not an error. */
export function InfoState({ title, body, testId }: { readonly title?: string; readonly body: string; readonly testId: string }): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.state} role="status" data-testid={testId}>
      <Info24Regular className={styles.icon} aria-hidden />
      {title && <h1 className={styles.title}>{title}</h1>}
      <span className={styles.body}>{body}</span>
    </section>
  );
}
