import type { Finding } from '../model';
import { defineDetector } from '../model';
import { SUMMONS_CUES, THREAT_CUES, URGENCY_CUES } from '../lexicon/cue-groups';
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
  severity: 'high',
  explanation: {
    en: 'Scammers invent deadlines and threats (your account will be closed, a fine, legal action) so that you act in a hurry and do not check. Real companies give you time.',
    it: 'I truffatori inventano scadenze e minacce (account chiuso, multe, azioni legali) perché tu agisca di fretta senza controllare. Le aziende vere ti lasciano il tempo.',
  },
  messages: {
    threatWithDeadline: {
      en: 'It threatens you with a deadline: “{threat}” … “{deadline}”.',
      it: 'Ti minaccia con una scadenza: “{threat}” … “{deadline}”.',
    },
    fakeSummons: {
      en: 'It is a fake summons: it accuses you of a crime (“{accusation}”) and threatens “{act}”. Police and courts do not charge anyone by email; do not answer and do not pay.',
      it: 'È una falsa convocazione: ti accusa di un reato (“{accusation}”) e minaccia “{act}”. Polizia e tribunali non accusano nessuno per email: non rispondere e non pagare.',
    },
    pressure: { en: 'It pushes you to hurry: “{phrase}”.', it: 'Ti mette fretta: “{phrase}”.' },
  },
  run(message) {
    const cues = findCues(message);
    const summons = fakeSummons(cues);
    if (summons) return [summons];
    const hits = cuesAmong(cues, URGENCY_CUES);
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

/**
 * A fake summons from the police or a court: a judicial act (an arrest warrant, a summons, criminal proceedings)
 * together with the crime it charges the reader with (child pornography, as the Polizia Postale's and Europol's
 * warnings quote). Genuine courts and lawyers write about hearings, never accuse by mail: both together are high.
 */
function fakeSummons(cues: ReturnType<typeof findCues>): Finding | undefined {
  const [act, accusation] = SUMMONS_CUES.map((cue) => cues.firstByCue.get(cue));
  if (!act || !accusation) return undefined;
  const deadline = cues.firstByCue.get('deadline');
  return {
    detectorId: 'urgency-pressure',
    messageId: 'fakeSummons',
    data: { act: act.evidence, accusation: accusation.evidence },
    severity: 'high',
    evidence: [act.evidence, accusation.evidence, ...(deadline ? [deadline.evidence] : [])],
  };
}
