import type { RiskyFileKind } from '../attachments/file-extensions';
import { riskyKindOfExtension } from '../attachments/file-extensions';
import { fileExtension } from '../attachments/file-name';

/** Extensions that also end ordinary web paths ('/go/www.shop.com', '/my.app'): not evidence of a download. */
const AMBIGUOUS_IN_PATHS = new Set(['com', 'app', 'application', 'url', 'website', 'desktop', 'ws', 'html', 'htm', 'shtml', 'xhtml', 'svg']);
/** Server-side programs ('/eBayISAPI.dll?ViewItem') and Unix source tarballs ('dccd.tar.Z') are not what phishing downloads. */
const NOT_DOWNLOADS = new Set(['dll', 'ocx', 'sys', 'gz', 'tgz', 'bz2', 'xz', 'tar', 'z']);

/** Kinds worth a warning when a link downloads them. */
const DOWNLOAD_KINDS: ReadonlySet<RiskyFileKind> = new Set(['executable', 'script', 'shortcut', 'disk-image', 'macro-office', 'archive', 'device-profile']);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The risky file a link downloads, judged by its path's last segment:
 * downloadedFile('/files/Invoice.pdf.exe?x=1') => { file: 'Invoice.pdf.exe', kind: 'executable' };
 * downloadedFile('/news/today') => undefined.
 */
export function downloadedFile(pathAndQuery: string): { file: string; kind: RiskyFileKind } | undefined {
  const path = pathAndQuery.slice(0, 2048).split(/[?#]/, 1)[0] ?? '';
  const segment = safeDecode(path.slice(path.lastIndexOf('/') + 1));
  const extension = fileExtension(segment);
  if (!extension || AMBIGUOUS_IN_PATHS.has(extension) || NOT_DOWNLOADS.has(extension)) return undefined;
  const kind = riskyKindOfExtension(extension);
  return kind && DOWNLOAD_KINDS.has(kind) ? { file: segment.slice(0, 200), kind } : undefined;
}
