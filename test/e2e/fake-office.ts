// A fake office.js for the end-to-end tests: served in place of Microsoft's CDN script, it gives the built pane an
// Outlook-like Office.context whose items are real .eml files. Requirement sets decide which APIs exist, as in Outlook.

export interface FakeItem {
  /** The raw message; getAsFileAsync returns it as Base64 (Mailbox 1.14). */
  readonly eml?: string;
  /** The .eml string holds raw bytes (read as latin1), as real mail in other charsets does. */
  readonly latin1?: boolean;
  readonly itemType?: 'message' | 'appointment';
}

export interface FakeOfficeConfig {
  readonly items: readonly (FakeItem | null)[];
  readonly displayLanguage?: string;
  /** Office theme body colour, e.g. '#1f1f1f' for Outlook's dark theme. */
  readonly bodyBackgroundColor?: string;
  /** Highest Mailbox requirement set the fake client supports: '1.14', '1.8' or '1.5'. */
  readonly mailboxVersion?: string;
  /** How long Office.onReady takes to resolve, as a cold Office.js load in a slow client (default 10 ms). */
  readonly readyAfterMs?: number;
}

interface ItemParts {
  readonly itemType: string;
  readonly base64: string;
  readonly headers: string;
  readonly body: string;
  readonly isHtml: boolean;
  readonly subject: string;
  readonly from: { displayName: string; emailAddress: string } | null;
}

function splitEml(eml: string): { headers: string; body: string } {
  const normalized = eml.replace(/\r?\n/g, '\r\n');
  const end = normalized.indexOf('\r\n\r\n');
  return end < 0 ? { headers: normalized, body: '' } : { headers: normalized.slice(0, end), body: normalized.slice(end + 4) };
}

function headerValue(headers: string, name: string): string {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(headers);
  return match?.[1]?.replace(/\r\n[ \t]+/g, ' ').trim() ?? '';
}

function toParts(item: FakeItem): ItemParts {
  const eml = item.eml ?? '';
  const { headers, body } = splitEml(eml);
  const fromHeader = headerValue(headers, 'from');
  const address = /<([^>]*)>\s*$/.exec(fromHeader)?.[1] ?? fromHeader;
  const name = fromHeader.includes('<') ? fromHeader.slice(0, fromHeader.lastIndexOf('<')).trim().replace(/^"|"$/g, '') : '';
  return {
    itemType: item.itemType ?? 'message',
    base64: Buffer.from(eml.replace(/\r?\n/g, '\r\n'), item.latin1 ? 'latin1' : 'utf8').toString('base64'),
    headers,
    body,
    isHtml: /text\/html/i.test(headerValue(headers, 'content-type')),
    subject: headerValue(headers, 'subject'),
    from: address ? { displayName: name, emailAddress: address } : null,
  };
}

/** The script text served as office.js (no inline script is needed: the CSP allows this origin only). */
export function fakeOfficeScript(config: FakeOfficeConfig): string {
  const items = config.items.map((item) => (item ? toParts(item) : null));
  const settings = {
    items,
    displayLanguage: config.displayLanguage ?? 'en-US',
    bodyBackgroundColor: config.bodyBackgroundColor ?? '#ffffff',
    mailboxVersion: config.mailboxVersion ?? '1.14',
    readyAfterMs: config.readyAfterMs ?? 10,
  };
  return `(() => {
  const settings = ${JSON.stringify(settings)};
  const versionNumber = (v) => v.split('.').reduce((n, part) => n * 1000 + Number(part), 0);
  const supports = (v) => versionNumber(v) <= versionNumber(settings.mailboxVersion);
  const ok = (value) => ({ status: 'succeeded', value });
  const later = (callback, result) => setTimeout(() => callback(result), 5);
  const handlers = {};
  function makeItem(parts) {
    if (!parts) return null;
    const item = {
      itemType: parts.itemType,
      subject: parts.subject,
      from: parts.from,
      sender: parts.from,
      to: [], cc: [],
      internetMessageId: '',
      // An Exchange item id, as a message opened in read mode has (reports attach the original by it).
      itemId: 'AAMkAGFakeItem' + settings.items.indexOf(parts),
      attachments: [],
      body: {
        getAsync(coercion, callback) {
          if (coercion === 'html' && !parts.isHtml) later(callback, ok('<div>' + parts.body.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</div>'));
          else later(callback, ok(parts.body));
        },
      },
    };
    if (supports('1.8')) {
      item.getAllInternetHeadersAsync = (callback) => later(callback, ok(parts.headers));
      item.getAttachmentContentAsync = (id, callback) => later(callback, { status: 'failed', error: { message: 'no such attachment' } });
    }
    if (supports('1.14')) item.getAsFileAsync = (callback) => later(callback, ok(parts.base64));
    return item;
  }
  const composed = [];
  const mailbox = {
    item: makeItem(settings.items[0]),
    addHandlerAsync(type, handler, callback) { handlers[type] = handler; if (callback) later(callback, ok(undefined)); },
    removeHandlerAsync(type, callback) { delete handlers[type]; if (callback) later(callback, ok(undefined)); },
  };
  // Outlook's new-message form: displayNewMessageForm from Mailbox 1.6, its Async form (with a result) from 1.9.
  // https://learn.microsoft.com/en-us/javascript/api/requirement-sets/outlook/requirement-set-1.9/outlook-requirement-set-1.9
  if (supports('1.6')) mailbox.displayNewMessageForm = (parameters) => { composed.push(parameters); };
  if (supports('1.9')) mailbox.displayNewMessageFormAsync = (parameters, callback) => { composed.push(parameters); if (callback) later(callback, ok(undefined)); };
  window.__fakeOffice = {
    composed,
    setTheme(color) {
      const handler = handlers.officeThemeChanged;
      if (handler) handler({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: color } });
    },
    select(index) {
      mailbox.item = makeItem(settings.items[index] ?? null);
      const handler = handlers.olkItemSelectedChanged;
      if (handler) handler({ type: 'olkItemSelectedChanged' });
    },
  };
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      mailbox,
      displayLanguage: settings.displayLanguage,
      officeTheme: { bodyBackgroundColor: settings.bodyBackgroundColor },
      requirements: { isSetSupported: (name, version) => name === 'Mailbox' && supports(version || '1.1') },
    },
    onReady(callback) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => {
        if (callback) callback(info);
        resolve(info);
      }, settings.readyAfterMs));
    },
  };
})();
`;
}
