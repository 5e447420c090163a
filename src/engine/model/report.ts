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
}
