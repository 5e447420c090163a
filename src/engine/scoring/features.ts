// What the score table gives points to. The same function feeds the verdict (score.ts) and the fit
// (`npm run calibrate`), so the table is fitted on exactly what it is applied to.
import type { DetectorId, FindingKey } from '../detectors';
import type { EvidenceKind, Finding, Severity } from '../model';
import type { CompositeId, CompositeRule } from './rules';
import { COMPOSITE_RULES, KEPT_IN_BRAND_MAIL, KIND_RULES } from './rules';

/**
 * A line of the score table:
 * - 'medium': every detector whose strongest finding is at least medium (what all findings share);
 * - 'auth-failure@medium': that detector, when its strongest finding is at least medium. Severity lines add up (a
 *   high finding counts 'low', 'medium' and 'high'), so with points never below 0 a stronger finding is never worth
 *   less than a weaker one;
 * - 'auth-failure/dmarc-fail@medium': that finding at exactly that severity (each distinct one counts);
 * - 'composite:impersonator-asks-for-secrets': a combination of independent evidence (rules.ts);
 * - 'brand-sender:credential-request@medium': a content finding in mail from the brand's own domain (authenticated,
 *   or keeping every link on the brand's sites), but those of KEPT_IN_BRAND_MAIL: what such a sender changes is
 *   these lines, fitted like the rest.
 * Lines the fit leaves at 0 are not written.
 */
export type FeatureName =
  | Severity
  | `${DetectorId}@${Severity}`
  | `${FindingKey}@${Severity}`
  | `composite:${CompositeId}`
  | `brand-sender:${DetectorId}@${Severity}`;

/** What the score is computed from: the findings, each detector's kind of evidence, and who sent the message. */
export interface ScoringInput {
  readonly findings: readonly Finding[];
  readonly kindOf: (detectorId: string) => EvidenceKind | undefined;
  /** The message comes from a brand's own domain (see analyze): its content findings count by 'brand-sender:' lines. */
  readonly brandSender: boolean;
}

export interface ActiveFeature {
  readonly name: FeatureName;
  /** The findings that make this line count, to explain the verdict by them. */
  readonly findings: readonly Finding[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

export function atLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];
}

/** Each detector's findings at its strongest severity. */
function strongestByDetector(findings: readonly Finding[]): Map<string, Finding[]> {
  const strongest = new Map<string, Finding[]>();
  for (const finding of findings) {
    const current = strongest.get(finding.detectorId);
    const rank = SEVERITY_RANK[finding.severity];
    if (!current || rank > SEVERITY_RANK[current[0]?.severity ?? 'low']) strongest.set(finding.detectorId, [finding]);
    else if (rank === SEVERITY_RANK[current[0]?.severity ?? 'low']) current.push(finding);
  }
  return strongest;
}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** 'medium' => ['low', 'medium']: severity lines add up, so a stronger finding is never worth less than a weaker one. */
function upTo(severity: Severity): readonly Severity[] {
  return SEVERITIES.slice(0, SEVERITY_RANK[severity] + 1);
}

function severityOf(findings: readonly Finding[]): Severity {
  return findings[0]?.severity ?? 'low';
}

function compositeMembers(rule: CompositeRule, strongest: ReadonlyMap<string, Finding[]>): Finding[] | undefined {
  const members: Finding[] = [];
  for (const group of rule.groups) {
    const inGroup = group.flatMap((id) => {
      const found = strongest.get(id);
      return found && atLeast(severityOf(found), rule.minSeverity) ? found : [];
    });
    if (inGroup.length === 0) return undefined;
    members.push(...inGroup);
  }
  return members;
}

/** The score table's lines that apply to these findings; a line may appear several times (one per detector). */
export function activeFeatures(input: ScoringInput): ActiveFeature[] {
  const fromBrand = (f: Finding): boolean =>
    input.brandSender && input.kindOf(f.detectorId) === 'content' && !(KEPT_IN_BRAND_MAIL as readonly string[]).includes(f.detectorId);
  const counted = input.findings.filter((f) => !fromBrand(f));
  const features: ActiveFeature[] = [];
  const strongest = strongestByDetector(counted);
  for (const [id, found] of strongest) {
    for (const severity of upTo(severityOf(found))) features.push({ name: severity, findings: found }, { name: `${id as DetectorId}@${severity}`, findings: found });
  }
  const byKey = new Map<string, Finding[]>();
  for (const finding of counted) {
    const name = `${finding.detectorId}/${finding.messageId}@${finding.severity}`;
    byKey.set(name, [...(byKey.get(name) ?? []), finding]);
  }
  for (const [name, found] of byKey) features.push({ name: name as FeatureName, findings: found });
  for (const [id, found] of strongestByDetector(input.findings.filter(fromBrand))) {
    for (const severity of upTo(severityOf(found))) features.push({ name: `brand-sender:${id as DetectorId}@${severity}`, findings: found });
  }
  for (const rule of COMPOSITE_RULES) {
    const members = compositeMembers(rule, strongest);
    if (members) features.push({ name: `composite:${rule.id}`, findings: members });
  }
  const kinds = new Set<EvidenceKind>();
  const strongKinds = new Set<EvidenceKind>();
  for (const [id, found] of strongest) {
    const kind = input.kindOf(id);
    if (!kind) continue;
    kinds.add(kind);
    if (severityOf(found) !== 'low') strongKinds.add(kind);
  }
  for (const rule of KIND_RULES) {
    if (kinds.size >= rule.minKinds && strongKinds.size >= rule.minStrongKinds) features.push({ name: `composite:${rule.id}`, findings: counted });
  }
  return features;
}
