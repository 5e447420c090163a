import type { Brand } from './brand';
import type { Finding } from './finding';
import type { Localized } from './localized';
import type { UnavailableData } from './mail-message';

export const VERDICTS = ['safe', 'caution', 'suspicious', 'dangerous'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface DetectorError {
  readonly detectorId: string;
  readonly error: string;
}

/** The message a forward carries, when the verdict comes from it (see analyze). */
export interface ForwardedOriginalSummary {
  /** 'attachment': a message/rfc822 part; 'inline': a header block the forwarder's mail app wrote into the body. */
  readonly via: 'attachment' | 'inline';
  /** The original sender as the forward shows it (display name, and address when shown). */
  readonly from: string;
  readonly subject: string;
}

export interface Report {
  readonly verdict: Verdict;
  readonly score: number;
  /** Red flags, the ones that decided the verdict first. */
  readonly findings: readonly Finding[];
  /** The brand the message claims to be, when one was recognised. */
  readonly brand?: Brand;
  /** What to do, for this verdict and brand, in every UI language. */
  readonly guidance: readonly Localized[];
  /** Detectors that threw; the rest of the analysis went on. */
  readonly errors: readonly DetectorError[];
  /** Limits hit and data not available: the analysis is partial when either is non-empty. */
  readonly limitsHit: readonly string[];
  readonly unavailable: readonly UnavailableData[];
  /** Set when the message forwards another one and the verdict is the forwarded original's. */
  readonly forwardedOriginal?: ForwardedOriginalSummary;
}
