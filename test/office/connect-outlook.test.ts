import { hostInfoOf, isOpenedByOfficeHost } from '../../src/office/host-info';
import { connectOutlook, OFFICE_READY_TIMEOUT_MS } from '../../src/office/outlook-source';

// Cold Office.js loads of 10-15 s are reported: a page Outlook opened waits for Office.onReady as long as it takes;
// only a page opened in a plain browser gives up and shows the preview.

const at = (search: string, hash = ''): { location: { search: string; hash: string }; name: string } => ({ location: { search, hash }, name: '' });

describe('host detection (Office.js\'s _host_Info)', () => {
  it('reads _host_Info from the query or the fragment, as Outlook on the web and classic Outlook pass it', () => {
    expect(hostInfoOf(at('?_host_Info=Outlook$Web$16.01$it-IT$$$$0').location)).toBe('Outlook$Web$16.01$it-IT$$$$0');
    expect(hostInfoOf(at('?et=&_host_Info=Outlook%24Win32%2416.02%24en-US%24%24%24%240').location)).toBe('Outlook$Win32$16.02$en-US$$$$0');
    expect(hostInfoOf(at('', '#_host_Info=Outlook$Mac$16.00$en-US$$$$0').location)).toBe('Outlook$Mac$16.00$en-US$$$$0');
    expect(isOpenedByOfficeHost(at('?_host_Info=Outlook$Web$16.01$en-US$$$$0'))).toBe(true);
  });

  it('remembers it through window.name (Office.js keeps hostInfo there) and through a host bridge', () => {
    expect(isOpenedByOfficeHost({ location: { search: '', hash: '' }, name: JSON.stringify({ hostInfo: 'Outlook|Web|16.01|en-US' }) })).toBe(true);
    expect(isOpenedByOfficeHost({ location: { search: '', hash: '' }, external: { GetHostInfo: () => 'Outlook$Win32$16.02$en-US' } })).toBe(true);
  });

  it('is false in a plain browser, the preview page included', () => {
    expect(isOpenedByOfficeHost(at(''))).toBe(false);
    expect(isOpenedByOfficeHost(at('?eml=fixtures/a.eml&lang=it'))).toBe(false);
    expect(isOpenedByOfficeHost({ location: { search: '', hash: '' }, name: 'not json', external: {} })).toBe(false);
  });
});

describe('connectOutlook', () => {
  let ready: ((info: { host: unknown }) => void) | undefined;
  const office = {
    HostType: { Outlook: 'Outlook' },
    context: { mailbox: { item: null }, displayLanguage: 'it-IT', requirements: { isSetSupported: () => true } },
    onReady: (callback: (info: { host: unknown }) => void) => {
      ready = callback;
      return new Promise(() => undefined);
    },
  };

  beforeEach(() => {
    jest.useFakeTimers();
    ready = undefined;
    (globalThis as Record<string, unknown>).Office = office;
  });
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('opened by Outlook: still waiting long after the preview timeout, then connects when onReady resolves', async () => {
    let settled: unknown = 'pending';
    const connecting = connectOutlook({ hosted: true }).then((source) => (settled = source));
    await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS * 4);
    expect(settled).toBe('pending');
    ready?.({ host: 'Outlook' });
    await connecting;
    expect(settled).toMatchObject({ host: 'outlook', displayLanguage: 'it-IT' });
  });

  it('in a plain browser: gives up after the timeout and shows the preview', async () => {
    const connecting = connectOutlook({ hosted: false });
    await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS + 1);
    await expect(connecting).resolves.toBeNull();
  });

  it('a host that is not Outlook gives the preview', async () => {
    const connecting = connectOutlook({ hosted: true });
    ready?.({ host: 'Word' });
    await expect(connecting).resolves.toBeNull();
  });
});
