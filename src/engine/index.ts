// The engine's public surface: everything outside src/engine imports from here.
export * from './model';
export { analyze } from './analyze';
export { parseEml, buildMailMessage, toMailAddress } from './parse';
export type { MessageParts, ParseError, ParseErrorCode, ParseResult } from './parse';
export { DETECTORS } from './detectors';
export { BUILT_IN_BRANDS } from './brands';
export { parsePolicy } from './policy';
export type { PolicyResult } from './policy';
export { registrableDomain, unwrapRedirect } from './url';
export { hasInvisible, revealInvisible } from './text/reveal-invisible';
