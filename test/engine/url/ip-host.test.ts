import { ipHost } from '../../../src/engine/url';

describe('ipHost', () => {
  it.each([
    ['10.0.0.1', { form: 'ipv4', address: '10.0.0.1' }],
    ['0x7f.1', { form: 'obfuscated', address: '127.0.0.1' }],
    ['3232235777', { form: 'obfuscated', address: '192.168.1.1' }],
    ['0300.0250.01.01', { form: 'obfuscated', address: '192.168.1.1' }],
    ['0x40785ee0', { form: 'obfuscated', address: '64.120.94.224' }],
    ['010036057336', { form: 'obfuscated', address: '64.120.94.222' }],
    ['[::1]', { form: 'ipv6', address: '[::1]' }],
  ])('%s is an IP host', (host, expected) => {
    expect(ipHost(host)).toEqual(expected);
  });

  it.each(['amazon.it', 'dead.beef.cafe', 'cafe.de', 'a1.example', '999.999.999.999', 'face.b00c', ''])('%s is not', (host) => {
    expect(ipHost(host)).toBeUndefined();
  });
});
