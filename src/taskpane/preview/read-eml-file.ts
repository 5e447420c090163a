import type { Policy } from '../../engine';
import { analyze, parseEml } from '../../engine';
import type { PaneState } from '../model/pane-state';

/** The same parse + analyze as Outlook's path and the CLI, for bytes the person dropped or a ?eml= URL gave. */
export async function analyzeEmlBytes(bytes: Uint8Array, policy: Policy): Promise<PaneState> {
  const parsed = await parseEml(bytes);
  if (!parsed.ok) return { status: 'unreadable', code: parsed.error.code };
  return { status: 'ready', message: parsed.message, report: analyze(parsed.message, policy) };
}
