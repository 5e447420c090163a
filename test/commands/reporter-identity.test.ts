import { requestReporterIdentity } from '../../src/commands/reporter-identity';

// The Report button's single sign-on request: silent, time-bounded, and never a reason not to report.

const SSO = { clientId: 'c6c1f32b-5e55-4997-881a-753cc1d563b7', resource: 'api://addin.acme.it/c6c1f32b-5e55-4997-881a-753cc1d563b7' };
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl';

describe('requestReporterIdentity', () => {
  it('asks for no token at all when the build has no SSO', async () => {
    const getAccessToken = jest.fn(() => Promise.resolve(TOKEN));
    const result = await requestReporterIdentity(getAccessToken, undefined);
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(result).toEqual({ accessToken: undefined, identity: { token: 'none', reason: 'sso-not-configured', errorCode: null } });
  });

  it('returns the token, asked without sign-in or consent prompts (the event runtime has no UI)', async () => {
    const getAccessToken = jest.fn(() => Promise.resolve(TOKEN));
    const result = await requestReporterIdentity(getAccessToken, SSO);
    expect(getAccessToken).toHaveBeenCalledWith({ allowSignInPrompt: false, allowConsentPrompt: false });
    expect(result.accessToken).toBe(TOKEN);
    expect(result.identity).toEqual({ token: 'bearer', reason: null, errorCode: null });
  });

  it('says the client has no SSO API when Office offers none', async () => {
    expect((await requestReporterIdentity(undefined, SSO)).identity).toEqual({ token: 'none', reason: 'sso-unavailable', errorCode: null });
  });

  // Office rejects with a plain object { code, name, message } (Troubleshoot error messages for single sign-on (SSO)).
  it.each<[unknown, number | null]>([
    [{ code: 13001, message: 'The user is not signed into Office.' }, 13001],
    [{ code: '13007', message: 'The Office host was unable to get an access token.' }, 13007],
    [{ code: 13012, message: 'The add-in is running on a platform that does not support getAccessToken.' }, 13012],
    [new Error('no code at all'), null],
  ])('keeps getAccessToken’s error code (%p)', async (error, code) => {
    const result = await requestReporterIdentity(() => Promise.resolve().then((): string => { throw error; }), SSO);
    expect(result.accessToken).toBeUndefined();
    expect(result.identity).toEqual({ token: 'none', reason: 'sso-failed', errorCode: code });
    expect(result.detail).toBeTruthy();
  });

  it('treats a getAccessToken that throws synchronously like a failed one', async () => {
    const result = await requestReporterIdentity(() => {
      throw Object.assign(new Error('boom'), { code: 13000 });
    }, SSO);
    expect(result.identity).toEqual({ token: 'none', reason: 'sso-failed', errorCode: 13000 });
  });

  it('refuses something that is not a JWT rather than sending it', async () => {
    const result = await requestReporterIdentity(() => Promise.resolve('not a token'), SSO);
    expect(result.accessToken).toBeUndefined();
    expect(result.identity.reason).toBe('sso-failed');
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const result = await requestReporterIdentity(() => new Promise<string>(() => undefined), SSO, 50);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.identity).toEqual({ token: 'none', reason: 'sso-timeout', errorCode: null });
  });
});
