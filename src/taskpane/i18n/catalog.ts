import type { Severity, UnavailableData, Verdict } from '../../engine';
import type { UnsupportedReason } from '../../office';
import type { ParseErrorCode } from '../../engine';

/**
 * Every string the pane shows, one catalog per language (en.ts, it.ts). Finding wording is not here: it comes
 * from each detector's messages. {placeholders} are filled with formatTemplate.
 */
export interface Catalog {
  readonly appName: string;
  /** The verdict sentence; `withBrand` is used when the report names the impersonated brand ({brand}). */
  readonly verdict: Readonly<Record<Verdict, { readonly headline: string; readonly withBrand: string }>>;
  /**
   * Findings are counted and headed in the verdict's words: under `caution` they are "unusual details", never "red
   * flags" (a banner saying "a few unusual details" above "4 red flags" contradicts itself).
   */
  readonly flagCount: Readonly<Record<Verdict, { readonly one: string; readonly other: string }>>;
  readonly flagsHeading: Readonly<Record<Verdict, string>>;
  /** Short badge words; under `caution` and `safe` every finding shows as `low`. */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Before the strings quoted from the message. */
  readonly evidenceLabel: string;
  /** After revealed text: '4 invisible characters'. */
  readonly invisibleCount: { readonly one: string; readonly other: string };
  readonly whyLabel: string;
  readonly showMore: string;
  readonly showFewer: string;
  /** The sender under the verdict, as the person should read it. */
  readonly sender: {
    readonly from: string;
    /** The verdict is the forwarded original's: its sender is shown. */
    readonly forwardedFrom: string;
    readonly noAddress: string;
    readonly verified: string;
    readonly verifiedHint: string;
    readonly notVerified: string;
    readonly notVerifiedHint: string;
    readonly notChecked: string;
    readonly notCheckedHint: string;
  };
  readonly guidanceHeading: string;
  readonly detailsHeading: string;
  readonly details: {
    readonly sender: string;
    readonly replyTo: string;
    readonly returnPath: string;
    readonly none: string;
    readonly authHeading: string;
    readonly authNotAvailable: string;
    readonly authNoHeader: string;
    readonly linksHeading: string;
    readonly linkShows: string;
    readonly linkOpens: string;
    readonly linkSite: string;
    readonly noLinks: string;
    readonly attachmentsHeading: string;
    readonly noAttachments: string;
    readonly bytes: string;
  };
  /** While Office.js is starting inside Outlook (cold loads take seconds). */
  readonly connecting: string;
  readonly loading: string;
  readonly partialHeading: string;
  readonly unavailable: Readonly<Record<UnavailableData, string>>;
  readonly limitsHit: string;
  readonly detectorErrors: string;
  readonly error: { readonly title: string; readonly body: string; readonly retry: string };
  readonly unsupported: Readonly<Record<UnsupportedReason, string>> & { readonly title: string };
  readonly noItem: string;
  readonly preview: {
    readonly banner: string;
    readonly dropPrompt: string;
    readonly pick: string;
    readonly another: string;
    readonly loadFailed: string;
    readonly parseError: Readonly<Record<ParseErrorCode, string>>;
  };
}
