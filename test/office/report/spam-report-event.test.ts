import { registerSpamReportHandler } from '../../../src/office/report';
import type { SpamReportEnvironment, SpamReportEventLike } from '../../../src/office/report';

describe('registerSpamReportHandler', () => {
  const scope = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete scope.Office;
    delete scope.OfficeRuntime;
    delete scope.onTestReport;
  });

  it('associates the function name and hands the handler the item, the language and the policy URL', async () => {
    const associated: Record<string, (event: SpamReportEventLike) => void> = {};
    const item = { itemType: 'message', subject: 'x' };
    scope.Office = { actions: { associate: (name: string, fn: (event: SpamReportEventLike) => void) => (associated[name] = fn) }, context: { mailbox: { item }, displayLanguage: 'it-IT' } };
    const seen: SpamReportEnvironment[] = [];
    registerSpamReportHandler('onTestReport', (_event, environment) => Promise.resolve(void seen.push(environment)), () => 'https://a.example/policy.json');
    expect(Object.keys(associated)).toEqual(['onTestReport']);
    expect(typeof scope.onTestReport).toBe('function');
    associated.onTestReport?.({ completed: jest.fn() });
    await Promise.resolve();
    expect(seen).toEqual([{ item, displayLanguage: 'it-IT', policyUrl: 'https://a.example/policy.json' }]);
  });

  it('still runs the handler (which completes the event) when reading the environment throws', async () => {
    const seen: SpamReportEnvironment[] = [];
    registerSpamReportHandler('onTestReport', (_event, environment) => Promise.resolve(void seen.push(environment)), () => {
      throw new Error('no URL here');
    });
    (scope.onTestReport as (event: SpamReportEventLike) => void)({ completed: jest.fn() });
    await Promise.resolve();
    expect(seen).toEqual([{ item: undefined, displayLanguage: '', policyUrl: '' }]);
  });

  it('hands the handler OfficeRuntime.auth.getAccessToken, the API documented for event code, before Office.auth', async () => {
    const runtimeGet = jest.fn(() => Promise.resolve('from-runtime'));
    const officeGet = jest.fn(() => Promise.resolve('from-office'));
    scope.Office = { context: { mailbox: { item: null }, displayLanguage: 'en-US' }, auth: { getAccessToken: officeGet } };
    scope.OfficeRuntime = { auth: { getAccessToken: runtimeGet } };
    const seen: SpamReportEnvironment[] = [];
    registerSpamReportHandler('onTestReport', (_event, environment) => Promise.resolve(void seen.push(environment)), () => '');
    (scope.onTestReport as (event: SpamReportEventLike) => void)({ completed: jest.fn() });
    await Promise.resolve();
    await expect(seen[0]?.getAccessToken?.({ allowSignInPrompt: false, allowConsentPrompt: false })).resolves.toBe('from-runtime');
    expect(runtimeGet).toHaveBeenCalledWith({ allowSignInPrompt: false, allowConsentPrompt: false });
    expect(officeGet).not.toHaveBeenCalled();

    // A client with only Office.auth still gets a token; one with neither gets none (the report says 'sso-unavailable').
    delete scope.OfficeRuntime;
    (scope.onTestReport as (event: SpamReportEventLike) => void)({ completed: jest.fn() });
    await Promise.resolve();
    await expect(seen[1]?.getAccessToken?.({ allowSignInPrompt: false, allowConsentPrompt: false })).resolves.toBe('from-office');
    scope.Office = { context: { mailbox: { item: null }, displayLanguage: 'en-US' } };
    (scope.onTestReport as (event: SpamReportEventLike) => void)({ completed: jest.fn() });
    await Promise.resolve();
    expect(seen[2]?.getAccessToken).toBeUndefined();
  });
});
