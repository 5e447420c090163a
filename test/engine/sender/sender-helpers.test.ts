import { DEFAULT_POLICY } from '../../../src/engine';
import {
  addressesInName,
  colleagueRole,
  titleInName,
  fromAuthentication,
  isAligned,
  isBounceAddress,
  isListRelay,
  isInternalDomain,
  organizationKeyName,
  sendingBrand,
} from '../../../src/engine/sender';
import { BUILT_IN_BRANDS } from '../../../src/engine/brands';
import { buildMessage } from '../../support/build-message';

describe('isBounceAddress', () => {
  it.each([
    'bounces+bob=acme.it@lists.example.org',
    'SRS0=HHH=TT=example.com=bob@forwarder.example',
    'prvs=1234abcd=bob@example.com',
    'bounce-123-abc@mail.shop.example',
    'MAILER-DAEMON@mx.example.org',
    'list-owner+bob=acme.it@lists.example.org',
  ])('%s is bounce machinery', (address) => expect(isBounceAddress(address)).toBe(true));

  it.each(['mario.rossi@gmail.com', 'support+it@shop.example', 'bouncer.club@events.example', 'reply-fe6410777461@reply.email.example.com'])(
    '%s is a mailbox',
    (address) => expect(isBounceAddress(address)).toBe(false),
  );

  it('stays fast on a long crafted local part', () => {
    const started = performance.now();
    isBounceAddress(`${'a-'.repeat(5000)}=@x`);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('addressesInName', () => {
  it('finds addresses and sites, addresses first', () => {
    expect(addressesInName('PayPal service@paypal.com - www.paypal.it')).toEqual([
      { text: 'service@paypal.com', host: 'paypal.com', kind: 'address' },
      { text: 'www.paypal.it', host: 'paypal.it', kind: 'domain' },
    ]);
  });

  it.each(['J.R. Smith', 'Craig R.Hughes', 'Mr.Church', 'Dott.ssa Bianchi', 'Airdrop@Lido-fi'])('finds nothing in %s', (name) => {
    expect(addressesInName(name)).toEqual([]);
  });

  it('folds look-alike letters and invisible joiners', () => {
    expect(addressesInName('s\u200bupport@аmazon.it').map((a) => a.text)).toEqual(['support@amazon.it']);
  });
});

describe('colleagueRole', () => {
  it.each([
    ['CEO', 'ceo'],
    ['Direzione Generale', 'direzione generale'],
    ['IT-Support', 'it support'],
    ['Ufficio Amministrazione', 'ufficio amministrazione'],
    ['Acme Helpdesk', 'helpdesk'],
  ])('%s => %s', (name, role) => expect(colleagueRole(name, 'acme')).toBe(role));

  it.each(['Mario Rossi', 'Zendesk Support', 'CEO Weekly Digest'])('%s is not only a role', (name) => expect(colleagueRole(name)).toBe(''));
});

describe('organization', () => {
  const policy = { ...DEFAULT_POLICY, organization: { name: 'Acme S.p.A.', domains: ['acme.it'] } };

  it('keys the name without its legal form', () => {
    expect(organizationKeyName('Acme S.p.A.')).toBe('acme');
    expect(organizationKeyName('Rossi Srl')).toBe('rossi');
    expect(organizationKeyName('AB')).toBe('');
  });

  it('tells internal hosts from look-alikes', () => {
    expect(isInternalDomain('mail.acme.it', policy)).toBe(true);
    expect(isInternalDomain('acme.it.evil.xyz', policy)).toBe(false);
    expect(isInternalDomain('notacme.it', policy)).toBe(false);
  });
});

describe('alignment and brands', () => {
  it('aligns by registrable domain', () => {
    expect(isAligned('bounce.mail.paypal.com', 'paypal.com')).toBe(true);
    expect(isAligned('paypal.com.evil.xyz', 'paypal.com')).toBe(false);
    expect(isAligned('', 'paypal.com')).toBe(false);
  });

  it('does not take a webmail address for the brand that runs the webmail', () => {
    expect(sendingBrand('mail.amazon.it', BUILT_IN_BRANDS)?.id).toBe('amazon');
    expect(sendingBrand('gmail.com', BUILT_IN_BRANDS)).toBeUndefined();
  });

  it('reads From authentication with relaxed alignment', () => {
    const message = buildMessage({
      from: 'PayPal <service@paypal.com>',
      authenticationResults: 'spf=pass smtp.mailfrom=bounce.paypal.com; dkim=pass header.d=mail.paypal.com;dmarc=pass action=none header.from=paypal.com',
    });
    expect(fromAuthentication(message)).toMatchObject({ checked: true, dmarcPass: true, alignedDkimPass: true, alignedSpfPass: true });
    expect(fromAuthentication(buildMessage({})).checked).toBe(false);
  });
});

describe('titleInName', () => {
  it.each([
    ['Giovanni Bianchi - Amministratore Delegato', 'amministratore delegato'],
    ['CEO John Smith', 'ceo'],
    ['John Smith, CEO of Acme', 'ceo'],
    ['Laura Neri (Ufficio Acquisti)', 'ufficio acquisti'],
    ['IT Helpdesk', 'it helpdesk'],
  ])('%s => %s', (name, title) => expect(titleInName(name)).toBe(title));

  it.each(['Mario Rossi', 'Presidential Travel', 'CEO Weekly Digest', 'Mario Rossi Support', 'Admin'])('%s wears no title', (name) => expect(titleInName(name)).toBe(''));
});

describe('isListRelay', () => {
  it('takes a real list (List-Id or List-Post) as a relay', () => {
    expect(isListRelay(buildMessage({ headers: [['List-Id', '<linux-man.vger.kernel.org>']] }))).toBe(true);
    expect(isListRelay(buildMessage({ headers: [['List-Id', 'Soci <soci.associazione-example.org>']] }))).toBe(true);
    expect(isListRelay(buildMessage({ headers: [['List-Post', '<mailto:users@lists.example.org>']] }))).toBe(true);
    expect(isListRelay(buildMessage({ headers: [['Precedence', 'bulk']] }))).toBe(false);
  });

  it("does not take a throwaway group named by keys mashed on a keyboard as a list", () => {
    const headers: [string, string][] = [
      ['List-ID', '<xdtcfjhvtrsdfgcgbnbxgvcbnn.bravo67.click>'],
      ['List-Post', '<https://groups.google.com/a/bravo67.click/group/xdtcfjhvtrsdfgcgbnbxgvcbnn/post>'],
    ];
    expect(isListRelay(buildMessage({ headers }))).toBe(false);
    expect(isListRelay(buildMessage({ headers: [['List-Id', '<ksjdhlasjddklaskd.uplowd.xyz>']] }))).toBe(false);
  });

  it("does not take a bulk-mail service's campaign id for a list relaying others' mail", () => {
    expect(isListRelay(buildMessage({ headers: [['List-ID', '<.7289367.xt.local>']] }))).toBe(false);
    expect(isListRelay(buildMessage({ headers: [['List-ID', 'f8f6aa42c3mc list <f8f6aa42c3.526789.list-id.mcsv.net>']] }))).toBe(false);
    // With List-Post the service relays a real discussion list.
    expect(isListRelay(buildMessage({ headers: [['List-ID', '<.7289367.xt.local>'], ['List-Post', '<mailto:club@lists.example.org>']] }))).toBe(true);
  });
});
