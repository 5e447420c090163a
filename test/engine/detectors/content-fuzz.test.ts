// Property-based test for the content detectors: whatever text arrives (random, adversarial, huge), each detector
// returns well-formed findings without throwing, in time that grows linearly with the input.
import fc from 'fast-check';
import type { Detector } from '../../../src/engine';
import { accountAlertLure } from '../../../src/engine/detectors/account-alert-lure';
import { callbackLure } from '../../../src/engine/detectors/callback-lure';
import { credentialRequest } from '../../../src/engine/detectors/credential-request';
import { languageQuality } from '../../../src/engine/detectors/language-quality';
import { moneyLure } from '../../../src/engine/detectors/money-lure';
import { urgencyPressure } from '../../../src/engine/detectors/urgency-pressure';
import { FUZZ_SEED, runDetectorsTimed } from '../../support/fuzz-detectors';

const DETECTORS: readonly Detector[] = [accountAlertLure, callbackLure, credentialRequest, languageQuality, moneyLure, urgencyPressure];
/** Generous: a linear pass over 1 MB takes tens of milliseconds; a quadratic one would take minutes. */
const MAX_MS_FOR_ONE_MEGABYTE = 2_000;

/** Pieces each pattern family repeats: words of the lexicons, digits and separators, spaced letters, invisibles. */
const ADVERSARIAL_PIECES = [
  'a ', 'verifica ', 'il tuo account ', 'entro 24 ore ', 'enter your password ', '1 ', '8O8 ', 'l', 'O', '+', '-',
  ' ', '0', '(', ')', '.', 'A m a z o n ', '\u200b', 'ü', 'call ', 'if you did not authorize ', 'Dear ', '@', 'è ',
  'nella nostra sistema ', 'you have won ', '~', '*', '|', '[', ']', '#',
];

describe('content detectors under fuzzing', () => {
  it('never throw and return well-formed findings on random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 80 }), (text, subject) => {
        runDetectorsTimed(DETECTORS, { text, subject, to: 'phishing@pot' });
      }),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  });

  it('never throw on adversarial repetitions of the patterns', () => {
    const piece = fc.constantFrom(...ADVERSARIAL_PIECES);
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { maxLength: 20 }), (runs) => {
        const text = runs.map(([p, times]) => p.repeat(times)).join('');
        runDetectorsTimed(DETECTORS, { text, subject: text.slice(0, 200), to: 'mario.rossi@acme.example' });
      }),
      { seed: FUZZ_SEED, numRuns: 100 },
    );
  });

  it.each([
    ['spaces', ' '],
    ['digits', '7'],
    ['spaced digits', '1 '],
    ['letters read as digits', 'lO'],
    ['one repeated word', 'account '],
    ['a lexicon phrase', 'verifica il tuo account entro 24 ore '],
    ['single letters', 'a '],
    ['invisible characters', '\u200b'],
    ['accented letters', 'è'],
    ['emoji', '🎉'],
  ])('stay bounded on 1 MB of %s', (_name, piece) => {
    const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
    expect(runDetectorsTimed(DETECTORS, { text, subject: text.slice(0, 5_000) })).toBeLessThan(MAX_MS_FOR_ONE_MEGABYTE);
  });

  it('takes about as long for 1 MB as for the part it reads (linear, bounded)', () => {
    const small = 'verifica il tuo account 1 2 3 '.repeat(2_000);
    const large = small.repeat(16);
    runDetectorsTimed(DETECTORS, { text: small });
    const smallMs = runDetectorsTimed(DETECTORS, { text: `${small} ` });
    const largeMs = runDetectorsTimed(DETECTORS, { text: `${large} ` });
    // Everything past the scan limits is never read: 16 times the input must not cost 16 times the time.
    expect(largeMs).toBeLessThan(Math.max(50, smallMs * 8));
  });
});
