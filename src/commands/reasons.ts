import type { Localized } from '../engine';

/**
 * The reasons offered in the Report button's preprocessing dialog, in the manifest's <Option> order (Outlook
 * tells the handler which were ticked as booleans by position: event.options[2] is the third option). The
 * labels here are the manifest's strings, kept together so the two cannot drift: test/commands checks them.
 */
export const REPORT_REASONS = [
  { id: 'phishing', label: { en: 'It is a scam (phishing)', it: 'È una truffa (phishing)' } },
  { id: 'asks-for-secrets', label: { en: 'It asks for a password, a code or a payment', it: 'Chiede password, codici o pagamenti' } },
  { id: 'impersonation', label: { en: 'It pretends to be a company or a colleague', it: 'Finge di essere un’azienda o un collega' } },
  { id: 'unexpected-link-or-attachment', label: { en: 'Unexpected link or attachment', it: 'Link o allegato inatteso' } },
  { id: 'spam', label: { en: 'It is just junk (spam)', it: 'È solo posta indesiderata (spam)' } },
] as const satisfies readonly { id: string; label: Localized }[];

export type ReportReasonId = (typeof REPORT_REASONS)[number]['id'];

/** The free text a person types is theirs to write, but a report is not a document: keep this much. */
export const MAX_FREE_TEXT_LENGTH = 2000;

/** [false, true] => ['asks-for-secrets']; extra or non-boolean entries are ignored. */
export function selectedReasons(options: readonly unknown[] | undefined): ReportReasonId[] {
  const out: ReportReasonId[] = [];
  REPORT_REASONS.forEach((reason, index) => {
    if (options?.[index] === true) out.push(reason.id);
  });
  return out;
}

/**
 * Defender's classification for the report: junk when the person only said "spam", phishing otherwise
 * (including no reason at all: they pressed Report, which is the phishing button).
 */
export function classificationFor(reasons: readonly ReportReasonId[]): 'phishing' | 'junk' {
  return reasons.length > 0 && reasons.every((reason) => reason === 'spam') ? 'junk' : 'phishing';
}
