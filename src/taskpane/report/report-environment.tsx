import type { JSX, ReactNode } from 'react';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Policy } from '../../engine';
import type { ReportChannel } from '../../office/report';
import { detectReportChannel, loadPolicy, policyUrlBeside } from '../../office/report';

/** What the report actions need besides the report: the admin's policy and what this host can do. */
export interface ReportEnvironment {
  readonly policy: Policy;
  readonly channel: ReportChannel;
}

const ReportEnvironmentContext = createContext<ReportEnvironment | undefined>(undefined);

/** The pane provides the policy it analysed with and the host's channel, so the actions need no fetch of their own. */
export function ReportEnvironmentProvider({ value, children }: { readonly value: ReportEnvironment; readonly children: ReactNode }): JSX.Element {
  return <ReportEnvironmentContext.Provider value={value}>{children}</ReportEnvironmentContext.Provider>;
}

let selfLoaded: Promise<Policy> | undefined;

/**
 * The policy and channel for the report actions: props first, then the provider; what is still missing is
 * found here — the channel detected from the host, the policy fetched once from beside the page (only when
 * nobody passed one). `undefined` while that policy loads.
 */
export function useReportEnvironment(overrides: { readonly policy?: Policy; readonly channel?: ReportChannel } = {}): ReportEnvironment | undefined {
  const provided = useContext(ReportEnvironmentContext);
  const needsFetch = !overrides.policy && !provided;
  const [loadedPolicy, setLoadedPolicy] = useState<Policy | undefined>(undefined);
  const detected = useMemo(() => (overrides.channel || provided ? undefined : detectReportChannel()), [overrides.channel, provided]);
  useEffect(() => {
    if (!needsFetch) return;
    let live = true;
    selfLoaded ??= loadPolicy(policyUrlBeside(window.location.href)).then((result) => result.policy);
    void selfLoaded.then((policy) => {
      if (live) setLoadedPolicy(policy);
    });
    return () => {
      live = false;
    };
  }, [needsFetch]);
  const policy = overrides.policy ?? provided?.policy ?? loadedPolicy;
  const channel = overrides.channel ?? provided?.channel ?? detected;
  return useMemo(() => (policy && channel ? { policy, channel } : undefined), [policy, channel]);
}
