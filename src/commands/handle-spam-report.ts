import type { MailMessage, Policy, PostReportMove, Report, UiLanguage } from '../engine';
import { analyze, DEFAULT_POLICY, parseEml } from '../engine';
import { base64ToBytes } from '../office/base64';
import type { LoadedPolicy, MoveSpamItemTo, SpamReportCompletion, SpamReportEnvironment, SpamReportEventLike } from '../office/report';
import { settle } from '../office/settle';
import type { DeliveryResult, PostFetch } from './deliver-report';
import { deliverReport, DELIVERY_TIMEOUT_MS } from './deliver-report';
import type { DeliveryOutcome } from './post-report-dialog';
import { buildPostReportDialog } from './post-report-dialog';
import { classificationFor, MAX_FREE_TEXT_LENGTH, selectedReasons } from './reasons';
import type { EmlOmitted, MessageSummary } from './report-payload';
import { buildReportPayload } from './report-payload';
import type { SsoConfig } from './reporter-identity';
import { IDENTITY_TOKEN_TIMEOUT_MS, requestReporterIdentity } from './reporter-identity';

/**
 * The original travels base64-encoded inside JSON (a third larger); webhooks and SOAR intakes commonly refuse
 * requests over 10-25 MB. A larger message is reported without its .eml (the SOC still gets the verdict,
 * the findings and the Message-ID to find it), rather than not at all.
 */
export const MAX_EML_BYTES_SENT = 8 * 1024 * 1024;
/** Downloading a whole message can take long on a slow link; Outlook shows its progress meanwhile. */
export const READ_TIMEOUT_MS = 30_000;
/** The analysis reads at most this much of the message (parseEml's own limit would truncate anyway). */
const MAX_BASE64_ANALYZED = 4 * Math.ceil((30 * 1024 * 1024) / 3);

export interface SpamReportDeps {
  readonly loadPolicy: (url: string) => Promise<LoadedPolicy>;
  readonly post: PostFetch | undefined;
  readonly now: () => Date;
  readonly log: { error(...args: unknown[]): void; warn(...args: unknown[]): void };
  readonly maxEmlBytes?: number;
  readonly deliveryTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  /** Single sign-on as the build configured it; undefined: reports go unauthenticated and say so. */
  readonly sso?: SsoConfig;
  readonly identityTimeoutMs?: number;
}

const MOVES: Readonly<Record<PostReportMove, { moveItemTo: MoveSpamItemTo }>> = {
  junk: { moveItemTo: 'junkFolder' },
  deleted: { moveItemTo: 'deletedItemsFolder' },
  none: { moveItemTo: 'noMove' },
};

export function uiLanguageFor(displayLanguage: string, policy: Policy): UiLanguage {
  if (policy.language) return policy.language;
  return displayLanguage.toLowerCase().startsWith('it') ? 'it' : 'en';
}

/** 'SGk=' => 2: the decoded size, without decoding. */
function base64ByteLength(base64: string): number {
  const clean = base64.replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** When the .eml cannot be read or parsed, the item's own fields still let the SOC find the message. */
function summaryFromItem(item: SpamReportEnvironment['item']): MessageSummary | undefined {
  if (!item || typeof item.subject !== 'string') return undefined;
  return {
    subject: item.subject,
    from: item.from?.emailAddress ?? '',
    messageId: item.internetMessageId ?? '',
    date: item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toISOString() : '',
  };
}

function summaryOf(message: MailMessage): MessageSummary {
  return { subject: message.subject, from: message.from?.address ?? '', messageId: message.messageId, date: message.date };
}

interface Analysis {
  readonly message: MessageSummary | undefined;
  readonly report: Report | undefined;
  readonly emlBase64: string | undefined;
  readonly emlBytes: number;
  readonly emlOmitted: EmlOmitted | undefined;
}

async function readAndAnalyze(environment: SpamReportEnvironment, policy: Policy, deps: SpamReportDeps): Promise<Analysis> {
  const item = environment.item;
  const file =
    item && typeof item.getAsFileAsync === 'function'
      ? await settle<string>((cb) => item.getAsFileAsync?.(cb), deps.readTimeoutMs ?? READ_TIMEOUT_MS)
      : ({ ok: false, reason: 'this Outlook cannot export the message (Mailbox 1.14)' } as const);
  if (!file.ok || !file.value) {
    deps.log.warn(`[Occhio] report: cannot read the message: ${file.ok ? 'empty file' : file.reason}`);
    return { message: summaryFromItem(item), report: undefined, emlBase64: undefined, emlBytes: 0, emlOmitted: 'unavailable' };
  }
  const emlBytes = base64ByteLength(file.value);
  const tooLarge = emlBytes > (deps.maxEmlBytes ?? MAX_EML_BYTES_SENT);
  let message: MessageSummary | undefined;
  let report: Report | undefined;
  try {
    const parsed = await parseEml(base64ToBytes(file.value.slice(0, MAX_BASE64_ANALYZED).replace(/=+$/, '')));
    if (parsed.ok) {
      message = summaryOf(parsed.message);
      report = analyze(parsed.message, policy);
    } else {
      deps.log.warn(`[Occhio] report: cannot parse the message: ${parsed.error.reason}`);
    }
  } catch (error) {
    deps.log.warn(`[Occhio] report: analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    message: message ?? summaryFromItem(item),
    report,
    emlBase64: tooLarge ? undefined : file.value,
    emlBytes,
    emlOmitted: tooLarge ? 'too-large' : undefined,
  };
}

/**
 * The integrated Report button (OnSpamReport): reads the message as .eml (getAsFileAsync), runs the same
 * engine as the pane, delivers the report to policy.report.endpoint, moves the message as the policy says,
 * and shows a dialog that teaches back the red flags. It calls event.completed exactly once on every path,
 * failures included: Outlook keeps its "reporting..." state until it does. A failed delivery leaves the
 * message where it is, so the person can try again.
 */
export async function handleSpamReport(event: SpamReportEventLike, environment: SpamReportEnvironment, deps: SpamReportDeps): Promise<void> {
  let done = false;
  const complete = (completion: SpamReportCompletion): void => {
    if (done) return;
    done = true;
    try {
      event.completed(completion);
    } catch (error) {
      deps.log.error('[Occhio] report: event.completed threw', error);
    }
  };
  let language: UiLanguage = uiLanguageFor(environment.displayLanguage, DEFAULT_POLICY);
  try {
    let policy = DEFAULT_POLICY;
    try {
      policy = (await deps.loadPolicy(environment.policyUrl)).policy;
    } catch (error) {
      deps.log.warn('[Occhio] report: policy not loaded, using defaults', error);
    }
    language = uiLanguageFor(environment.displayLanguage, policy);
    const reasons = selectedReasons(event.options);
    const analysis = await readAndAnalyze(environment, policy, deps);

    let outcome: DeliveryOutcome = 'not-configured';
    if (policy.report.endpoint) {
      const reporter = await requestReporterIdentity(environment.getAccessToken, deps.sso, deps.identityTimeoutMs ?? IDENTITY_TOKEN_TIMEOUT_MS);
      if (deps.sso && !reporter.accessToken) {
        deps.log.warn(`[Occhio] report: sent without the reporter's token (${reporter.identity.reason}${reporter.identity.errorCode ? ` ${reporter.identity.errorCode}` : ''}): ${reporter.detail ?? ''}`);
      }
      const payload = buildReportPayload({
        reportedAt: deps.now(),
        classification: classificationFor(reasons),
        reasons,
        freeText: (event.freeText ?? '').slice(0, MAX_FREE_TEXT_LENGTH),
        message: analysis.message,
        report: analysis.report,
        emlBase64: analysis.emlBase64,
        emlBytes: analysis.emlBytes,
        emlOmitted: analysis.emlOmitted,
        displayLanguage: environment.displayLanguage,
        language,
        identity: reporter.identity,
      });
      const result: DeliveryResult = deps.post
        ? await deliverReport(policy.report.endpoint, JSON.stringify(payload), deps.post, deps.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS, reporter.accessToken)
        : { ok: false, failure: 'network', reason: 'this runtime has no fetch' };
      if (!result.ok) deps.log.warn(`[Occhio] report: delivery failed (${result.failure}): ${result.reason}`);
      outcome = result.ok ? 'delivered' : 'failed';
    }

    const move: PostReportMove = outcome === 'failed' ? 'none' : policy.report.moveAfterReport;
    const dialog = buildPostReportDialog({
      outcome,
      report: analysis.report,
      emlOmitted: outcome === 'delivered' ? analysis.emlOmitted : undefined,
      move,
      mailboxConfigured: policy.report.mailbox !== '',
      language,
    });
    complete({ ...MOVES[move], onErrorDeleteItem: false, showPostProcessingDialog: dialog });
  } catch (error) {
    deps.log.error('[Occhio] report: unexpected failure', error);
    complete({
      ...MOVES.none,
      onErrorDeleteItem: false,
      showPostProcessingDialog: buildPostReportDialog({ outcome: 'failed', report: undefined, emlOmitted: undefined, move: 'none', mailboxConfigured: false, language }),
    });
  }
}
