import type { SpamReportDeps } from '../../src/commands/handle-spam-report';
import { handleSpamReport } from '../../src/commands/handle-spam-report';
import type { ReportPayload } from '../../src/commands/report-payload';
import { environment, fakeEvent, fakeItem, PHISHING_EML, policyWith, quietLog, toBase64 } from './fake-spam-report';
import { deadLoopbackUrl, startLoopbackServer } from './loopback-server';

const NOW = new Date('2026-11-25T10:00:00Z');

function deps(overrides: Partial<SpamReportDeps>): SpamReportDeps {
  return { loadPolicy: policyWith({}), post: fetch, now: () => NOW, log: quietLog, ...overrides };
}

describe('handleSpamReport (integrated Report button)', () => {
  it('delivers the report to the endpoint, moves the message as the policy says and teaches back the red flags', async () => {
    const server = await startLoopbackServer((_req, res) => res.writeHead(204).end());
    try {
      const event = fakeEvent([true, true, false, false, false], 'Mi chiedeva la password');
      await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }) }));

      expect(server.received).toHaveLength(1);
      const request = server.received[0]!;
      expect(request.method).toBe('POST');
      expect(request.contentType).toBe('application/json');
      const payload = JSON.parse(request.body) as ReportPayload;
      expect(payload.schema).toBe('occhio.report/2');
      // No SSO in this build: no token, and the payload says so plainly.
      expect(request.authorization).toBeUndefined();
      expect(payload.identity).toEqual({ token: 'none', reason: 'sso-not-configured', errorCode: null });
      expect(payload.reportedAt).toBe('2026-11-25T10:00:00.000Z');
      expect(payload.classification).toBe('phishing');
      expect(payload.reasons).toEqual(['phishing', 'asks-for-secrets']);
      expect(payload.freeText).toBe('Mi chiedeva la password');
      expect(payload.eml).toBe(toBase64(PHISHING_EML));
      expect(payload.emlOmitted).toBeNull();
      expect(payload.message?.messageId).toBe('<fake-1@amaz0n-verifica.com>');
      expect(['safe', 'caution', 'suspicious', 'dangerous']).toContain(payload.verdict);
      expect(payload.findings.length).toBeGreaterThan(0);
      for (const finding of payload.findings) expect(finding.evidence.length).toBeGreaterThan(0);

      expect(event.calls).toHaveLength(1);
      const completion = event.calls[0]!;
      expect(completion.moveItemTo).toBe('junkFolder');
      // moveItemTo alone: postProcessingAction is unsupported in Outlook on the web, new Outlook and Mac.
      expect(completion).not.toHaveProperty('postProcessingAction');
      expect(completion.onErrorDeleteItem).toBe(false);
      expect(completion.showPostProcessingDialog.title).toBe('Reported: thank you!');
      expect(completion.showPostProcessingDialog.description).toContain('What Occhio noticed:');
      expect(completion.showPostProcessingDialog.description).toContain('moved to Junk Email');
    } finally {
      await server.close();
    }
  });

  it('keeps the message in place and says so when the server is down', async () => {
    const event = fakeEvent();
    await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: await deadLoopbackUrl(), moveAfterReport: 'deleted' }) }));
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]!.moveItemTo).toBe('noMove');
    expect(event.calls[0]!.showPostProcessingDialog.title).toBe('The report could not be sent');
    expect(event.calls[0]!.showPostProcessingDialog.description).toContain('stays where it is');
  });

  it('gives up on a server that does not answer, within the delivery timeout', async () => {
    const server = await startLoopbackServer(() => undefined); // never responds
    try {
      const event = fakeEvent();
      const started = Date.now();
      await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }), deliveryTimeoutMs: 200 }));
      expect(Date.now() - started).toBeLessThan(5000);
      expect(event.calls).toHaveLength(1);
      expect(event.calls[0]!.moveItemTo).toBe('noMove');
      expect(event.calls[0]!.showPostProcessingDialog.title).toBe('The report could not be sent');
    } finally {
      await server.close();
    }
  });

  it('treats an HTTP error answer as a failed delivery', async () => {
    const server = await startLoopbackServer((_req, res) => res.writeHead(500).end('boom'));
    try {
      const event = fakeEvent();
      await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }) }));
      expect(server.received).toHaveLength(1);
      expect(event.calls[0]!.moveItemTo).toBe('noMove');
    } finally {
      await server.close();
    }
  });

  it('reports a too-large message without its .eml but with the verdict and findings', async () => {
    const server = await startLoopbackServer((_req, res) => res.writeHead(200).end());
    try {
      const event = fakeEvent();
      await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }), maxEmlBytes: 100 }));
      const payload = JSON.parse(server.received[0]!.body) as ReportPayload;
      expect(payload.eml).toBeNull();
      expect(payload.emlOmitted).toBe('too-large');
      expect(payload.emlBytes).toBe(Buffer.byteLength(PHISHING_EML, 'utf8'));
      expect(payload.verdict).not.toBeNull();
      expect(event.calls[0]!.moveItemTo).toBe('junkFolder');
      expect(event.calls[0]!.showPostProcessingDialog.description).toContain('without the original message (it is too large)');
    } finally {
      await server.close();
    }
  });

  it('still reports what Outlook knows when the message cannot be exported', async () => {
    const server = await startLoopbackServer((_req, res) => res.writeHead(200).end());
    try {
      const event = fakeEvent();
      await handleSpamReport(event, environment(fakeItem(new Error('The item could not be exported'))), deps({ loadPolicy: policyWith({ endpoint: server.url }) }));
      const payload = JSON.parse(server.received[0]!.body) as ReportPayload;
      expect(payload.eml).toBeNull();
      expect(payload.emlOmitted).toBe('unavailable');
      expect(payload.verdict).toBeNull();
      expect(payload.message).toEqual({ subject: 'Il tuo account Amazon è stato sospeso', from: 'alert@amaz0n-verifica.com', messageId: '<fake-1@amaz0n-verifica.com>', date: '' });
      expect(event.calls).toHaveLength(1);
      expect(event.calls[0]!.showPostProcessingDialog.title).toBe('Reported: thank you!');
    } finally {
      await server.close();
    }
  });

  it('without an endpoint, moves the message, teaches back and says the team was not notified', async () => {
    const post = jest.fn();
    const event = fakeEvent();
    await handleSpamReport(event, environment(), deps({ loadPolicy: policyWith({ endpoint: '', mailbox: 'soc@acme.it', moveAfterReport: 'deleted' }), post }));
    expect(post).not.toHaveBeenCalled();
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]!.moveItemTo).toBe('deletedItemsFolder');
    expect(event.calls[0]!.moveItemTo).toBe('deletedItemsFolder');
    expect(event.calls[0]).not.toHaveProperty('postProcessingAction');
    expect(event.calls[0]!.showPostProcessingDialog.description).toContain('Report to security team');
  });

  it('speaks Italian in an Italian Outlook', async () => {
    const event = fakeEvent();
    await handleSpamReport(event, environment(fakeItem(), 'it-IT'), deps({}));
    expect(event.calls[0]!.showPostProcessingDialog.title).toBe('Grazie per la segnalazione');
    expect(event.calls[0]!.showPostProcessingDialog.description).toContain('Cosa ha notato Occhio');
  });

  it('classifies a report as junk when the person only ticked "spam"', async () => {
    const server = await startLoopbackServer((_req, res) => res.writeHead(200).end());
    try {
      await handleSpamReport(fakeEvent([false, false, false, false, true], ''), environment(), deps({ loadPolicy: policyWith({ endpoint: server.url }) }));
      expect((JSON.parse(server.received[0]!.body) as ReportPayload).classification).toBe('junk');
    } finally {
      await server.close();
    }
  });

  it('calls event.completed exactly once even when the policy loader and the clock throw', async () => {
    const event = fakeEvent();
    await handleSpamReport(event, environment(null), deps({ loadPolicy: () => Promise.reject(new Error('offline')) }));
    expect(event.calls).toHaveLength(1);

    const event2 = fakeEvent();
    await handleSpamReport(event2, environment(), deps({ loadPolicy: policyWith({ endpoint: 'https://soar.acme.it/x' }), now: () => { throw new Error('clock'); } }));
    expect(event2.calls).toHaveLength(1);
    expect(event2.calls[0]!.moveItemTo).toBe('noMove');
    expect(event2.calls[0]!.showPostProcessingDialog.title).toBe('The report could not be sent');
  });

  it('survives an event.completed that throws', async () => {
    const event = { ...fakeEvent(), completed: () => { throw new Error('host gone'); } };
    await expect(handleSpamReport(event, environment(), deps({}))).resolves.toBeUndefined();
  });

  describe('with single sign-on configured', () => {
    const SSO = { clientId: 'c6c1f32b-5e55-4997-881a-753cc1d563b7', resource: 'api://addin.acme.it/c6c1f32b-5e55-4997-881a-753cc1d563b7' };
    const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl';

    it('sends the reporter’s token as Authorization: Bearer, asked silently, and says so in the payload', async () => {
      const server = await startLoopbackServer((_req, res) => res.writeHead(202).end());
      try {
        const getAccessToken = jest.fn(() => Promise.resolve(TOKEN));
        const event = fakeEvent();
        await handleSpamReport(event, { ...environment(), getAccessToken }, deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }), sso: SSO }));
        expect(getAccessToken).toHaveBeenCalledWith({ allowSignInPrompt: false, allowConsentPrompt: false });
        expect(server.received[0]!.authorization).toBe(`Bearer ${TOKEN}`);
        const payload = JSON.parse(server.received[0]!.body) as ReportPayload;
        expect(payload.identity).toEqual({ token: 'bearer', reason: null, errorCode: null });
        // The token travels in the header only.
        expect(server.received[0]!.body).not.toContain(TOKEN);
        expect(event.calls[0]!.moveItemTo).toBe('junkFolder');
      } finally {
        await server.close();
      }
    });

    it('still delivers, marked unauthenticated with the error code, when Office gives no token', async () => {
      const server = await startLoopbackServer((_req, res) => res.writeHead(202).end());
      try {
        const getAccessToken = (): Promise<string> => Promise.reject(Object.assign(new Error('The user is not signed into Office.'), { code: 13001 }));
        const event = fakeEvent();
        await handleSpamReport(event, { ...environment(), getAccessToken }, deps({ loadPolicy: policyWith({ endpoint: server.url, moveAfterReport: 'junk' }), sso: SSO }));
        expect(server.received).toHaveLength(1);
        expect(server.received[0]!.authorization).toBeUndefined();
        expect((JSON.parse(server.received[0]!.body) as ReportPayload).identity).toEqual({ token: 'none', reason: 'sso-failed', errorCode: 13001 });
        expect(event.calls[0]!.showPostProcessingDialog.title).toBe('Reported: thank you!');
      } finally {
        await server.close();
      }
    });

    it('does not wait past the identity timeout for a token that never comes', async () => {
      const server = await startLoopbackServer((_req, res) => res.writeHead(202).end());
      try {
        const event = fakeEvent();
        const started = Date.now();
        await handleSpamReport(
          event,
          { ...environment(), getAccessToken: () => new Promise<string>(() => undefined) },
          deps({ loadPolicy: policyWith({ endpoint: server.url }), sso: SSO, identityTimeoutMs: 100 }),
        );
        expect(Date.now() - started).toBeLessThan(5000);
        expect((JSON.parse(server.received[0]!.body) as ReportPayload).identity).toEqual({ token: 'none', reason: 'sso-timeout', errorCode: null });
      } finally {
        await server.close();
      }
    });
  });
});
