import { throwawayDestination } from '../../../src/engine/url';

describe('throwawayDestination', () => {
  it.each([
    ['https://bit.ly/3Yw04dm', 'bit.ly', 'shortener'],
    ['http://203.0.113.9/login', '203.0.113.9', 'ip'],
    ['https://evil-login.web.app/', 'evil-login.web.app', 'free-hosting'],
    ['https://www.google.com/url?q=https://platform3355.top/1wq4W8&sa=D', 'platform3355.top', 'abused-tld'],
  ])('%s lands on %s (%s)', (href, place, reason) => {
    expect(throwawayDestination(href)).toEqual({ place, reason });
  });

  it.each(['https://www.enel.it/area-clienti', 'mailto:help@example.com', 'https://amzn.to/3xYz', '/relative'])('%s is not a throwaway', (href) => {
    expect(throwawayDestination(href)).toBeUndefined();
  });
});
