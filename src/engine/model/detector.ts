import type { Brand } from './brand';
import type { EvidenceKind, Finding, Severity } from './finding';
import type { Localized } from './localized';
import type { MailMessage } from './mail-message';
import type { Policy } from './policy';

/** What every detector receives besides the message: the policy and the brand playbooks (built-in + policy). */
export interface DetectorContext {
  readonly policy: Policy;
  readonly brands: readonly Brand[];
}

/**
 * A detector, shaped like an ESLint rule: an id equal to its file name, messages keyed by id (the wording,
 * in every UI language, with {placeholders}), and a pure, synchronous run().
 */
export interface Detector<MessageId extends string = string, Id extends string = string> {
  readonly id: Id;
  readonly kind: EvidenceKind;
  readonly title: Localized;
  /** The highest severity this detector reports. */
  readonly severity: Severity;
  /** A sentence for people: what this red flag means and why it matters. */
  readonly explanation: Localized;
  readonly messages: Readonly<Record<MessageId, Localized>>;
  run(message: MailMessage, context: DetectorContext): Finding[];
}

/**
 * Identity function that types a detector's id and messages, so `finding(...)` only accepts its own message ids and
 * the registry can derive the union of every finding id (detectors/index.ts: DetectorId, FindingKey).
 */
export function defineDetector<MessageId extends string, Id extends string>(detector: Detector<MessageId, Id>): Detector<MessageId, Id> {
  return detector;
}
