import { BUILT_IN_BRANDS } from './brands';
import { DETECTORS } from './detectors';
import { buildGuidance } from './guidance';
import type { Brand, Detector, DetectorError, MailMessage, Policy, Report, Verdict } from './model';
import { DEFAULT_POLICY, VERDICTS } from './model';
import { parseAuthResults } from './parse/auth-results';
import { runDetectors } from './run-detectors';
import { authenticatedBrandSender, unverifiedBrandSenderKeepingToItsSites } from './scoring/authenticated-brand';
import type { ScoringInput } from './scoring/score';
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

/** The worse verdict wins, the original's on a tie; an original with nothing against it never does. */
export function forwardedOriginalWins(outer: Verdict, original: Verdict): boolean {
  return original !== 'safe' && VERDICTS.indexOf(original) >= VERDICTS.indexOf(outer);
}

/**
 * MailMessage + Policy => Report. Pure and synchronous: no clock, no network, no DOM. The same message gives
 * the same report in the pane, the Report button and the CLI.
 *
 * A forward ('Fw: Your account is locked', or the original attached) is judged twice: as it is, and as the original
 * it carries (MailMessage.forwarded, read by the parser; the original's authentication is lost in a forward, so it is
 * never trusted). The worse verdict wins, the original's on a tie: a colleague's forward is authenticated and harmless
 * as such, while the links it carries are the original's. Security teams read reported phish exactly this way.
 */
export function analyze(received: MailMessage, policy: Policy = DEFAULT_POLICY, detectors: readonly Detector[] = DETECTORS): Report {
  // Parsing believes only the delivering organisation's Authentication-Results; the policy may add a gateway's.
  const message = policy.trustedAuthservIds.length > 0 ? { ...received, auth: parseAuthResults(received.headers, policy.trustedAuthservIds) } : received;
  const outer = judge(gatherEvidence(message, policy, detectors), message, policy);
  const original = message.forwarded;
  if (!original) return outer;
  const inner = judge(gatherEvidence(original.message, policy, detectors), original.message, policy);
  if (!forwardedOriginalWins(outer.verdict, inner.verdict)) return outer;
  const sender = original.message.from;
  const from = sender?.name && sender.address ? `${sender.name} <${sender.address}>` : sender?.address || sender?.name || '';
  return { ...inner, forwardedOriginal: { via: original.via, from: from.slice(0, 300), subject: original.message.subject.slice(0, 300) } };
}

/** What the verdict is computed from: the detectors' findings and errors, and who sent the message. */
export interface Evidence extends ScoringInput {
  readonly errors: readonly DetectorError[];
  readonly brands: readonly Brand[];
}

/**
 * Runs the detectors on one message (not its forwarded original). `npm run calibrate` fits the score table on what
 * this returns, so the table is fitted on exactly what analyze() scores.
 */
export function gatherEvidence(message: MailMessage, policy: Policy = DEFAULT_POLICY, detectors: readonly Detector[] = DETECTORS): Evidence {
  const brands = [...policy.extraBrands, ...BUILT_IN_BRANDS];
  const run = runDetectors(detectors, message, { policy, brands });
  const kinds = new Map(detectors.map((d) => [d.id, d.kind]));
  // A brand's own verified mail legitimately talks about codes, payments and sign-ins ("update your payment
  // details"); the same when nothing vouches for the sender but every link stays on that brand's own sites (see
  // unverifiedBrandSenderKeepingToItsSites): such a message cannot take the reader anywhere else. What that changes
  // is in the score table: its content findings count by the 'brand-sender:' lines, fitted with the rest.
  const brandSender = (authenticatedBrandSender(message, brands) ?? unverifiedBrandSenderKeepingToItsSites(message, brands)) !== undefined;
  return { findings: run.findings, errors: run.errors, kindOf: (id) => kinds.get(id), brandSender, brands };
}

function judge(evidence: Evidence, message: MailMessage, policy: Policy): Report {
  const scored = scoreFindings(evidence, policy.thresholds);
  const { score, ordered } = scored;
  // An authenticated sender the admin trusts never gets more than `caution`: the findings stay visible.
  const verdict = isTrustedSender(message, policy) && scored.verdict !== 'safe' ? 'caution' : scored.verdict;
  const brand = verdict === 'safe' ? undefined : claimedBrand(ordered, evidence.brands);
  return {
    verdict,
    score,
    findings: ordered,
    brand,
    guidance: buildGuidance(verdict, brand, ordered, { reportMailbox: policy.report.mailbox !== '' && policy.report.actions.includes('security-team') }),
    errors: evidence.errors,
    limitsHit: message.limitsHit,
    unavailable: message.unavailable,
  };
}
