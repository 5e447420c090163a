import { BUILT_IN_BRANDS } from './brands';
import { DETECTORS } from './detectors';
import { buildGuidance } from './guidance';
import type { Brand, Detector, MailMessage, Policy, Report } from './model';
import { DEFAULT_POLICY } from './model';
import { runDetectors } from './run-detectors';
import { authenticatedBrandSender } from './scoring/authenticated-brand';
import { scoreFindings } from './scoring/score';
import { isTrustedSender } from './scoring/trusted-sender';

/** The brand the findings are about: the first finding (strongest first) whose data names a known brand id. */
function claimedBrand(findings: Report['findings'], brands: readonly Brand[]): Brand | undefined {
  for (const finding of findings) {
    const id = finding.data.brand;
    if (typeof id === 'string') {
      const brand = brands.find((b) => b.id === id);
      if (brand) return brand;
    }
  }
  return undefined;
}

/**
 * MailMessage + Policy => Report. Pure and synchronous: no clock, no network, no DOM. The same message gives
 * the same report in the pane, the Report button and the CLI.
 */
export function analyze(message: MailMessage, policy: Policy = DEFAULT_POLICY, detectors: readonly Detector[] = DETECTORS): Report {
  const brands = [...policy.extraBrands, ...BUILT_IN_BRANDS];
  const run = runDetectors(detectors, message, { policy, brands });
  const kindOf = (id: string) => detectors.find((d) => d.id === id)?.kind;
  // A brand's own verified mail legitimately talks about codes, payments and sign-ins ("update your payment
  // details"): there, its wording is not a red flag. A phone number to call is kept: scammers abuse brands' own
  // notification systems (invoices, tenant names) to deliver callback scams from the brand's real domain. Links,
  // attachments and sender checks still count; brand alarms are already suppressed by the detectors.
  const findings = authenticatedBrandSender(message, brands)
    ? run.findings.filter((f) => kindOf(f.detectorId) !== 'content' || f.detectorId === 'callback-lure')
    : run.findings;
  const errors = run.errors;
  const scored = scoreFindings(findings, policy.thresholds, kindOf);
  const { score, ordered } = scored;
  // An authenticated sender the admin trusts never gets more than `caution`: the findings stay visible.
  const verdict = isTrustedSender(message, policy) && scored.verdict !== 'safe' ? 'caution' : scored.verdict;
  const brand = verdict === 'safe' ? undefined : claimedBrand(ordered, brands);
  return {
    verdict,
    score,
    findings: ordered,
    brand,
    guidance: buildGuidance(verdict, brand),
    errors,
    limitsHit: message.limitsHit,
    unavailable: message.unavailable,
  };
}
