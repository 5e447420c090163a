import { registerSpamReportHandler } from '../../../src/office/report';
import type { SpamReportEnvironment, SpamReportEventLike } from '../../../src/office/report';

describe('registerSpamReportHandler', () => {
  const scope = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete scope.Office;
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
});
