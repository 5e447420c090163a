import type { Policy } from '../../engine';
import { analyze } from '../../engine';
import type { ReadOutcome } from '../../office';
import type { PaneState } from './pane-state';

/** What the pane shows for what reading the item gave (`cancelled` never reaches here). */
export function analyzeOutcome(outcome: Exclude<ReadOutcome, { kind: 'cancelled' }>, policy: Policy): PaneState {
  switch (outcome.kind) {
    case 'message':
      return { status: 'ready', message: outcome.message, report: analyze(outcome.message, policy) };
    case 'no-item':
      return { status: 'no-item' };
    case 'unsupported':
      return { status: 'unsupported', reason: outcome.reason };
    case 'error':
      return { status: 'error', reason: outcome.reason };
  }
}
