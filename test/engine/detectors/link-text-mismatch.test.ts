import { linkTextMismatch } from '../../../src/engine/detectors/link-text-mismatch';
import { testDetector } from '../../support/detector-tester';

const safeLinks = (target: string): string =>
  `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02&reserved=0`;

testDetector(linkTextMismatch, {
  valid: [
    { name: 'text and link show the same domain', message: { html: '<a href="https://www.amazon.it/orders">www.amazon.it</a>' } },
    { name: 'subdomain of the shown domain', message: { html: '<a href="https://smile.amazon.it/x">amazon.it</a>' } },
    { name: 'text without a domain', message: { html: '<a href="https://evil.example/x">Click here</a>' } },
    { name: 'newsletter "View in browser" tracked link', message: { html: '<a href="https://us1.list-manage.com/track?u=1">View in browser</a>' } },
    { name: 'ESP click tracker behind a shown domain', message: { html: '<a href="https://click.sendgrid.net/ls/click?upn=x">www.shop.example</a>' } },
    { name: 'Safe Links wrapping the shown domain', message: { html: `<a href="${safeLinks('https://www.paypal.com/signin')}">www.paypal.com</a>` } },
    { name: 'plain-text URLs are their own text', message: { text: 'Go to https://www.example.com/a and https://other.example.org' } },
    { name: 'mailto link showing an address', message: { html: '<a href="mailto:help@shop.example">help@shop.example</a>' } },
    { name: 'a site named inside a sentence is not an address', message: { html: '<a href="https://clickthru.news.example/Click?q=1">Top CIOs talk at CNET News.com</a>' } },
    { name: 'one brand, two of its own domains', message: { html: '<a href="https://www.amazon.com/gp/help">www.amazon.it</a>' } },
    {
      name: "an airline's own click tracker behind a government address it shows",
      message: { from: 'Delta Air Lines <DeltaAirLines@t.delta.example>', html: '<a href="https://click.t.delta.example/u/?qs=eyJ">tsa.gov</a>' },
    },
    {
      name: "a platform's own tracker behind a creator's short link, DMARC passing",
      message: {
        from: 'Magpie Tech via Kickstarter <notification@kickstarter.com>',
        authenticationResults: 'mx.example; dkim=pass header.d=kickstarter.com; dmarc=pass header.from=kickstarter.com',
        html: '<a href="https://emails.kickstarter.com/ss/c/u001.XBit">https://cutt.ly/1r5JNjcn</a>',
      },
    },
    {
      name: "an airline named by its initials' domain, its own tracker behind its other site, DMARC passing",
      message: {
        from: 'The Skyline Air Club <club@crm.sa.example>',
        authenticationResults: 'mx.example; dkim=pass header.d=crm.sa.example; dmarc=pass header.from=crm.sa.example',
        html: '<a href="http://click.crm.sa.example/?qs=133c06">www.skylineair.example/club/reward-flights</a>',
      },
    },
  ],
  invalid: [
    {
      name: "initials that spell the domain, but DMARC failing for it: anyone may have written that From",
      message: {
        from: 'The Skyline Air Club <club@crm.sa.example>',
        authenticationResults: 'mx.example; dkim=fail header.d=crm.sa.example; dmarc=fail header.from=crm.sa.example',
        html: '<a href="http://click.crm.sa.example/?qs=133c06">www.skylineair.example/club/reward-flights</a>',
      },
      findings: [{ messageId: 'mismatch', data: { shown: 'skylineair.example', actual: 'sa.example' } }],
    },
    {
      name: "a brand named by its site over a link to the sender's own site is weak",
      message: { from: 'Michael Robertson <michaelr@lindows.com>', html: 'Buy it at <a href="http://www.lindows.com/walmart">Walmart.com</a> for $299.' },
      findings: [{ messageId: 'mismatch', severity: 'low', data: { shown: 'walmart.com', actual: 'lindows.com', brand: 'walmart' } }],
    },
    {
      name: "a brand's full address over the sender's own tracker stays high",
      message: {
        from: 'Billing <no-reply@notification.circle.so>',
        html: '<a href="https://email.notification.circle.so/c/eJwUy02">https://billing.spotify.com/account/payment/update</a>',
      },
      findings: [{ messageId: 'mismatch', severity: 'high', data: { shown: 'spotify.com', actual: 'circle.so', brand: 'spotify' } }],
    },
    {
      name: "text shows a brand's address, link opens another site",
      message: { html: '<a href="http://amazon-secure-login.xyz/signin">https://www.amazon.com/signin</a>' },
      findings: [{ messageId: 'mismatch', severity: 'high', data: { shown: 'amazon.com', actual: 'amazon-secure-login.xyz', brand: 'amazon' } }],
    },
    {
      name: 'an ordinary site shown, another opened, in personal mail',
      message: { html: '<a href="https://files.other.example/doc">www.shop.example</a>' },
      findings: [{ messageId: 'mismatch', severity: 'medium', data: { shown: 'shop.example', actual: 'other.example' } }],
    },
    {
      name: 'a partner site behind a name in a newsletter is weak',
      message: { html: '<a href="http://www.lindows.example/walmart">Walmart.example</a>', headers: [['List-Unsubscribe', '<mailto:u@news.example>']] },
      findings: [{ messageId: 'mismatch', severity: 'low' }],
    },
    {
      name: 'click-counting redirect path is weak',
      message: { html: '<a href="http://ummail4.media.example/Click?q=41-qq">Dilbert.example</a>' },
      findings: [{ messageId: 'mismatch', severity: 'low' }],
    },
    {
      name: 'Safe Links hiding the real destination',
      message: { html: `<a href="${safeLinks('https://amaz0n-verify.top/login')}">www.amazon.it</a>` },
      findings: [{ messageId: 'mismatch', data: { shown: 'amazon.it', actual: 'amaz0n-verify.top' }, evidence: 'amaz0n-verify.top' }],
    },
    {
      name: 'Proofpoint v2 wrapper',
      message: { html: '<a href="https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_login&d=x">intesasanpaolo.com</a>' },
      findings: [{ messageId: 'mismatch', data: { shown: 'intesasanpaolo.com', actual: 'evil.example' } }],
    },
    {
      name: 'Google redirector',
      message: { html: '<a href="https://www.google.com/url?q=https://phish.example.net/x">www.poste.it</a>' },
      findings: [{ messageId: 'mismatch', data: { shown: 'poste.it', actual: 'example.net' } }],
    },
    {
      name: 'an address shown over a bare IP address',
      message: { html: '<a href="http://192.0.2.44/secure/login.php">www.intesasanpaolo.com</a>' },
      findings: [{ messageId: 'mismatch', severity: 'high', data: { shown: 'intesasanpaolo.com', actual: '192.0.2.44' } }],
    },
    {
      name: 'an ordinary address shown over a bare IP address',
      message: { html: '<a href="http://198.51.100.9:8080/track">https://www.shop.example/ordini</a>' },
      findings: [{ messageId: 'mismatch', severity: 'medium', data: { shown: 'shop.example', actual: '198.51.100.9' } }],
    },
    {
      name: "a brand's address over the sender's own domain is still a mismatch",
      message: { from: 'Servizio <info@avvisi-clienti.example>', html: '<a href="https://avvisi-clienti.example/r?id=1">www.poste.it</a>' },
      findings: [{ messageId: 'mismatch', severity: 'high', data: { shown: 'poste.it', actual: 'avvisi-clienti.example' } }],
    },
    {
      name: "the sender's own domain does not vouch when its DMARC failed",
      message: {
        from: 'Delta Air Lines <DeltaAirLines@t.delta.example>',
        authenticationResults: 'mx.example; spf=fail smtp.mailfrom=t.delta.example; dkim=none; dmarc=fail header.from=t.delta.example',
        html: '<a href="https://click.t.delta.example/u/?qs=eyJ">tsa.gov</a>',
      },
      findings: [{ messageId: 'mismatch', data: { shown: 'tsa.gov', actual: 'delta.example' } }],
    },
    {
      name: 'a community platform anyone posts through does not vouch for the bank address it shows',
      message: {
        from: 'LedgerPay <no-reply@notification.community.example>',
        authenticationResults: 'mx.example; dkim=pass header.d=community.example; dmarc=pass header.from=community.example',
        html: '<a href="https://email.notification.community.example/c/eJwUy0">https://homebank.argenta.be/webapp/verify</a>',
      },
      findings: [{ messageId: 'mismatch', data: { shown: 'argenta.be', actual: 'community.example' } }],
    },
    {
      name: 'same pair reported once',
      message: { html: '<a href="https://bad.example/1">amazon.it</a> <a href="https://bad.example/2">amazon.it</a>' },
      findings: [{ messageId: 'mismatch' }],
    },
  ],
});
