import { createOutlookSource } from '../../src/office/outlook-source';
import { parseHeaderBlock } from '../../src/office/parse-header-block';
import { fakeItem, fakeMailbox, PHISHING_EML, supportsUpTo } from './fake-mailbox';

const context = (mailbox: ReturnType<typeof fakeMailbox>, extra: object = {}) => ({
  mailbox,
  displayLanguage: 'it-IT',
  requirements: { isSetSupported: (_name: string, version?: string) => supportsUpTo('1.14')(version ?? '1.1') },
  ...extra,
});

describe('createOutlookSource', () => {
  test('reads the current item and follows ItemChanged to the next one', async () => {
    const mailbox = fakeMailbox(fakeItem({ eml: PHISHING_EML }));
    const source = createOutlookSource(context(mailbox));
    expect(source.displayLanguage).toBe('it-IT');
    const first = await source.read(new AbortController().signal);
    expect(first.kind === 'message' && first.message.from?.address).toBe('alert@amazon-verify.top');

    const changed = jest.fn();
    const unsubscribe = source.onItemChanged(changed);
    mailbox.mailbox.item = null;
    mailbox.fire();
    expect(changed).toHaveBeenCalledTimes(1);
    await expect(source.read(new AbortController().signal)).resolves.toEqual({ kind: 'no-item' });
    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    expect(mailbox.handlers.size).toBe(0);
  });

  test('a listener that throws does not escape into Office', () => {
    const mailbox = fakeMailbox(null);
    createOutlookSource(context(mailbox)).onItemChanged(() => {
      throw new Error('boom');
    });
    expect(() => mailbox.fire()).not.toThrow();
  });

  test('isSetSupported that throws counts as unsupported', async () => {
    const item = fakeItem({ eml: PHISHING_EML });
    const source = createOutlookSource({ mailbox: fakeMailbox(item), requirements: { isSetSupported: () => { throw new Error('old host'); } } });
    const outcome = await source.read(new AbortController().signal);
    expect(item.calls).not.toContain('getAsFile');
    expect(outcome.kind === 'message' && outcome.message.unavailable).toContain('headers');
  });

  test('the Office theme colour picks dark or light', () => {
    const mailbox = fakeMailbox(null);
    expect(createOutlookSource(context(mailbox, { officeTheme: { bodyBackgroundColor: '#1F1F1F' } })).theme).toBe('dark');
    expect(createOutlookSource(context(mailbox, { officeTheme: { bodyBackgroundColor: '#ffffff' } })).theme).toBe('light');
    expect(createOutlookSource(context(mailbox)).theme).toBeUndefined();
  });
});

describe('parseHeaderBlock', () => {
  test('unfolds continuation lines and lowercases names', () => {
    expect(parseHeaderBlock('Subject: Hello\r\n world\r\nFrom: a@b.it\r\n\tc\r\nnot a header\r\n')).toEqual([
      { key: 'subject', value: 'Hello world' },
      { key: 'from', value: 'a@b.it c' },
    ]);
  });
});

describe('theme changes', () => {
  test('Mailbox 1.14: OfficeThemeChanged gives the new theme', () => {
    const mailbox = fakeMailbox(null);
    const themes: unknown[] = [];
    createOutlookSource(context(mailbox)).onThemeChanged((theme) => themes.push(theme));
    mailbox.handlers.get('officeThemeChanged')?.({ officeTheme: { bodyBackgroundColor: '#202020' } });
    expect(themes).toEqual(['dark']);
  });

  test('older clients: no subscription', () => {
    const mailbox = fakeMailbox(null);
    createOutlookSource({ mailbox, requirements: { isSetSupported: (_n: string, v?: string) => supportsUpTo('1.8')(v ?? '1.1') } }).onThemeChanged(() => undefined);
    expect(mailbox.handlers.has('officeThemeChanged')).toBe(false);
  });
});
