export { riskyKindOfExtension, RUNNABLE_KINDS } from './file-extensions';
export type { RiskyFileKind } from './file-extensions';
export { fileExtension, fileExtensions, hasBidiControl, hasInvisibleFiller, revealInvisible } from './file-name';
export { bytesToText, sniffFileType, EXECUTABLE_TYPES } from './sniff-file-type';
export type { SniffedType } from './sniff-file-type';
export { listZipEntries, MAX_ZIP_ENTRIES } from './zip-listing';
export type { ZipEntry, ZipListing } from './zip-listing';
export { htmlTricks, oleHasMacros, pdfActiveContent } from './content-tricks';
export type { HtmlTrick } from './content-tricks';
