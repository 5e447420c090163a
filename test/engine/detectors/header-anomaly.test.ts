import { headerAnomaly } from '../../../src/engine/detectors/header-anomaly';
import { testDetector } from '../../support/detector-tester';

const DMARC_PASS = 'mx.example; spf=pass smtp.mailfrom=accounts.google.com; dkim=pass header.d=accounts.google.com; dmarc=pass header.from=accounts.google.com';

testDetector(headerAnomaly, {
  valid: [
    { name: 'a classifieds relay with a hex id', message: { from: 'Craigslist reply <3f8a1c2b9d7e4f60a1b2@sale.craigslist.example>' } },
    { name: 'a marketplace relay host with a random id', message: { from: 'Anna <a7k2p9q4x8@reply.subito.example>' } },
    { name: 'an ordinary sender', message: { from: 'Mario Rossi <mario@rossi.example>' } },
    { name: 'a quoted name with a comma', message: { from: '"Rossi, Mario" <mario@rossi.example>' } },
    { name: "an old client's unquoted 'Surname, Given'", message: { from: 'Rossi, Mario <mario@rossi.example>' } },
    { name: 'a comment with a comma in the Sender header', message: { headers: [['Sender', 'mario@rossi.example (Mario Rossi, sales)']] } },
    { name: 'a domain under a private suffix', message: { from: 'Ville Skyttä <ville.skytta@iki.fi>' } },
    { name: 'a bare address', message: { from: 'ups@ups.example' } },
    { name: "a machine's own report from a single-label host", message: { from: 'Cron Daemon <root@backup-01>' } },
    {
      name: 'a dotted domain the receiving server checked',
      message: { from: 'Mario Rossi <mario@rossi.example>', authenticationResults: 'mx.example; spf=pass smtp.mailfrom=rossi.example; dmarc=pass header.from=rossi.example' },
    },
    {
      name: 'a list address in the subject of list mail',
      message: {
        subject: 'Re: posting to soci@lists.example',
        to: 'soci@lists.example',
        headers: [['List-Id', '<soci.lists.example>'], ['List-Post', '<mailto:soci@lists.example>']],
      },
    },
    { name: 'another address in the subject', message: { subject: 'Write to help@shop.example for returns', to: 'bob@acme.example' } },
    { name: 'a longer address that ends like the recipient', message: { subject: 'Invite for jimbob@acme.example', to: 'bob@acme.example' } },
    { name: 'a CamelCase mailbox', message: { from: 'Acme <DoNotReply@acme.example>' } },
    { name: 'an acronym then a word', message: { from: 'Acme <ITSupport@acme.example>' } },
    { name: 'a webmail user with a name and a year', message: { from: 'Maria <maria_rossi_1978@gmail.com>' } },
    { name: 'a bounce-style serial with long digits', message: { from: 'News <Online#3.19578.34-UgGTgZFN19NAr9RR.1@newsletter.online.example>' } },
    { name: "a brand's own mailbox in mixed case", message: { from: 'eBay <eBayUK@ebay.co.uk>' } },
    { name: 'a name and a number', message: { from: 'Jane <jkonan1157@konan.example>' } },
    { name: 'a word with one digit group', message: { from: 'Web <web2mail@shop.example>' } },
    { name: 'a ticket id after a separator', message: { from: 'Support <order-12a4b5c@help.example>' } },
    { name: 'a camel-case name with Mc', message: { from: 'John <JohnMcDonald@family.example>' } },
    { name: 'acronyms around a word', message: { from: 'Fox <FOXSportsFLASH@fox.example>' } },
    { name: 'a lowercase surname with a consonant cluster', message: { from: 'Anna <bstrzelczyk@uni.example>' } },
    { name: 'no headers from an older Outlook client', message: { from: 'Broken, x <a@b.example>', unavailable: ['headers'] } },
  ],
  invalid: [
    {
      name: 'a brand name, a stray comma and underscore before the address',
      message: { from: 'Microsoft account team ,_<no-reply@access-security.example>' },
      findings: [{ messageId: 'several-senders', severity: 'medium', evidence: 'Microsoft account team ,_<no-reply@access-security.example>' }],
    },
    {
      name: 'a stray word after the name',
      message: { from: 'WOW TV, jehd <service@friends.example>' },
      findings: [{ messageId: 'several-senders', severity: 'medium' }],
    },
    {
      name: 'two mailboxes, the first one the reader’s own',
      message: { from: 'Rossmann <bob@acme.example>, Rossmann <service@friends.example>' },
      findings: [{ messageId: 'several-senders' }],
    },
    {
      name: 'a quoted address then the real one',
      message: { from: '"Transport@GLS.de", service@friends.example' },
      findings: [{ messageId: 'several-senders' }],
    },
    {
      name: 'a broken Sender header',
      message: { from: 'Cloud Storage <newsletter@prewitt.example>', headers: [['Sender', '" Cloud Storage", è <newsletter@prewitt.example>']] },
      findings: [{ messageId: 'several-senders', evidence: 'Sender:' }],
    },
    {
      name: 'a sender name with no address at all',
      message: { from: 'Dating Club' },
      findings: [{ messageId: 'unreadable-from', severity: 'medium', data: { from: 'Dating Club' } }],
    },
    {
      name: 'a domain with characters no domain has',
      message: { from: '<Todays@Winner!>' },
      findings: [{ messageId: 'invalid-domain', severity: 'medium', data: { domain: 'winner!' } }],
    },
    {
      name: 'a single word as the domain on mail the receiving server checked',
      message: {
        from: 'Correios <notifica@correios>',
        authenticationResults: 'mx.example; spf=none smtp.mailfrom=correios; dkim=none; dmarc=none header.from=correios',
      },
      findings: [{ messageId: 'invalid-domain', severity: 'medium', data: { domain: 'correios' }, evidence: 'correios' }],
    },
    {
      name: 'an underscore in the domain',
      message: { from: 'Bradesco <sac123@mail_server.example>' },
      findings: [{ messageId: 'invalid-domain', data: { domain: 'mail_server.example' } }],
    },
    {
      name: 'a serial mailbox made by a bulk kit',
      message: { from: 'Lowes <Vanmeter_Cecilia_34003@ansafroul76.taounat.example>' },
      findings: [{ messageId: 'generated-mailbox', severity: 'medium', evidence: 'Vanmeter_Cecilia_34003@' }],
    },
    {
      name: 'an offer code mailbox',
      message: { from: 'Sirius XM <NEW_OFFRE_7_53920@ssmile.example>' },
      findings: [{ messageId: 'generated-mailbox' }],
    },
    {
      name: 'random letters in mixed case',
      message: { from: 'Health Watch <lrkCxNhN@deck.social.example>' },
      findings: [{ messageId: 'generated-mailbox', data: { from: 'lrkCxNhN@deck.social.example' } }],
    },
    {
      name: 'random letters after a newsletter prefix',
      message: { from: 'Albert Heijn <newsletters.AwCVe@helm.example>' },
      findings: [{ messageId: 'generated-mailbox' }],
    },
    {
      name: 'lowercase letters and digits shuffled together',
      message: { from: 'Home Insurance <0pc5pmhs5zcn@acid.rates.example>' },
      findings: [{ messageId: 'generated-mailbox', severity: 'medium', evidence: '0pc5pmhs5zcn@acid.rates.example' }],
    },
    {
      name: 'digits between letters twice',
      message: { from: 'Rate Kick <eon4ukm59w5v@love.watch.example>' },
      findings: [{ messageId: 'generated-mailbox' }],
    },
    {
      name: 'mixed case with two unreadable runs',
      message: { from: 'Renewal <nOsuPjv@deck.social.example>' },
      findings: [{ messageId: 'generated-mailbox', data: { from: 'nOsuPjv@deck.social.example' } }],
    },
    {
      name: 'mixed case with consonant clusters',
      message: { from: 'Big Savings <monkZVkwl@power.works.example>' },
      findings: [{ messageId: 'generated-mailbox' }],
    },
    {
      name: 'a capitalized string without a vowel',
      message: { from: 'Pills <Qsfxjtwk@eaux.media.example>' },
      findings: [{ messageId: 'generated-mailbox' }],
    },
    {
      name: "the reader's address pasted into the subject",
      message: { from: 'Prize Team <win@promo.example>', subject: 'bob@acme.example, please verify', to: 'bob@acme.example' },
      findings: [{ messageId: 'recipient-in-subject', severity: 'medium', data: { address: 'bob@acme.example' } }],
    },
    {
      name: 'the address read from Delivered-To when To is hidden',
      message: { subject: 'Gewinn für BOB@acme.example!', to: 'undisclosed-recipients:;', headers: [['Delivered-To', 'bob@acme.example']] },
      findings: [{ messageId: 'recipient-in-subject', data: { address: 'bob@acme.example' } }],
    },
    {
      name: "a bulk kit's Precedence header does not make a list",
      message: { subject: 'bob@acme.example, Belohnung steht noch aus', to: 'bob@acme.example', headers: [['Precedence', 'bulk'], ['List-Id', 'x1y2z3 <List management>']] },
      findings: [{ messageId: 'recipient-in-subject', severity: 'medium' }],
    },
    {
      name: 'a service that passes DMARC naming the account is only a weak signal',
      message: {
        from: 'Google <no-reply@accounts.google.com>',
        subject: 'Security alert for bob@acme.example',
        to: 'bob@acme.example',
        authenticationResults: DMARC_PASS,
      },
      findings: [{ messageId: 'recipient-in-subject', severity: 'low' }],
    },
    {
      name: "Microsoft's best guess is not a DMARC pass",
      message: {
        from: 'Prize <win@promo.example>',
        subject: 'bob@acme.example, claim now',
        to: 'bob@acme.example',
        authenticationResults: 'spf=pass smtp.mailfrom=promo.example; dkim=pass header.d=promo.example;dmarc=bestguesspass action=none header.from=promo.example',
      },
      findings: [{ messageId: 'recipient-in-subject', severity: 'medium' }],
    },
    {
      name: 'one finding when both tricks are used, the broken sender first',
      message: { from: 'Prize, _ <x@promo.example>', subject: 'bob@acme.example you won', to: 'bob@acme.example' },
      findings: [{ messageId: 'several-senders' }],
    },
  ],
});

describe('generated host labels in the sender domain', () => {
  testDetector(headerAnomaly, {
    valid: [
      { name: 'a named mail host', message: { from: 'Shop <news@mail.shop-example.com>' } },
      { name: 'an ESP host with one number', message: { from: 'Shop <news@em1234.shop-example.com>' } },
      { name: 'webmail is never judged by host', message: { from: 'Anna <anna@mail.gmail.com>' } },
    ],
    invalid: [
      {
        name: 'letters and digits shuffled in the host label',
        message: { from: 'Centro Account <no-reply@qz7hx2kp.mailrelay-eu.example>' },
        findings: [{ messageId: 'generated-host', severity: 'medium', evidence: 'qz7hx2kp' }],
      },
      {
        name: 'a host label of consonants only',
        message: { from: 'Account Services <info@xkqzvbtp.shop-news.net>' },
        findings: [{ messageId: 'generated-host', severity: 'medium' }],
      },
    ],
  });
});

describe('a bounce address generated for the message', () => {
  testDetector(headerAnomaly, {
    valid: [
      { name: "an ESP's bounce address with separators", message: { from: 'Shop <news@shop.example>', headers: [['Return-Path', '<bounces+4711-ab12=acme.example@em123.shop.example>']] } },
      { name: "a mail service's id with dashes", message: { from: 'Shop <news@shop.example>', headers: [['Return-Path', '<0100018c2f3a-4b5c6d7e-000000@amazonses.com>']] } },
      { name: 'a named bounce mailbox', message: { from: 'Shop <news@shop.example>', headers: [['Return-Path', '<bounce@mail.shop.example>']] } },
      { name: 'a webmail user picks their own mailbox', message: { from: 'Anna <anna@gmail.com>', headers: [['Return-Path', '<k8r2xq7p9@gmail.com>']] } },
      { name: 'a relay host with a random id', message: { from: 'Anna <anna@reply.market.example>', headers: [['Return-Path', '<a7k2p9q4x8@reply.market.example>']] } },
    ],
    invalid: [
      {
        name: 'random letters in mixed case, beside a From that reads as a word',
        message: { from: 'Window Deals <offers@deck.social.example>', headers: [['Return-Path', '<BrCTrCHE@deck.social.example>']] },
        findings: [{ messageId: 'generated-return-path', severity: 'medium', evidence: 'Return-Path: BrCTrCHE@deck.social.example', data: { address: 'BrCTrCHE@deck.social.example' } }],
      },
      {
        name: 'letters and digits shuffled, beside a generated From',
        message: { from: 'Renewal <nOsuPjv@pier.social.example>', headers: [['Return-Path', 'b662ea1s1rt3@pier.social.example']] },
        findings: [{ messageId: 'generated-mailbox', severity: 'medium' }, { messageId: 'generated-return-path', severity: 'medium' }],
      },
    ],
  });
});
