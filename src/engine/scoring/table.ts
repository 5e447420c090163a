import type { FeatureName } from './features';

/** Score at or above which each verdict applies (the policy's defaults; admins may change them). */
export interface Thresholds {
  readonly caution: number;
  readonly suspicious: number;
  readonly dangerous: number;
}

/**
 * The score table: integer points per line (features.ts says what each line means), and the thresholds chosen with
 * them. Written by `npm run calibrate` into score-table.ts, reviewed and committed like code. Typed by the
 * detectors' ids and message ids, so a line naming a finding that no detector reports fails the type check.
 */
export interface ScoreTable {
  readonly thresholds: Thresholds;
  readonly points: Readonly<Partial<Record<FeatureName, number>>>;
}
