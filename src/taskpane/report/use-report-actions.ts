import { useCallback, useState } from 'react';
import type { Report, UiLanguage } from '../../engine';
import type { ReportDraft } from '../../office/report';
import { buildBrandReportDraft, buildReportDraft } from '../../office/report';
import type { ReportEnvironment } from './report-environment';

export type ActionId = 'security-team' | 'brand' | 'brand-page' | 'not-phishing';

/** What one button does; `disabledReason` explains a button shown but off (preview, old Outlook). */
export type ActionPlan =
  | { readonly id: ActionId; readonly kind: 'compose'; readonly draft: ReportDraft; readonly disabledReason?: 'preview' | 'unsupported' }
  | { readonly id: 'brand' | 'brand-page'; readonly kind: 'page'; readonly url: string };

export interface ReportActionsPlan {
  readonly security?: ActionPlan;
  /** The policy allows reports to the security team but names no mailbox: say so instead of a button. */
  readonly securityMissingMailbox: boolean;
  readonly brand?: ActionPlan;
  /** The brand's report page, when it also has a report mailbox (then `brand` is the message to that mailbox). */
  readonly brandPage?: ActionPlan;
  readonly notPhishing?: ActionPlan;
}

/** Which buttons to show for this report, policy and host. Pure: the component only renders it. */
export function planReportActions(report: Report, originalSubject: string, environment: ReportEnvironment, language: UiLanguage): ReportActionsPlan {
  const { policy, channel } = environment;
  const allowed = new Set(policy.report.actions);
  const disabled = channel.composeUnavailable ? { disabledReason: channel.composeUnavailable } : {};
  const compose = (id: ActionId, draft: ReportDraft | undefined): ActionPlan | undefined => (draft ? { id, kind: 'compose', draft, ...disabled } : undefined);

  const security = allowed.has('security-team')
    ? compose('security-team', buildReportDraft({ report, policy, classification: 'phishing', originalSubject, language }))
    : undefined;
  // "Not phishing?" only makes sense when Occhio raised a flag.
  const notPhishing =
    allowed.has('not-phishing') && report.verdict !== 'safe'
      ? compose('not-phishing', buildReportDraft({ report, policy, classification: 'not-junk', originalSubject, language }))
      : undefined;
  // Both of the brand's channels are offered: its mailbox first (the message goes with its headers, which a form
  // cannot take), then its report page. A brand with neither leaves the organization's own reporting.
  let brand: ActionPlan | undefined;
  let brandPage: ActionPlan | undefined;
  if (allowed.has('brand') && report.brand && report.verdict !== 'safe') {
    const byMail = compose('brand', buildBrandReportDraft({ report, originalSubject, language }));
    const url = report.brand.report.url;
    const page = url ? { id: byMail ? 'brand-page' : 'brand', kind: 'page', url } as const : undefined;
    brand = byMail ?? page;
    if (byMail && page) brandPage = page;
  }
  return {
    ...(security ? { security } : {}),
    securityMissingMailbox: allowed.has('security-team') && policy.report.mailbox === '',
    ...(brand ? { brand } : {}),
    ...(brandPage ? { brandPage } : {}),
    ...(notPhishing ? { notPhishing } : {}),
  };
}

export type ActionStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'busy'; readonly id: ActionId }
  | { readonly state: 'done'; readonly id: ActionId; readonly kind: 'compose' | 'page' }
  | { readonly state: 'failed'; readonly id: ActionId; readonly reason: string };

/** Runs a plan through the channel and keeps the outcome for the status line. Never throws. */
export function useRunAction(environment: ReportEnvironment | undefined): { status: ActionStatus; run: (plan: ActionPlan) => Promise<void> } {
  const [status, setStatus] = useState<ActionStatus>({ state: 'idle' });
  const run = useCallback(
    async (plan: ActionPlan) => {
      if (!environment) return;
      setStatus({ state: 'busy', id: plan.id });
      const result = plan.kind === 'page' ? environment.channel.openPage(plan.url) : await environment.channel.compose(plan.draft);
      setStatus(result.ok ? { state: 'done', id: plan.id, kind: plan.kind } : { state: 'failed', id: plan.id, reason: result.reason });
    },
    [environment],
  );
  return { status, run };
}
