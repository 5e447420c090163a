import { unwrapRedirect } from '../../../src/engine/url';

describe('unwrapRedirect', () => {
  it.each([
    ['Safe Links', `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/a')}&data=1`, 'https://evil.example/a'],
    ['Google AMP viewer', 'https://www.google.com/amp/s/evil.example/login?x=1', 'https://evil.example/login?x=1'],
    ['Google AMP viewer over http', 'https://www.google.it/amp/evil.example/', 'http://evil.example/'],
    ['Barracuda Link Protection', 'https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fevil.example%2fx&c=E,1,abc', 'https://evil.example/x'],
    ['Cisco Secure Email', 'https://secure-web.cisco.com/1AbCdEf/https%3A%2F%2Fevil.example%2Fx', 'https://evil.example/x'],
    ['Safe Links around Google AMP', `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://www.google.com/amp/s/evil.example/')}`, 'https://evil.example/'],
  ])('%s', (_name, href, expected) => {
    expect(unwrapRedirect(href)).toBe(expected);
  });

  it.each([
    'https://www.google.com/search?q=amp',
    'https://notgoogle.example/amp/s/evil.example/',
    'https://secure-web.cisco.com/only-a-token',
    'https://secure-web.cisco.com/1AbC/https%3A%2F%2F%E0%A4%A',
  ])('leaves %s as it is', (href) => {
    expect(unwrapRedirect(href)).toBe(href);
  });
});
