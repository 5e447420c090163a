export { buildMailMessage, headerValue } from './build-mail-message';
export type { MessageParts } from './build-mail-message';
export { parseEml } from './parse-eml';
export type { ParseError, ParseErrorCode, ParseResult } from './parse-eml';
export { toMailAddress, domainOfAddress } from './address';
