import type { Policy, Report, UiLanguage } from '../../engine';
import { formatTemplate } from '../../engine';
import type { ReportClassification } from './defender-format';
import { DEFENDER_SUBJECT_PREFIX, MAX_REPORT_SUBJECT_LENGTH } from './defender-format';
import { describeFindings } from './describe-findings';
import { REPORT_TEXT, SEVERITY_NAMES, VERDICT_NAMES } from './strings';

/** What the new-message form is filled with; the person reviews it and clicks Send (or closes it). */
export interface ReportDraft {
  readonly to: string;
  readonly subject: string;
  readonly htmlBody: string;
}

export interface ReportDraftInput {
  readonly report: Report;
  readonly policy: Policy;
  readonly classification: ReportClassification;
  /** The reported message's subject, as Outlook shows it. */
  readonly originalSubject: string;
  readonly language: UiLanguage;
}

/** Long enough to recognise a message, short enough to leave room for the prefix and the format. */
const MAX_ORIGINAL_SUBJECT_IN_REPORT = 150;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Subjects are one line: a crafted subject with CR/LF or tabs must not break the report's own subject. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a subject line must not carry
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * 'Phishing: [Occhio] dangerous: Your Amazon account is on hold'. Defender reads the prefix
 * (defender-format.ts); the admin's subjectFormat fills the rest.
 */
export function buildReportSubject(input: Omit<ReportDraftInput, 'language'>): string {
  const rest = formatTemplate(input.policy.report.subjectFormat, {
    verdict: input.report.verdict,
    subject: oneLine(input.originalSubject).slice(0, MAX_ORIGINAL_SUBJECT_IN_REPORT),
    score: input.report.score,
    brand: input.report.brand?.name ?? '',
  });
  return `${DEFENDER_SUBJECT_PREFIX[input.classification]} ${oneLine(rest)}`.slice(0, MAX_REPORT_SUBJECT_LENGTH);
}

/**
 * The body summarizes Occhio's verdict and red flags for the security team. Everything from the message is
 * escaped: a report must never turn the scammer's text into HTML in the SOC's mailbox.
 */
export function buildReportBody(input: ReportDraftInput): string {
  const { report, language } = input;
  const t = (key: keyof typeof REPORT_TEXT): string => REPORT_TEXT[key][language];
  const parts: string[] = [];
  parts.push(`<p>${escapeHtml(t(input.classification === 'phishing' ? 'introPhishing' : 'introNotJunk'))}</p>`);
  parts.push(`<p>${escapeHtml(t('noteLabel'))}</p><p><br></p>`);
  parts.push(`<p><b>${escapeHtml(t('verdict'))}:</b> ${escapeHtml(VERDICT_NAMES[report.verdict][language])} (${escapeHtml(t('score'))} ${report.score})</p>`);
  if (report.brand) parts.push(`<p><b>${escapeHtml(t('brand'))}:</b> ${escapeHtml(report.brand.name)}</p>`);
  const findings = describeFindings(report, language);
  if (findings.length === 0) {
    parts.push(`<p>${escapeHtml(t('noRedFlags'))}</p>`);
  } else {
    const items = findings.map((finding) => {
      const evidence = finding.evidence.map((e) => `<code>${escapeHtml(e)}</code>`).join(', ');
      return `<li>[${escapeHtml(SEVERITY_NAMES[finding.severity][language])}] <b>${escapeHtml(finding.title)}</b>: ${escapeHtml(finding.message)}${evidence ? ` (${escapeHtml(t('evidence'))}: ${evidence})` : ''}</li>`;
    });
    parts.push(`<p><b>${escapeHtml(t('redFlags'))}:</b></p><ul>${items.join('')}</ul>`);
  }
  const missing = [...report.unavailable, ...report.limitsHit];
  if (missing.length > 0) parts.push(`<p>${escapeHtml(formatTemplate(t('partial'), { missing: missing.join(', ') }))}</p>`);
  parts.push(`<p><small>${escapeHtml(t('footer'))}</small></p>`);
  return parts.join('\n');
}

/** The whole draft, or `undefined` when the policy names no mailbox (the actions are hidden then). */
export function buildReportDraft(input: ReportDraftInput): ReportDraft | undefined {
  const to = input.policy.report.mailbox;
  if (!to) return undefined;
  return { to, subject: buildReportSubject(input), htmlBody: buildReportBody(input) };
}

/**
 * For a brand that takes reports by email only (no report page): a message to that address with the
 * original attached. No Defender prefix: this goes outside the organization, to people, not to Defender.
 */
export function buildBrandReportDraft(input: Omit<ReportDraftInput, 'policy' | 'classification'>): ReportDraft | undefined {
  const brand = input.report.brand;
  const to = brand?.report.email;
  if (!brand || !to) return undefined;
  const subject = `${BRAND_TEXT.subject[input.language].replace('{brand}', brand.name)}: ${oneLine(input.originalSubject).slice(0, MAX_ORIGINAL_SUBJECT_IN_REPORT)}`;
  const body = formatTemplate(BRAND_TEXT.body[input.language], { brand: brand.name });
  return { to, subject: subject.slice(0, MAX_REPORT_SUBJECT_LENGTH), htmlBody: `<p>${escapeHtml(body)}</p>` };
}

const BRAND_TEXT = {
  subject: { en: 'Phishing using the {brand} name', it: 'Phishing che usa il nome {brand}' },
  body: {
    en: 'Hello, I received the attached message, which pretends to come from {brand}. It is attached unchanged, as received.',
    it: 'Buongiorno, ho ricevuto il messaggio allegato, che finge di provenire da {brand}. È allegato senza modifiche, così come è arrivato.',
  },
} as const;
