/**
 * Text from a message (display names, subjects, evidence) and from the disk (file names) reaches a terminal: an
 * ESC sequence in it could clear the screen, move the cursor or paint a fake verdict, and a bidi override could
 * reverse what the analyst reads. Every such character is shown as its escape instead:
 *   'Amazon\u001b[2J' => 'Amazon\\u001b[2J'      'gpj.exe\u202e' => 'gpj.exe\\u202e'
 * C0 and C1 controls, DEL, and the Unicode bidi controls (the bidi override, embedding and isolate characters
 * and the direction marks).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal raw
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** For human output: every unsafe character becomes a visible `\uXXXX`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * For --json lines: JSON.stringify already escapes C0 controls; the others are escaped the same way (`\u202e` is
 * valid JSON for the same character), so the parsed value is unchanged and the raw line is safe to print.
 */
export function jsonTerminalSafe(line: string): string {
  return line.replace(UNSAFE, escape);
}
