/**
 * Microsoft Defender's format for messages that third-party tools send to the reporting mailbox
 * ("Message submission format for third-party reporting tools", learn.microsoft.com/defender-office-365/
 * submissions-user-reported-messages-custom-mailbox): the reported message attached unmodified as a single
 * .EML/.MSG attachment (never forwarded inline; a report with several attached messages is discarded), and a
 * subject that starts with "1|" or "Junk:", "2|" or "Not junk:", "3|" or "Phishing:". Defender ignores the rest
 * of the subject, so we keep it readable for the people in the SOC:
 *   'Phishing: [Occhio] dangerous: Your account is on hold'
 * A report without a recognised prefix is always classified as phishing, which would turn every
 * "Not phishing?" into a phishing report: the prefix is not optional.
 */
export type ReportClassification = 'phishing' | 'not-junk';

export const DEFENDER_SUBJECT_PREFIX: Readonly<Record<ReportClassification, string>> = {
  phishing: 'Phishing:',
  'not-junk': 'Not junk:',
};

/** Outlook caps subjects at 255 characters; Defender only reads the prefix. */
export const MAX_REPORT_SUBJECT_LENGTH = 255;
