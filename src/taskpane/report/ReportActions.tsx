import { Button, Link, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
// Icons one by one from their own modules: importing the package root pulls hundreds of KB of icons into the pane.
import { GlobeArrowUpRegular } from '@fluentui/react-icons/svg/globe-arrow-up';
import { MailArrowUpRegular } from '@fluentui/react-icons/svg/mail-arrow-up';
import type { JSX } from 'react';
import { useId, useMemo } from 'react';
import type { MailMessage, Policy, Report } from '../../engine';
import type { ReportChannel } from '../../office/report';
import { Notice } from '../components/Notice';
import { useI18n } from '../i18n';
import { useReportEnvironment } from './report-environment';
import { fill, REPORT_STRINGS } from './strings';
import type { ActionPlan } from './use-report-actions';
import { planReportActions, useRunAction } from './use-report-actions';

export interface ReportActionsProps {
  readonly report: Report;
  readonly message: MailMessage;
  /** When the pane passes them, the actions use these instead of the provider or their own policy fetch. */
  readonly policy?: Policy;
  readonly channel?: ReportChannel;
  /**
   * Which actions: `primary` is the one under the verdict (report to the security team, or where to report when the
   * organization has no mailbox), `more` the others further down (to the brand, "Not phishing?", the guide), `all` both.
   */
  readonly part?: 'primary' | 'more' | 'all';
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  primary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, ...typographyStyles.subtitle2 },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  outlookHint: { margin: 0, ...typographyStyles.body1Strong },
  status: { alignSelf: 'stretch' },
});

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The report actions: "Report to security team" right under the verdict (or, with no report mailbox, where Outlook's
 * own Report button is), then "Report to {brand}" and "Not phishing?" further down. Each says beforehand what it will
 * do, and the compose actions only open a prepared message: nothing leaves the mailbox until the person selects Send.
 * A pressed button stays focusable while it works (`disabledFocusable`), so focus never drops to the page, and its
 * outcome appears right below it.
 */
export function ReportActions({ report, message, policy, channel, part = 'all' }: ReportActionsProps): JSX.Element | null {
  const { lang } = useI18n();
  const t = REPORT_STRINGS[lang];
  const styles = useStyles();
  const headingId = useId();
  const environment = useReportEnvironment({ ...(policy ? { policy } : {}), ...(channel ? { channel } : {}) });
  const plan = useMemo(() => (environment ? planReportActions(report, message.subject, environment, lang) : undefined), [environment, report, message.subject, lang]);
  const { status, run } = useRunAction(environment);
  if (!environment || !plan) return null;
  const mailbox = environment.policy.report.mailbox;
  const brandName = report.brand?.name ?? '';

  const hintFor = (action: ActionPlan, normalHint: string): string => {
    if (action.kind === 'compose' && action.disabledReason === 'preview') return fill(t.previewHint, { mailbox: action.draft.to });
    if (action.kind === 'compose' && action.disabledReason === 'unsupported') return fill(t.composeUnsupported, { mailbox: action.draft.to });
    return normalHint;
  };

  const statusOf = (action: ActionPlan): JSX.Element | null => {
    if (status.state === 'done' && status.id === action.id) return <Notice intent="success">{status.kind === 'compose' ? t.draftOpened : t.pageOpened}</Notice>;
    if (status.state === 'failed' && status.id === action.id) {
      return (
        <Notice intent="error">
          {fill(t.failed, { reason: status.reason })}
          {mailbox ? ` ${fill(t.failedFallback, { mailbox })}` : ''}
        </Notice>
      );
    }
    return null;
  };

  const renderAction = (action: ActionPlan, label: string, hint: string, icon: JSX.Element | undefined, appearance: 'primary' | 'secondary' | 'subtle'): JSX.Element => {
    const hintId = `${headingId}-${action.id}-hint`;
    const off = action.kind === 'compose' && action.disabledReason !== undefined;
    const busy = status.state === 'busy';
    return (
      <div className={styles.action} key={action.id}>
        <Button
          appearance={appearance}
          icon={icon}
          disabledFocusable={off || busy}
          aria-describedby={hintId}
          onClick={() => void run(action)}
          data-testid={`report-${action.id}`}
        >
          {label}
        </Button>
        <Text id={hintId} size={200} className={styles.hint}>
          {hintFor(action, hint)}
        </Text>
        <div role="status" aria-live="polite" className={styles.status} data-testid={`report-${action.id}-status`}>
          {statusOf(action)}
        </div>
      </div>
    );
  };

  const serious = report.verdict === 'suspicious' || report.verdict === 'dangerous';
  const primary: JSX.Element[] = [];
  if (plan.security) {
    primary.push(renderAction(plan.security, t.securityButton, fill(t.securityHint, { mailbox }), <MailArrowUpRegular />, serious ? 'primary' : 'secondary'));
  } else if (plan.securityMissingMailbox && report.verdict !== 'safe') {
    primary.push(
      <p key="outlook" className={styles.outlookHint} data-testid="report-outlook-hint">
        {t.outlookReportHint}
      </p>,
    );
  }
  const more: JSX.Element[] = [];
  if (plan.brand) {
    const hint = plan.brand.kind === 'page'
      ? fill(t.brandPageHint, { brand: brandName, host: hostOf(plan.brand.url) })
      : fill(t.brandEmailHint, { brand: brandName, email: plan.brand.draft.to });
    more.push(renderAction(plan.brand, fill(t.brandButton, { brand: brandName }), hint, <GlobeArrowUpRegular />, 'secondary'));
  }
  if (plan.brandPage?.kind === 'page') {
    // Beside the mailbox button, the page button names its site so the two read apart.
    const host = hostOf(plan.brandPage.url);
    const hint = fill(t.brandPageHint, { brand: brandName, host });
    more.push(renderAction(plan.brandPage, `${fill(t.brandButton, { brand: brandName })} (${host})`, hint, <GlobeArrowUpRegular />, 'subtle'));
  }
  // Not on "Likely scam": a thumbs-up there would invite the wrong click.
  if (plan.notPhishing && report.verdict !== 'dangerous') {
    more.push(renderAction(plan.notPhishing, t.notPhishingButton, fill(t.notPhishingHint, { mailbox }), undefined, 'subtle'));
  }
  const helpUrl = environment.policy.helpUrl;
  if (helpUrl) {
    more.push(
      <Link key="help" href={helpUrl} onClick={(event) => { event.preventDefault(); environment.channel.openPage(helpUrl); }} data-testid="report-help">
        {t.helpLink}
      </Link>,
    );
  }
  if (plan.securityMissingMailbox && report.verdict === 'safe') {
    more.unshift(
      <Text key="no-mailbox" size={200} className={styles.hint} data-testid="report-no-mailbox">
        {t.securityNoMailbox}
      </Text>,
    );
  }

  const primaryBlock = primary.length > 0 ? <div className={styles.primary} data-testid="report-primary">{primary}</div> : null;
  const moreBlock = more.length > 0 ? (
    <section aria-labelledby={headingId} className={styles.section} data-testid="report-actions">
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      {more}
    </section>
  ) : null;
  if (part === 'primary') return primaryBlock;
  if (part === 'more') return moreBlock;
  if (!primaryBlock && !moreBlock) return null;
  return (
    <>
      {primaryBlock}
      {moreBlock}
    </>
  );
}
