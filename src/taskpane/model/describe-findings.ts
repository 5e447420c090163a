import type { Detector, Finding, Severity, UiLanguage, Verdict } from '../../engine';

/** A piece of a flag's sentence: the detector's words, or a value from the message (shown through the formatter). */
export type SentencePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'value'; readonly text: string };

/** One red flag as the pane shows it: a detector's findings grouped, in the detector's own words. */
export interface FlagView {
  readonly detectorId: string;
  readonly title: string;
  /** As shown: never above what the verdict says (see displayedSeverity). */
  readonly severity: Severity;
  readonly explanation: string;
  /** The strongest finding's sentence, e.g. 'The link shows ', {paypal.com}, ' but opens ', {paypa1-login.ru}, '.'. */
  readonly line: readonly SentencePart[];
  /** The other findings' sentences, deduplicated. */
  readonly moreLines: readonly (readonly SentencePart[])[];
  /** Exact strings from the message not already in `line`, deduplicated, in the order found. */
  readonly evidence: readonly string[];
}

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
/** Evidence strings per flag shown in the pane; the details section lists every link anyway. */
export const MAX_EVIDENCE_PER_FLAG = 8;

/**
 * A finding's severity as the pane labels it. Under `caution` (and `safe`) every finding is a weak sign: the banner says
 * "a few unusual details", so no label below it may say more.
 */
export function displayedSeverity(severity: Severity, verdict: Verdict): Severity {
  return verdict === 'caution' || verdict === 'safe' ? 'low' : severity;
}

/** 'The link shows {shown}.' + { shown: 'a.com' } => [text 'The link shows ', value 'a.com', text '.']. */
export function templateParts(template: string, data: Readonly<Record<string, string | number>>): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = data[match[1] ?? ''];
    if (value === undefined) continue;
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    parts.push(typeof value === 'number' ? { kind: 'text', text: String(value) } : { kind: 'value', text: value });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

const plain = (parts: readonly SentencePart[]): string => parts.map((part) => part.text).join('');

/**
 * Groups findings by detector, strongest detector first (the report orders findings by weight; a detector
 * reporting several findings appears once, at its strongest).
 */
export function describeFindings(findings: readonly Finding[], detectors: readonly Detector[], lang: UiLanguage, verdict: Verdict = 'dangerous'): FlagView[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.detectorId);
    if (group) group.push(finding);
    else groups.set(finding.detectorId, [finding]);
  }
  const views: FlagView[] = [];
  for (const [detectorId, group] of groups) {
    const detector = detectors.find((d) => d.id === detectorId);
    const strongest = group.reduce((max, f) => (RANK[f.severity] > RANK[max.severity] ? f : max));
    const lineOf = (f: Finding): SentencePart[] => {
      const template = detector?.messages[f.messageId]?.[lang];
      return template ? templateParts(template, f.data) : [{ kind: 'text', text: f.messageId }];
    };
    const line = lineOf(strongest);
    const seen = new Set([plain(line)]);
    const moreLines: SentencePart[][] = [];
    for (const f of group) {
      const other = lineOf(f);
      if (seen.has(plain(other))) continue;
      seen.add(plain(other));
      moreLines.push(other);
    }
    const inLine = new Set(line.filter((part) => part.kind === 'value').map((part) => part.text));
    const evidence = [...new Set(group.flatMap((f) => f.evidence))].filter((item) => !inLine.has(item)).slice(0, MAX_EVIDENCE_PER_FLAG);
    views.push({
      detectorId,
      title: detector?.title[lang] ?? detectorId,
      severity: displayedSeverity(strongest.severity, verdict),
      explanation: detector?.explanation[lang] ?? '',
      line,
      moreLines,
      evidence,
    });
  }
  // Stable: equal severities keep the report's order (by weight).
  return views.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}
