/**
 * The one place the pane turns invisible characters into something a person can see. Until the engine's own function
 * (issue 13, src/engine/text) lands, this local version does the job; swap the body for a call to it then, the
 * formatter and its tests stay as they are.
 */
export interface RevealedText {
  /** The text with each invisible character replaced by a visible middle dot: 'V·e·n·m·o'. */
  readonly text: string;
  /** How many characters were replaced. */
  readonly invisibleCount: number;
}

/** Zero-width characters, joiners, soft hyphens, direction controls and byte-order marks: none of them shows. */
// eslint-disable-next-line no-misleading-character-class -- a list of single invisible code points, not combined sequences
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Shown in place of an invisible character. */
export const INVISIBLE_MARK = '·';

/** revealInvisible('V\u200be\u200bn\u200bm\u200bo') => { text: 'V·e·n·m·o', invisibleCount: 4 }. */
export function revealInvisible(text: string): RevealedText {
  let invisibleCount = 0;
  const revealed = text.replace(INVISIBLE, () => {
    invisibleCount += 1;
    return INVISIBLE_MARK;
  });
  return { text: revealed, invisibleCount };
}
