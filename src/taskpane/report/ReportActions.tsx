import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
// Icons one by one from their own modules: importing the package root pulls hundreds of KB of icons into the pane.
import { GlobeArrowUpRegular } from '@fluentui/react-icons/svg/globe-arrow-up';
import { MailArrowUpRegular } from '@fluentui/react-icons/svg/mail-arrow-up';
import { ThumbLikeRegular } from '@fluentui/react-icons/svg/thumb-like';
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
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The report actions under the guidance: "Report to security team", "Report to {brand}", "Not phishing?".
 * Each says beforehand exactly what it will do, and the compose actions only open a prepared message: nothing
 * leaves the mailbox until the person clicks Send, and closing the window undoes it.
 */
export function ReportActions({ report, message, policy, channel }: ReportActionsProps): JSX.Element | null {
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

  const renderAction = (action: ActionPlan, label: string, hint: string, icon: JSX.Element, appearance: 'primary' | 'secondary' | 'subtle'): JSX.Element => {
    const hintId = `${headingId}-${action.id}-hint`;
    const disabled = (action.kind === 'compose' && action.disabledReason !== undefined) || status.state === 'busy';
    return (
      <div className={styles.action} key={action.id}>
        <Button appearance={appearance} icon={icon} disabled={disabled} aria-describedby={hintId} onClick={() => void run(action)} data-testid={`report-${action.id}`}>
          {label}
        </Button>
        <Text id={hintId} size={200} className={styles.hint}>
          {hintFor(action, hint)}
        </Text>
      </div>
    );
  };

  const serious = report.verdict === 'suspicious' || report.verdict === 'dangerous';
  const actions: JSX.Element[] = [];
  if (plan.security) {
    actions.push(renderAction(plan.security, t.securityButton, fill(t.securityHint, { mailbox }), <MailArrowUpRegular />, serious ? 'primary' : 'secondary'));
  }
  if (plan.brand) {
    const hint = plan.brand.kind === 'page'
      ? fill(t.brandPageHint, { brand: brandName, host: hostOf(plan.brand.url) })
      : fill(t.brandEmailHint, { brand: brandName, email: plan.brand.draft.to });
    actions.push(renderAction(plan.brand, fill(t.brandButton, { brand: brandName }), hint, <GlobeArrowUpRegular />, 'secondary'));
  }
  if (plan.brandPage?.kind === 'page') {
    // Beside the mailbox button, the page button names its site so the two read apart.
    const host = hostOf(plan.brandPage.url);
    const hint = fill(t.brandPageHint, { brand: brandName, host });
    actions.push(renderAction(plan.brandPage, `${fill(t.brandButton, { brand: brandName })} (${host})`, hint, <GlobeArrowUpRegular />, 'subtle'));
  }
  if (plan.notPhishing) {
    actions.push(renderAction(plan.notPhishing, t.notPhishingButton, fill(t.notPhishingHint, { mailbox }), <ThumbLikeRegular />, 'subtle'));
  }
  const helpUrl = environment.policy.helpUrl;
  if (actions.length === 0 && !plan.securityMissingMailbox && !helpUrl) return null;

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="report-actions">
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      {plan.securityMissingMailbox && (
        <Text size={200} className={styles.hint} data-testid="report-no-mailbox">
          {t.securityNoMailbox}
        </Text>
      )}
      {actions}
      {helpUrl && (
        <Link href={helpUrl} onClick={(event) => { event.preventDefault(); environment.channel.openPage(helpUrl); }} data-testid="report-help">
          {t.helpLink}
        </Link>
      )}
      <div role="status" aria-live="polite">
        {status.state === 'done' && (
          <Notice intent="success">{status.kind === 'compose' ? t.draftOpened : t.pageOpened}</Notice>
        )}
        {status.state === 'failed' && (
          <Notice intent="error">
            {fill(t.failed, { reason: status.reason })} {mailbox ? fill(t.failedFallback, { mailbox }) : ''}
          </Notice>
        )}
      </div>
    </section>
  );
}
