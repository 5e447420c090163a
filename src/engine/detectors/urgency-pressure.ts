import type { Finding } from '../model';
import { defineDetector } from '../model';
import { THREAT_CUES, URGENCY_CUES } from '../lexicon/cue-groups';
import { cuesAmong, findCues } from '../lexicon/find-cues';

const MAX_EVIDENCE = 4;

/**
 * Deadlines and threats that push the reader to act before thinking. One urgent word is ordinary mail
 * ('please reply immediately'), so it takes two distinct cues; a threat (suspension, deletion, fines, legal
 * action) together with a deadline or a call for haste ('act immediately') is the classic lure and counts more.
 *
 * 'Il tuo account verrà sospeso entro 24 ore' => medium (a threat with a deadline).
 * 'FINAL NOTICE: respond immediately' => low (pressure without a threat).
 * 'Offer ends today, last chance!' => nothing (one cue: a shop's deadline).
 */
export const urgencyPressure = defineDetector({
  id: 'urgency-pressure',
  kind: 'content',
  title: { en: 'Pressure to act now', it: 'Pressione ad agire subito' },
  severity: 'medium',
  explanation: {
    en: 'Scammers invent deadlines and threats (your account will be closed, a fine, legal action) so that you act in a hurry and do not check. Real companies give you time.',
    it: 'I truffatori inventano scadenze e minacce (account chiuso, multe, azioni legali) perché tu agisca di fretta senza controllare. Le aziende vere ti lasciano il tempo.',
  },
  messages: {
    threatWithDeadline: {
      en: 'It threatens you with a deadline: “{threat}” … “{deadline}”.',
      it: 'Ti minaccia con una scadenza: “{threat}” … “{deadline}”.',
    },
    pressure: { en: 'It pushes you to hurry: “{phrase}”.', it: 'Ti mette fretta: “{phrase}”.' },
  },
  run(message) {
    const hits = cuesAmong(findCues(message), URGENCY_CUES);
    if (hits.length < 2) return [];
    const evidence = hits.map((hit) => hit.evidence).slice(0, MAX_EVIDENCE);
    const threat = hits.find((hit) => THREAT_CUES.includes(hit.cue));
    const deadline = hits.find((hit) => hit.cue === 'deadline') ?? hits.find((hit) => hit.cue === 'hurry');
    if (threat && deadline) {
      const finding: Finding = {
        detectorId: 'urgency-pressure',
        messageId: 'threatWithDeadline',
        data: { threat: threat.evidence, deadline: deadline.evidence },
        severity: 'medium',
        evidence,
      };
      return [finding];
    }
    const first = hits[0];
    if (!first) return [];
    return [{ detectorId: 'urgency-pressure', messageId: 'pressure', data: { phrase: first.evidence }, severity: 'low', evidence }];
  },
});
