import type { ForwardedField } from './forwarded-labels';
import { AMBIGUOUS_MARKERS, FORWARD_MARKERS, FORWARDED_LABELS, MAX_LABEL_CHARS, REPLY_ATTRIBUTION_ENDINGS } from './forwarded-labels';

/** The forwarder's own note comes first ("see below, is this real?" and a signature): the block starts within these lines. */
export const MAX_LINES_BEFORE_BLOCK = 60;
/** Characters searched for the block: 60 lines of a note never need more, and a crafted body cannot make the search long. */
const MAX_SCAN_CHARS = 16_000;
/** Lines of one header block: From, Sent, To, Cc, Reply-To, Subject and a few wrapped To lines. */
const MAX_BLOCK_LINES = 16;
/** A separator or header line longer than this is prose, not a separator or a label line. */
const MAX_LINE_CHARS = 2_000;

/** A header block found in a body: what it shows of the original, and where the original's body starts. */
export interface InlineBlock {
  readonly fields: ReadonlyMap<ForwardedField, string>;
  readonly body: string;
}

interface Line {
  readonly text: string;
  /** Offset just after this line's newline in the normalized body. */
  readonly end: number;
}

type Marker = 'forward' | 'ambiguous' | 'rule';

/** The lines of the first MAX_SCAN_CHARS of a body whose newlines are already '\n'. */
function headLines(body: string): Line[] {
  const lines: Line[] = [];
  const limit = Math.min(body.length, MAX_SCAN_CHARS);
  let start = 0;
  while (start < limit && lines.length < MAX_LINES_BEFORE_BLOCK + MAX_BLOCK_LINES + 4) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline + 1;
    lines.push({ text: body.slice(start, Math.min(end, start + MAX_LINE_CHARS)).trim(), end });
    start = end;
  }
  return lines;
}

/** Removes leading and trailing dashes, underscores and the colon of a separator line, without a regex. */
function separatorWords(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && '-_= '.includes(line.charAt(start))) start++;
  while (end > start && '-_=: '.includes(line.charAt(end - 1))) end--;
  return line.slice(start, end).toLowerCase();
}

/**
 * '---------- Forwarded message ---------' and 'Begin forwarded message:' => 'forward';
 * '-----Original Message-----' => 'ambiguous' (Outlook writes it in replies too);
 * '________________________________' (Outlook's rule before the block) => 'rule'.
 */
function classifySeparator(line: string): Marker | undefined {
  if (line.length < 8 || line.length > 120) return undefined;
  const words = separatorWords(line);
  if (words === '') return /^[-_]+$/.test(line) ? 'rule' : undefined;
  if (FORWARD_MARKERS.has(words)) return 'forward';
  return AMBIGUOUS_MARKERS.has(words) && line.startsWith('-') ? 'ambiguous' : undefined;
}

/** 'De: Floria <f@x.tr>' => ['from', 'Floria <f@x.tr>']; '*Subject:* Hi' => ['subject', 'Hi']; prose => undefined. */
export function labelledLine(line: string): [ForwardedField, string] | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL_CHARS + 4) return undefined;
  const label = line.slice(0, colon).replace(/\*/g, '').trim().toLowerCase();
  const field = FORWARDED_LABELS.get(label);
  if (!field) return undefined;
  let value = line.slice(colon + 1);
  if (value.startsWith('*')) value = value.slice(1); // Gmail's '*From:* name' bold marker
  return [field, value.trim()];
}

function isReplyAttribution(line: string): boolean {
  const lower = line.toLowerCase();
  return REPLY_ATTRIBUTION_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * Reads the header block starting at lines[first]: labelled lines, a wrapped line between two labelled ones (Outlook
 * web breaks a long 'From: X on behalf of Y' in two), blank lines only before the first label.
 * Valid when it shows a From and a Subject or a Date: a body line that happens to start with 'To:' is not a block.
 */
function readBlock(lines: readonly Line[], first: number): { fields: Map<ForwardedField, string>; end: number } | undefined {
  const fields = new Map<ForwardedField, string>();
  let last: ForwardedField | undefined;
  let end = -1;
  let blanksBefore = 0;
  for (let i = first; i < lines.length && i < first + MAX_BLOCK_LINES; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.text === '') {
      if (fields.size === 0 && blanksBefore++ < 2) continue;
      break;
    }
    const labelled = labelledLine(line.text);
    if (labelled) {
      const [field, value] = labelled;
      const previous = fields.get(field);
      if (previous === undefined) fields.set(field, value);
      else if (field === 'to' || field === 'cc') fields.set(field, `${previous}; ${value}`);
      last = field;
      end = line.end;
      continue;
    }
    const next = lines[i + 1];
    if (last && next && labelledLine(next.text)) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.text}`.trim());
      end = line.end;
      continue;
    }
    break;
  }
  if (!fields.has('from') || !(fields.has('subject') || fields.has('date')) || fields.size < 2) return undefined;
  return { fields, end };
}

/**
 * Finds the header block of a forwarded original near the top of a body (text part or the text a reader sees).
 * `subjectSaysForward`: the subject starts with 'Fw:', 'ENC:', 'WG:'... Without it only an explicit "forwarded message"
 * separator counts: Outlook's rule and '-----Original Message-----' also introduce the quoted message of a reply.
 * A quoted line ('>') or a reply attribution ('On Mon, Ann wrote:') before the block means a reply: none is returned.
 *
 * '\n____\nDe: Floria <f@x.tr>\nEnviado: 2 jan\nAssunto: ON MY DYING BED\n\nMay the peace...' with 'ENC: ON MY...'
 *   => fields { from: 'Floria <f@x.tr>', date: '2 jan', subject: 'ON MY DYING BED' }, body 'May the peace...'
 */
export function findInlineBlock(rawBody: string, subjectSaysForward: boolean): InlineBlock | undefined {
  const body = rawBody.replace(/\r\n?/g, '\n');
  const lines = headLines(body);
  const lastStart = Math.min(lines.length, MAX_LINES_BEFORE_BLOCK);
  for (let i = 0; i < lastStart; i++) {
    const text = lines[i]?.text ?? '';
    if (text.startsWith('>') || isReplyAttribution(text)) return undefined;
    const marker = classifySeparator(text);
    let block: ReturnType<typeof readBlock>;
    if (marker === 'forward' || (marker && subjectSaysForward)) block = readBlock(lines, i + 1);
    else if (subjectSaysForward && labelledLine(text)?.[0] === 'from') block = readBlock(lines, i);
    if (block) return { fields: block.fields, body: body.slice(block.end).trim() };
  }
  return undefined;
}
