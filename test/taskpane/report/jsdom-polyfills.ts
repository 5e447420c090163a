// What browsers and Outlook have and jsdom lacks: TextDecoder/TextEncoder (the engine reads attachment names with
// them) and ResizeObserver (Fluent's MessageBar measures itself for reflow; a no-op is enough here).
import { TextDecoder, TextEncoder } from 'node:util';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

Object.assign(globalThis, { TextDecoder, TextEncoder });
if (typeof (globalThis as { ResizeObserver?: unknown }).ResizeObserver === 'undefined') {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}
