import type { HiddenText } from '../model';

/** Parses an inline style attribute into lowercased property => value ('Display: NONE' => display: 'none'). */
export function parseInlineStyle(style: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, '');
    if (name) props.set(name, value);
  }
  return props;
}

const ZERO_LENGTH = /^0*\.?0*(px|pt|em|rem|%)?$/;
const WHITE = new Set(['#fff', '#ffffff', 'white', 'rgb(255,255,255)', 'rgba(255,255,255,1)']);

function normalizeColor(value: string | undefined): string | undefined {
  return value?.replace(/\s+/g, '');
}

/**
 * Why an element with this style is invisible to a reader, or undefined when it is visible.
 * `backgroundColor` is the nearest background set by an ancestor (undefined = the default white page).
 */
export function hiddenReason(
  style: Map<string, string>,
  backgroundColor: string | undefined,
): HiddenText['reason'] | undefined {
  if (style.get('display') === 'none') return 'display-none';
  if (style.get('visibility') === 'hidden') return 'visibility-hidden';
  const fontSize = style.get('font-size');
  if (fontSize !== undefined && ZERO_LENGTH.test(fontSize)) return 'zero-size';
  const opacity = style.get('opacity');
  if (opacity !== undefined && Number.parseFloat(opacity) === 0) return 'zero-opacity';
  const maxHeight = style.get('max-height');
  if (maxHeight !== undefined && ZERO_LENGTH.test(maxHeight) && style.get('overflow') === 'hidden') return 'zero-size';
  const textIndent = style.get('text-indent');
  if (textIndent && /^-\d{3,}/.test(textIndent)) return 'offscreen';
  const color = normalizeColor(style.get('color'));
  if (color) {
    const background = normalizeColor(backgroundColor);
    if (background ? color === background : WHITE.has(color)) return 'invisible-color';
  }
  return undefined;
}

/** The background colour an element sets (background-color or the background shorthand's colour), if any. */
export function ownBackground(style: Map<string, string>, bgcolorAttribute: string | undefined): string | undefined {
  const fromStyle = style.get('background-color') ?? style.get('background')?.split(/\s+/)[0];
  return fromStyle ?? bgcolorAttribute?.toLowerCase();
}

/** What a descendant sets to show text again under an ancestor's hiding: its own font size, or its own colour. */
export type UndoableHiding = 'font-size' | 'color';

/**
 * Whether descendants can undo this element's hiding: font-size:0 (not a zero max-height, nor display:none) is undone
 * by a child's own font size ('<td style="font-size:0"><div style="font-size:14px">Your order</div>', the
 * inline-block layout of most responsive mail), and text coloured like its background by a child's own colour
 * ('<p style="color:#000"><span style="color:#fff">' on a black footer).
 */
export function undoableHiding(reason: HiddenText['reason'] | undefined, style: Map<string, string>): UndoableHiding | undefined {
  if (reason === 'zero-size') {
    const fontSize = style.get('font-size');
    if (fontSize === undefined || !ZERO_LENGTH.test(fontSize)) return undefined;
    // A preheader hidden by every means at once ('font-size:0; max-height:0; overflow:hidden') stays hidden.
    const withoutSize = new Map(style);
    withoutSize.delete('font-size');
    return hiddenReason(withoutSize, undefined) === undefined ? 'font-size' : undefined;
  }
  return reason === 'invisible-color' ? 'color' : undefined;
}

/** True when this style undoes an ancestor's `undoable` hiding: a non-zero font size, or any colour of its own. */
export function undoesHiding(undoable: UndoableHiding | undefined, style: Map<string, string>): boolean {
  if (undoable === 'font-size') {
    const fontSize = style.get('font-size');
    return fontSize !== undefined && !ZERO_LENGTH.test(fontSize) && !/^(?:inherit|unset|initial)$/.test(fontSize);
  }
  if (undoable === 'color') return style.get('color') !== undefined;
  return false;
}
