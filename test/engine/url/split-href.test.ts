import { splitHref } from '../../../src/engine/url';

describe('splitHref', () => {
  it.each([
    ['HTTP://paypal.com@0x7f.1:8080/a?b', { scheme: 'http', userinfo: 'paypal.com', host: '0x7f.1', rest: '/a?b' }],
    ['https://www.Example.com./x', { scheme: 'https', userinfo: '', host: 'www.example.com', rest: '/x' }],
    ['https://user:pw@host.example', { scheme: 'https', userinfo: 'user:pw', host: 'host.example', rest: '' }],
    ['http:\\\\evil.example\\path', { scheme: 'http', userinfo: '', host: 'evil.example', rest: '\\path' }],
    ['http:evil.example/x', { scheme: 'http', userinfo: '', host: 'evil.example', rest: '/x' }],
    ['https://[2001:db8::1]:443/x', { scheme: 'https', userinfo: '', host: '[2001:db8::1]', rest: '/x' }],
    ['ht\ttp://ex\nample.com/', { scheme: 'http', userinfo: '', host: 'example.com', rest: '/' }],
    ['mailto:a@b.example', { scheme: 'mailto', userinfo: '', host: '', rest: 'a@b.example' }],
    ['javascript:alert(1)', { scheme: 'javascript', userinfo: '', host: '', rest: 'alert(1)' }],
    ['/relative/path', { scheme: '', userinfo: '', host: '', rest: '/relative/path' }],
    ['https://a.example/x@y', { scheme: 'https', userinfo: '', host: 'a.example', rest: '/x@y' }],
  ])('%s', (href, expected) => {
    expect(splitHref(href)).toEqual(expected);
  });
});
