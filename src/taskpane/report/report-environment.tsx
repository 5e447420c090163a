import type { JSX, ReactNode } from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
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
 * The environment from the provider, or, when the pane does not provide one, the policy fetched once from
 * beside the page and the channel detected from the host. `undefined` while the policy loads.
 */
export function useReportEnvironment(): ReportEnvironment | undefined {
  const provided = useContext(ReportEnvironmentContext);
  const [loaded, setLoaded] = useState<ReportEnvironment | undefined>(undefined);
  useEffect(() => {
    if (provided) return;
    let live = true;
    selfLoaded ??= loadPolicy(policyUrlBeside(window.location.href)).then((result) => result.policy);
    void selfLoaded.then((policy) => {
      if (live) setLoaded({ policy, channel: detectReportChannel() });
    });
    return () => {
      live = false;
    };
  }, [provided]);
  return provided ?? loaded;
}
