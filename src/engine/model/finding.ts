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
  /** The exact strings a person can check: a domain, a link, a phrase, a file name. Never empty. */
  readonly evidence: readonly string[];
}
