import { authFailure } from '../../../src/engine/detectors/auth-failure';
import { testDetector } from '../../support/detector-tester';

const o365 = (spf: string, dkim: string, dmarc: string, compauth?: string): string =>
  `spf=${spf}; dkim=${dkim};dmarc=${dmarc}${compauth ? `;compauth=${compauth}` : ''}`;
const LIST = ['List-Id', '<soci.lists.example.org>'] as [string, string];

testDetector(authFailure, {
  valid: [
    { name: 'no Authentication-Results at all (older mail, clients that strip it)', message: { from: 'Amazon <no-reply@amazon.it>' } },
    {
      name: 'everything passes for the From domain',
      message: {
        from: 'Amazon.it <conferma-spedizione@amazon.it>',
        authenticationResults: o365('pass (sender IP is 54.240.1.1) smtp.mailfrom=eu-west-1.amazonses.com', 'pass (signature was verified) header.d=amazon.it', 'pass action=none header.from=amazon.it', 'pass reason=100'),
      },
    },
    {
      name: 'ESP sends, but DKIM is aligned with a subdomain of the From (relaxed alignment)',
      message: {
        from: 'Shop <news@shop.example>',
        authenticationResults: o365('pass smtp.mailfrom=bounces.esp.example', 'pass header.d=mail.shop.example', 'none action=none header.from=shop.example'),
      },
    },
    {
      name: "Microsoft's bestguesspass counts as a pass",
      message: {
        from: 'Rossi Srl <info@rossi.example>',
        authenticationResults: o365('pass smtp.mailfrom=rossi.example', 'none (message not signed) header.d=none', 'bestguesspass action=none header.from=rossi.example', 'pass reason=109'),
      },
    },
    {
      name: 'no DMARC record, but SPF passes for the From domain itself',
      message: {
        from: 'Studio Bianchi <studio@bianchi.example>',
        authenticationResults: o365('pass smtp.mailfrom=bianchi.example', 'none header.d=none', 'none action=none header.from=bianchi.example'),
      },
    },
    {
      name: 'SPF fails after forwarding, but the aligned DKIM signature survives (DMARC passes)',
      message: {
        from: 'Bank <alerts@bank.example>',
        authenticationResults: o365('fail smtp.mailfrom=bank.example', 'pass header.d=bank.example', 'pass action=none header.from=bank.example', 'pass reason=100'),
      },
    },
    {
      name: 'mailing list mail that nothing authenticates (the list relays it)',
      message: {
        from: 'Mario <mario@personal.example>',
        headers: [LIST],
        authenticationResults: 'smtp.subspace.kernel.org; dkim=pass (2048-bit key) header.d=gmail.com header.i=@gmail.com',
      },
    },
    {
      name: "a list relay's own results for a brand's poster are the list's word, not a forgery",
      message: {
        from: 'PayPal <service@paypal.com>',
        headers: [
          LIST,
          ['Received', 'from lists.example.org by mx.acme.example'],
          ['Received', 'from mail.paypal.com by lists.example.org'],
          ['Authentication-Results', 'lists.example.org; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com'],
        ],
      },
    },
    {
      name: 'another server\'s pass for a brand when the receiving servers wrote nothing: hearsay, not a forgery',
      message: {
        from: 'PayPal <service@paypal.com>',
        headers: [
          ['Received', 'from relay.forwarder.example by mx.acme.example'],
          ['Received', 'from mail.paypal.com by relay.forwarder.example'],
          ['Authentication-Results', 'relay.forwarder.example; dmarc=pass header.from=paypal.com'],
        ],
      },
    },
    {
      name: 'an Authentication-Results that reports no method at all',
      message: { from: 'A <a@a.example>', authenticationResults: 'mx.example.org; none' },
    },
  ],
  invalid: [
    {
      name: "a pass for PayPal written below the hop from the sender's server: the sender forged it",
      message: {
        from: 'PayPal <service@paypal.com>',
        headers: [
          ['Received', 'from mail.evil.example (203.0.113.7) by AM6PEPF00001.mail.protection.outlook.com with Microsoft SMTP Server'],
          ['Authentication-Results', o365('pass smtp.mailfrom=paypal.com', 'pass header.d=paypal.com', 'pass action=none header.from=paypal.com', 'pass reason=100')],
        ],
      },
      findings: [
        { messageId: 'forged-results', severity: 'high', data: { domain: 'paypal.com', brand: 'paypal', brandName: 'PayPal' }, evidence: 'dmarc=pass header.from=paypal.com' },
      ],
    },
    {
      name: "the receiving server's failure is believed, and the sender's forged pass below it is flagged too",
      message: {
        from: 'PayPal <service@paypal.com>',
        authenticationResults: o365('fail smtp.mailfrom=paypal.com', 'none header.d=none', 'fail action=oreject header.from=paypal.com', 'fail reason=000'),
        headers: [
          ['Received', 'from mail.evil.example (203.0.113.7) by AM6PEPF00001.mail.protection.outlook.com with Microsoft SMTP Server'],
          ['Authentication-Results', 'mx.paypal-relay.example; dkim=pass header.d=paypal.com'],
        ],
      },
      findings: [
        { messageId: 'brand-spoofed', severity: 'high', evidence: 'dmarc=fail header.from=paypal.com' },
        { messageId: 'forged-results', severity: 'high', evidence: 'dkim=pass header.d=paypal.com' },
      ],
    },
    {
      name: 'DMARC fails on a brand domain: someone forges Amazon',
      message: {
        from: 'Amazon <account-update@amazon.it>',
        authenticationResults: o365('softfail (sender IP is 80.96.157.86) smtp.mailfrom=winner-win.example', 'none (message not signed) header.d=none', 'fail action=none header.from=amazon.it', 'fail reason=000'),
      },
      findings: [{ messageId: 'brand-spoofed', severity: 'high', data: { domain: 'amazon.it', brand: 'amazon', brandName: 'Amazon' }, evidence: 'dmarc=fail header.from=amazon.it' }],
    },
    {
      name: 'compauth fails on a brand domain without a DMARC verdict',
      message: {
        from: 'Amazon <no-reply@amazon.com>',
        authenticationResults: o365('none smtp.mailfrom=x.example', 'none header.d=none', 'none action=none header.from=amazon.com', 'fail reason=001'),
      },
      findings: [{ messageId: 'brand-spoofed', severity: 'high', evidence: 'compauth=fail reason=001' }],
    },
    {
      name: 'DMARC fails on an ordinary domain',
      message: {
        from: 'OTTO <newsletter@newsletter.otto.de>',
        authenticationResults: o365('softfail smtp.mailfrom=winner-win.example', 'none header.d=none', 'fail action=none header.from=newsletter.otto.de', 'fail reason=000'),
      },
      findings: [{ messageId: 'dmarc-fail', severity: 'medium', data: { domain: 'newsletter.otto.de' }, evidence: 'spf=softfail smtp.mailfrom=winner-win.example' }],
    },
    {
      name: 'a forged webmail address is not the brand that runs the webmail',
      message: {
        from: 'Mario <mario.rossi@gmail.com>',
        authenticationResults: o365('fail smtp.mailfrom=gmail.com', 'none header.d=none', 'fail action=none header.from=gmail.com', 'fail reason=000'),
      },
      findings: [{ messageId: 'dmarc-fail', severity: 'medium', data: { domain: 'gmail.com' } }],
    },
    {
      name: 'DMARC fail on a mailing list is weak (lists break signatures)',
      message: {
        from: 'Mario <mario@strict.example>',
        headers: [LIST],
        authenticationResults: o365('pass smtp.mailfrom=lists.example.org', 'fail header.d=strict.example', 'fail action=none header.from=strict.example'),
      },
      findings: [{ messageId: 'dmarc-fail', severity: 'low' }],
    },
    {
      name: "'Precedence: bulk' alone is not a list relay and excuses nothing",
      message: {
        from: 'OTTO <newsletter@otto.de>',
        headers: [['Precedence', 'bulk']],
        authenticationResults: o365('softfail smtp.mailfrom=winner-win.example', 'none header.d=none', 'fail action=none header.from=otto.de', 'fail reason=000'),
      },
      findings: [{ messageId: 'dmarc-fail', severity: 'medium' }],
    },
    {
      name: "Microsoft's composite authentication fails (no DMARC record, nothing aligned)",
      message: {
        from: 'Support <support@access-accsecurity.example>',
        authenticationResults: o365('none (sender IP is 89.144.44.2) smtp.mailfrom=thcultarfdes.co.uk', 'none (message not signed) header.d=none', 'none action=none header.from=access-accsecurity.example', 'fail reason=001'),
      },
      findings: [{ messageId: 'compauth-fail', severity: 'medium', data: { domain: 'access-accsecurity.example' } }],
    },
    {
      name: 'hard SPF fail for the From domain from a receiver that does not check DMARC',
      message: {
        from: 'Billing <billing@vendor.example>',
        authenticationResults: 'mx.example.org; spf=fail smtp.mailfrom=vendor.example',
      },
      findings: [{ messageId: 'spf-fail', severity: 'medium', data: { domain: 'vendor.example' } }],
    },
    {
      name: 'SPF fail read from Received-SPF alone',
      message: {
        from: 'Billing <billing@vendor2.example>',
        headers: [['Received-SPF', 'Fail (protection.outlook.com: domain of vendor2.example does not designate 1.2.3.4 as permitted sender)']],
      },
      findings: [{ messageId: 'spf-fail', evidence: 'spf=fail smtp.mailfrom=vendor2.example' }],
    },
    {
      name: 'everything passes, but for the ESP, not the From domain: weak',
      message: {
        from: 'Dog Chews <info@shangriladogchew.example>',
        authenticationResults: o365('pass smtp.mailfrom=eu-west-2.amazonses.com', 'pass (signature was verified) header.d=amazonses.com', 'none action=none header.from=shangriladogchew.example'),
      },
      findings: [{ messageId: 'unauthenticated', severity: 'low', data: { domain: 'shangriladogchew.example' }, evidence: 'dkim=pass header.d=amazonses.com' }],
    },
    {
      name: 'a DKIM signature of a look-alike parent does not align',
      message: {
        from: 'PayPal <service@paypal.com.secure-login.example>',
        authenticationResults: 'mx.example.org; dkim=pass header.d=paypal.com; spf=none smtp.mailfrom=secure-login.example',
      },
      findings: [{ messageId: 'unauthenticated', severity: 'low' }],
    },
    {
      name: 'a brand domain that nothing authenticates, from a receiver without DMARC',
      message: {
        from: 'Amazon <store-news@amazon.de>',
        authenticationResults: 'mx.example.org; spf=softfail smtp.mailfrom=bulk.example; dkim=none',
      },
      findings: [{ messageId: 'brand-spoofed', severity: 'medium', data: { brand: 'amazon' } }],
    },
  ],
});
