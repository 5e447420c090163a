/// <reference types="office-js" />
import type { MessageItemLike } from '../office-item';

/**
 * The integrated Report button (ReportPhishingCommandSurface, Mailbox 1.14) as src/commands sees it: a
 * structural event and environment, so the handler is tested with fakes and only this file touches Office.
 */

/**
 * Office.MailboxEnums.MoveSpamItemTo values (CustomFolder is not used). Only moveItemTo is sent: the
 * postProcessingAction property it replaced is read only by classic Outlook on Windows builds older than the
 * Report button's minimum (Version 2404, "Implement an integrated spam-reporting add-in"; see docs/deploy.md), and
 * Outlook on the web, new Outlook and Mac do not support it (Office.SpamReportingEventCompletedOptions).
 */
export type MoveSpamItemTo = 'junkFolder' | 'deletedItemsFolder' | 'noMove';

export interface SpamReportCompletion {
  readonly moveItemTo: MoveSpamItemTo;
  /** Never delete a message because reporting failed: the person may still need it, the SOC may want it. */
  readonly onErrorDeleteItem: false;
  readonly showPostProcessingDialog: { readonly title: string; readonly description: string };
}

/** Office.SpamReportingEventArgs + MailboxEvent.completed. */
export interface SpamReportEventLike {
  readonly type?: string;
  /** true for each preprocessing-dialog option the person ticked, in manifest order. */
  readonly options?: readonly boolean[];
  readonly freeText?: string;
  completed(options: SpamReportCompletion): void;
}

/** OfficeRuntime.auth.getAccessToken, called silently (the event runtime has no UI to sign in or consent with). */
export type GetAccessTokenLike = (options: { readonly allowSignInPrompt: false; readonly allowConsentPrompt: false }) => Promise<string>;

export interface SpamReportEnvironment {
  readonly item: MessageItemLike | null | undefined;
  /** BCP 47, e.g. 'it-IT'. */
  readonly displayLanguage: string;
  /** Where policy.json lives (beside taskpane.html). */
  readonly policyUrl: string;
  /** Office's single sign-on token request, where this Outlook has one. */
  readonly getAccessToken?: GetAccessTokenLike;
}

export type SpamReportHandler = (event: SpamReportEventLike, environment: SpamReportEnvironment) => Promise<void>;

/**
 * "Initialize your Office Add-in": Office.onReady must be called for Office.js to finish initializing a page that
 * hosts add-in code, and the official spam-reporting sample (Office-Add-in-samples, outlook-spam-reporting) starts
 * its function file with it. Not awaited: the handler is registered at once either way.
 */
function startOffice(): void {
  try {
    if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady().catch(() => undefined);
  } catch {
    // An Office.js that throws here must not keep the handler from being registered.
  }
}

/**
 * "Enable single sign-on (SSO) in Outlook add-ins that use event-based activation" recommends
 * OfficeRuntime.auth.getAccessToken in event code: supported by every Outlook that supports event-based activation and
 * SSO, where Office.auth.getAccessToken reaches classic Outlook's event runtime only from Version 2111. The latter is
 * the fallback for a client that exposes only it. Neither is typed in @types/office-js's Office namespace the same way,
 * so both are read structurally.
 */
function officeGetAccessToken(): GetAccessTokenLike | undefined {
  const pick = (holder: unknown): GetAccessTokenLike | undefined => {
    const auth = holder && typeof holder === 'object' ? (holder as { auth?: { getAccessToken?: unknown } }).auth : undefined;
    const get = auth?.getAccessToken;
    return typeof get === 'function' ? (options) => (get as GetAccessTokenLike).call(auth, options) : undefined;
  };
  const globals = globalThis as { OfficeRuntime?: unknown; Office?: unknown };
  return pick(globals.OfficeRuntime) ?? pick(globals.Office);
}

/**
 * Registers the handler under the manifest's FunctionName, after starting Office.js. Classic Outlook on Windows runs
 * commands.js in its JavaScript-only runtime, where only Office.actions.associate reaches the handler; the other
 * clients load commands.html, where the global function works too.
 */
export function registerSpamReportHandler(functionName: string, handler: SpamReportHandler, policyUrl: () => string): void {
  startOffice();
  const run = (event: SpamReportEventLike): void => {
    // Nothing here may throw before the handler runs: the handler is what calls event.completed.
    let environment: SpamReportEnvironment = { item: undefined, displayLanguage: '', policyUrl: '' };
    try {
      const context = typeof Office !== 'undefined' ? Office.context : undefined;
      environment = {
        item: context?.mailbox?.item as unknown as MessageItemLike | undefined,
        displayLanguage: context?.displayLanguage || '',
        policyUrl: policyUrl(),
      };
      const getAccessToken = officeGetAccessToken();
      if (getAccessToken) environment = { ...environment, getAccessToken };
    } catch {
      // Keep the empty environment: the handler still reports what it can and completes the event.
    }
    void handler(event, environment);
  };
  (globalThis as Record<string, unknown>)[functionName] = run;
  if (typeof Office !== 'undefined' && typeof Office.actions?.associate === 'function') {
    Office.actions.associate(functionName, run);
  }
}
