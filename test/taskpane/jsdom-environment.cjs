// jsdom plus the Web APIs a browser has and jsdom lacks (the engine decodes bytes with TextDecoder, as browsers do).
const { TextDecoder, TextEncoder } = require('node:util');
const JsdomEnvironment = require('jest-environment-jsdom').default;

class PaneEnvironment extends JsdomEnvironment {
  async setup() {
    await super.setup();
    if (!this.global.TextDecoder) this.global.TextDecoder = TextDecoder;
    if (!this.global.TextEncoder) this.global.TextEncoder = TextEncoder;
    if (!this.global.ResizeObserver)
      this.global.ResizeObserver = class ResizeObserver {
        observe() {}
        unobserve() {}
        disconnect() {}
      };
    if (!this.global.matchMedia) this.global.matchMedia = (query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
  }
}

module.exports = PaneEnvironment;
