import { BUILT_IN_BRANDS } from './brands';
import { DETECTORS } from './detectors';
import { buildGuidance } from './guidance';
import type { Brand, Detector, MailMessage, Policy, Report } from './model';
import { DEFAULT_POLICY, VERDICTS } from './model';
import { parseAuthResults } from './parse/auth-results';
import { extractForwardedOriginal, forwardedAsMessage } from './parse/forwarded';
import { runDetectors } from './run-detectors';
import { authenticatedBrandSender, unverifiedBrandSenderKeepingToItsSites } from './scoring/authenticated-brand';
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
 *
 * A forward ('Fw: Your account is locked', or the original attached) is judged twice: as it is, and as the original
 * it carries (sender, subject and body from the forwarded header block; the original's authentication is lost in a
 * forward, so it is never trusted). The worse verdict wins, the original's on a tie: a colleague's forward is
 * authenticated and harmless as such, while the links it carries are the original's. Security teams read reported
 * phish exactly this way.
 */
export function analyze(received: MailMessage, policy: Policy = DEFAULT_POLICY, detectors: readonly Detector[] = DETECTORS): Report {
  // Parsing believes only the delivering organisation's Authentication-Results; the policy may add a gateway's.
  const message = policy.trustedAuthservIds.length > 0 ? { ...received, auth: parseAuthResults(received.headers, policy.trustedAuthservIds) } : received;
  const outer = analyzeOne(message, policy, detectors);
  const original = extractForwardedOriginal(message);
  if (!original) return outer;
  const inner = analyzeOne(forwardedAsMessage(message, original), policy, detectors);
  if (VERDICTS.indexOf(inner.verdict) < VERDICTS.indexOf(outer.verdict) || inner.verdict === 'safe') return outer;
  const from = original.from.name && original.from.address ? `${original.from.name} <${original.from.address}>` : original.from.address || original.from.name;
  return { ...inner, forwardedOriginal: { via: original.via, from: from.slice(0, 300), subject: original.subject.slice(0, 300) } };
}

function analyzeOne(message: MailMessage, policy: Policy, detectors: readonly Detector[]): Report {
  const brands = [...policy.extraBrands, ...BUILT_IN_BRANDS];
  const run = runDetectors(detectors, message, { policy, brands });
  const kindOf = (id: string) => detectors.find((d) => d.id === id)?.kind;
  // A brand's own verified mail legitimately talks about codes, payments and sign-ins ("update your payment
  // details"): there, its wording is not a red flag. A phone number to call is kept: scammers abuse brands' own
  // notification systems (invoices, tenant names) to deliver callback scams from the brand's real domain. Links,
  // attachments and sender checks still count; brand alarms are already suppressed by the detectors.
  // The same when nothing vouches for the sender but every link stays on that brand's own sites (see
  // unverifiedBrandSenderKeepingToItsSites): such a message cannot take the reader anywhere else.
  const brandSender = authenticatedBrandSender(message, brands) ?? unverifiedBrandSenderKeepingToItsSites(message, brands);
  const findings = brandSender
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
    guidance: buildGuidance(verdict, brand, ordered, { reportMailbox: policy.report.mailbox !== '' && policy.report.actions.includes('security-team') }),
    errors,
    limitsHit: message.limitsHit,
    unavailable: message.unavailable,
  };
}
