import { displayNameSpoof } from '../../../src/engine/detectors/display-name-spoof';
import { testDetector } from '../../support/detector-tester';

testDetector(displayNameSpoof, {
  valid: [
    { name: 'a plain personal name', message: { from: 'Mario Rossi <mario@rossi.example>' } },
    { name: 'the address repeated as the name', message: { from: '"mario@rossi.example" <mario@rossi.example>' } },
    { name: "the brand's own site name over its own subdomain", message: { from: 'Amazon.it <conferma-ordine@mail.amazon.it>' } },
    { name: 'another domain of the same brand', message: { from: 'amazon.com <store-news@amazon.it>' } },
    { name: 'initials that look like a host', message: { from: 'Craig R.Hughes <craig@deersoft.example>' } },
    { name: 'a newsletter labelled with a non-brand site name', message: { from: 'CNET News.com <online@newsletter.online.example>' } },
    {
      name: "Google Groups 'Name via List' on a list",
      message: { from: "'mario@acme.example' via Soci <soci@googlegroups.com>", headers: [['List-Id', '<soci.googlegroups.com>']] },
    },
    { name: 'a name with a dot but no real suffix', message: { from: 'Airdrop@Lido-fi <airdrop@tenant.onmicrosoft.com>' } },
  ],
  invalid: [
    {
      name: "an invoicing platform showing the company's address, where replies go: a weak finding",
      message: {
        from: 'Evergreen Tree Care (info@evergreentreecare.com) <system@sent-via.invoicehub.com>',
        replyTo: 'info@evergreentreecare.com',
      },
      findings: [{ messageId: 'address-in-name', severity: 'low' }],
    },
    {
      name: 'a foreign address in the name, replies going elsewhere: medium',
      message: {
        from: 'Evergreen Tree Care (info@evergreentreecare.com) <system@sent-via.invoicehub.com>',
        replyTo: 'billing.evergreen@mailhost.net',
      },
      findings: [{ messageId: 'address-in-name', severity: 'medium' }],
    },
    {
      name: "a brand's address written as the name over another sender",
      message: { from: '"support@amazon.it" <info@shop-promo.example>' },
      findings: [{ messageId: 'address-in-name', severity: 'high', data: { shown: 'support@amazon.it', actual: 'info@shop-promo.example', brand: 'amazon' }, evidence: 'support@amazon.it' }],
    },
    {
      name: "'PayPal service@paypal.com' style name with a foreign address",
      message: { from: '"Billing service@billing-center.co.uk" <x@evil.xyz>' },
      findings: [{ messageId: 'address-in-name', severity: 'medium', data: { shown: 'service@billing-center.co.uk', shownDomain: 'billing-center.co.uk' } }],
    },
    {
      name: 'address hidden with invisible joiners',
      message: { from: '"d\u034fo\u034fn\u034fo\u034ft\u034fr\u034fe\u034fp\u034fl\u034fy\u034f@e\u034fv\u034fr\u034fi\u034f.c\u034fo\u034fm" <delivery@pansion.example>' },
      findings: [{ messageId: 'address-in-name', data: { shown: 'donotreply@evri.com' } }],
    },
    {
      name: "'via' outside a mailing list is just more text",
      message: { from: '"help@care-wallet.com via SurveyMonkey" <member@surveymonkeyuser.com>' },
      findings: [{ messageId: 'address-in-name', data: { shown: 'help@care-wallet.com' } }],
    },
    {
      name: "a brand's site name over another sender",
      message: { from: 'Amazon.it <servizio@amzn-rimborsi.example>' },
      findings: [{ messageId: 'domain-in-name', severity: 'medium', data: { shown: 'amazon.it', brand: 'amazon' } }],
    },
    {
      name: "the reader's own address as the sender name",
      message: { from: '"bob@acme.example" <noreply@mailbox-quota.example>', to: 'Bob <bob@acme.example>' },
      findings: [{ messageId: 'own-address-in-name', severity: 'medium', data: { shown: 'bob@acme.example', actual: 'noreply@mailbox-quota.example' } }],
    },
    {
      name: 'a webmail address in the name is a person, not the webmail brand',
      message: { from: '"Support rodrigo@hotmail.com" <notice@mailer.xyz>' },
      findings: [{ messageId: 'address-in-name', severity: 'medium', data: { shown: 'rodrigo@hotmail.com' } }],
    },
  ],
});
