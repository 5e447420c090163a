// Reading an attachment's file name the way Windows does, and the tricks that make it look like something else.

/** Bidirectional controls: 'invoice\u202Etxt.exe' displays as 'invoiceexe.txt'. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Invisible characters that pad a name so its real end scrolls out of view ('doc.pdf\u2800\u2800\u2800.exe'). */
// eslint-disable-next-line no-misleading-character-class -- the invisible fillers, one by one
const INVISIBLE_FILLER = /[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u2800\u3164\ufeff\uffa0]/;

/** Longest extension we consider: 'searchconnector-ms' is 18; longer tails are not extensions. */
const MAX_EXTENSION_LENGTH = 20;

/** The name Windows sees, trimmed of trailing dots and spaces (which Windows drops): 'a.exe. ' => 'a.exe'. */
function windowsName(name: string): string {
  return name.replace(/[.\s]+$/, '');
}

/**
 * Extensions from last to first, lowercased: 'Invoice.PDF.exe' => ['exe', 'pdf']; 'README' => [].
 * At most `limit` are returned.
 */
export function fileExtensions(fileName: string, limit = 3): string[] {
  const base = windowsName(fileName.slice(-300)).split(/[\\/]/).pop() ?? '';
  const parts = base.split('.');
  parts.shift(); // the stem (or '' for '.bashrc')
  const extensions: string[] = [];
  for (let i = parts.length - 1; i >= 0 && extensions.length < limit; i -= 1) {
    const part = (parts[i] ?? '').trim().toLowerCase();
    if (part === '' || part.length > MAX_EXTENSION_LENGTH || /\s/.test(part)) break;
    extensions.push(part);
  }
  return extensions;
}

/** The last extension, '' when there is none: fileExtension('a.tar.gz') => 'gz'. */
export function fileExtension(fileName: string): string {
  return fileExtensions(fileName, 1)[0] ?? '';
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

export function hasInvisibleFiller(text: string): boolean {
  return INVISIBLE_FILLER.test(text);
}

// One function reveals invisible characters in every evidence string, file names included.
export { revealInvisible } from '../text/reveal-invisible';
