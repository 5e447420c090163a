// The web-platform globals the engine relies on, declared with only the members it uses, for its own type check
// (src/engine/tsconfig.json: ECMAScript library only, no DOM, no Node types). Every runtime the engine runs in has
// them: browsers and Outlook's webviews, Node 20, and classic Outlook's JavaScript-only runtime through the Report
// button's polyfills (src/commands/runtime-polyfills.ts). Anything else from the DOM or Node is a type error here.
// The repository's main tsconfig excludes this file: there the DOM library declares the same names in full.

/** WHATWG URL: https://url.spec.whatwg.org/#url-class */
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
}

/** WHATWG URLSearchParams, read-only use: https://url.spec.whatwg.org/#interface-urlsearchparams */
interface URLSearchParams {
  get(name: string): string | null;
}

/** WHATWG Encoding: https://encoding.spec.whatwg.org/#interface-textdecoder */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** WHATWG Encoding: https://encoding.spec.whatwg.org/#interface-textencoder */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
