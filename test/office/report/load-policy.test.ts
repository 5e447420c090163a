import { DEFAULT_POLICY } from '../../../src/engine';
import type { FetchLike } from '../../../src/office/report';
import { loadPolicy, policyUrlBeside } from '../../../src/office/report';

const URL_ = 'https://addin.acme.it/occhio/policy.json';

function answering(status: number, body: string): FetchLike {
  return () => Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });
}

function logger() {
  return { info: jest.fn(), warn: jest.fn() };
}

describe('loadPolicy', () => {
  it('finds policy.json beside the page, with or without a URL parser', () => {
    expect(policyUrlBeside('https://addin.acme.it/occhio/taskpane.html?et=1#x')).toBe(URL_);
    const saved = globalThis.URL;
    try {
      (globalThis as { URL?: unknown }).URL = undefined;
      expect(policyUrlBeside('https://addin.acme.it/occhio/taskpane.html?et=1#x')).toBe(URL_);
      expect(policyUrlBeside('https://addin.acme.it/occhio/')).toBe(URL_);
    } finally {
      globalThis.URL = saved;
    }
  });

  it('applies a valid file', async () => {
    const log = logger();
    const loaded = await loadPolicy(URL_, answering(200, '{"report":{"mailbox":"soc@acme.it"}}'), log);
    expect(loaded.source).toBe('file');
    expect(loaded.problems).toEqual([]);
    expect(loaded.policy.report.mailbox).toBe('soc@acme.it');
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('runs on defaults without a file, and tells the console why', async () => {
    const log = logger();
    const loaded = await loadPolicy(URL_, answering(404, 'Not found'), log);
    expect(loaded).toEqual({ policy: DEFAULT_POLICY, source: 'defaults', problems: [`no policy file at ${URL_}`] });
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('404'));
  });

  it.each([
    ['a server error', answering(500, ''), 'answered HTTP 500'],
    ['broken JSON', answering(200, '{"report": '), 'is not valid JSON'],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
    ['an oversized file', answering(200, ' '.repeat(600 * 1024)), 'larger than'],
  ] as [string, FetchLike, string][])('runs on defaults after %s and warns', async (_name, fetchImpl, reason) => {
    const log = logger();
    const loaded = await loadPolicy(URL_, fetchImpl, log);
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(loaded.source).toBe('defaults');
    expect(loaded.problems[0]).toContain(reason);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining(reason));
  });

  it('keeps valid fields and names the broken ones in the console', async () => {
    const log = logger();
    const loaded = await loadPolicy(URL_, answering(200, '{"report":{"mailbox":"soc","moveAfterReport":"junk"}}'), log);
    expect(loaded.policy.report.moveAfterReport).toBe('junk');
    expect(loaded.policy.report.mailbox).toBe('');
    expect(loaded.problems).toEqual(["report.mailbox: must be an email address (like soc@acme.it), got 'soc'"]);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('report.mailbox'));
  });

  it('gives up on a server that does not answer', async () => {
    const log = logger();
    const never: FetchLike = () => new Promise(() => undefined);
    const loaded = await loadPolicy(URL_, never, log, 50);
    expect(loaded.source).toBe('defaults');
    expect(loaded.problems[0]).toContain('no answer within 50 ms');
  });

  it('runs on defaults where there is no fetch at all', async () => {
    const loaded = await loadPolicy(URL_, undefined, logger());
    expect(loaded.source).toBe('defaults');
  });
});
