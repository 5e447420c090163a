// Types for the npm `punycode` package, imported as 'punycode/' (with the slash) so that Node does not pick its
// deprecated built-in module of the same name.
declare module 'punycode/' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
