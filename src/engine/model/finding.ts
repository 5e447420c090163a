export type Severity = 'low' | 'medium' | 'high';

/**
 * Which kind of evidence a detector gives. The verdict combines independent kinds: who sent it, what it asks
 * for, where its links go, what it carries.
 */
export type EvidenceKind = 'sender' | 'content' | 'link' | 'attachment';

/** One red flag. The wording lives in the detector's `messages`, filled from `data`. */
export interface Finding {
  readonly detectorId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly severity: Severity;
  /**
   * The exact strings a person can check: a domain, a link, a phrase, a file name. Never empty. Invisible characters
   * are spelled out ('<U+202E>', see revealInvisible) before a finding leaves the engine.
   */
  readonly evidence: readonly string[];
  /**
   * The evidence items the engine computed rather than quoted from the message: the punycode (or Unicode) form of
   * a host, the destination behind a redirect. Each is also in `evidence`; the pane and the CLI mark them.
   */
  readonly derived?: readonly string[];
}
