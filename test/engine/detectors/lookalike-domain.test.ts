import { lookalikeDomain } from '../../../src/engine/detectors/lookalike-domain';
import { testDetector } from '../../support/detector-tester';

const ORG = { organization: { name: 'Acme S.p.A.', domains: ['acmeitalia.it'] } };

testDetector(lookalikeDomain, {
  valid: [
    { name: 'the brand domain itself', message: { from: 'PayPal <service@paypal.com>', html: '<a href="https://www.paypal.com/signin">Accedi</a>' } },
    { name: 'a legitimate subdomain of the brand', message: { from: 'Amazon <ship-confirm@marketplace.amazon.it>', html: '<a href="https://smile.amazon.it/x">x</a>' } },
    { name: 'brand asset host', message: { html: '<a href="https://m.media-amazon.com/images/x.png">logo</a>' } },
    { name: 'short label next to a short brand (ups vs ups-x)', message: { from: 'Ops <ops@ups-x.example>' } },
    { name: 'ordinary domain one letter from a common-word brand label', message: { html: '<a href="https://www.offices.example/rent">Uffici</a>' } },
    { name: 'common word embedded in a domain', message: { html: '<a href="https://live-news.example/today">News</a>' } },
    { name: 'unrelated domain', message: { from: 'Mario <mario@studio-rossi.it>', html: '<a href="https://www.comune.milano.it/">Comune</a>' } },
    { name: 'the organization domain itself', message: { from: 'HR <hr@acmeitalia.it>' }, policy: ORG },
    { name: 'Microsoft 365 tenant domain is not a look-alike by its own name', message: { from: 'Info <info@contoso.onmicrosoft.com>' } },
    { name: 'IP address link', message: { html: '<a href="http://192.168.1.10/admin">router</a>' } },
    { name: "Amazon's own ad domain contains its name", message: { html: '<a href="https://aax-eu.amazon-adsystem.com/x">ad</a>' } },
    { name: 'an English word one letter from a brand (abode vs adobe)', message: { from: 'Abode Homes <info@abode.example>' } },
    { name: 'telecom is a word, not a typo of telekom', message: { html: '<a href="https://www.telecom.example/">Telecom</a>' } },
    { name: 'stream is a word, not a typo of Steam', message: { from: 'Stream <hello@stream.example>' } },
    { name: 'tesa is a company, not a typo of Tesla', message: { html: '<a href="https://www.tesa.example/">tesa</a>' } },
    { name: 'a hotel booking site is not Booking.com', message: { from: 'Hotel Lago <info@hotelbooking-lago.example>' } },
    { name: 'revolution is a word, not Revolut', message: { html: '<a href="https://revolutionslider.example/">slider</a>' } },
    { name: 'Schwaben is a region, not Schwab', message: { from: 'Verein <info@schwabenland.example>' } },
    { name: 'a university host named citi', message: { from: 'CITI <citi@citi.umich.example>' } },
    { name: 'a sister domain of the organization', message: { from: 'Group HR <hr@acmeitalia-group.it>' }, policy: ORG },
    {
      name: 'Amazon order mail with its own link and image hosts',
      message: {
        from: 'Amazon.it <conferma-ordine@amazon.it>',
        html: '<a href="https://www.amazon.it/gp/css/order-history">Ordini</a><a href="https://www.aboutamazon.it/">Chi siamo</a><a href="https://amzn.eu/d/x">Traccia</a>',
      },
    },
  ],
  invalid: [
    {
      name: 'digit for a letter (paypa1.com)',
      message: { from: 'PayPal <service@paypa1.com>' },
      findings: [{ messageId: 'skeleton', severity: 'high', data: { domain: 'paypa1.com', target: 'paypal.com', brand: 'paypal' } }],
    },
    {
      name: 'rn for m (rnicrosoft.com)',
      message: { html: '<a href="https://login.rnicrosoft.com/common">Sign in</a>' },
      findings: [{ messageId: 'skeleton', severity: 'high', data: { brand: 'microsoft' }, evidence: 'login.rnicrosoft.com' }],
    },
    {
      name: 'Cyrillic letter in punycode, shown in both forms',
      message: { from: 'PayPal <service@xn--pypal-4ve.com>' },
      findings: [{ messageId: 'skeleton', severity: 'high', data: { domain: 'pаypal.com', ascii: 'xn--pypal-4ve.com', brand: 'paypal' }, evidence: 'xn--pypal-4ve.com' }],
    },
    {
      name: 'mixed scripts without a brand',
      message: { html: '<a href="https://xn--bnca-hve.example/">banca</a>' },
      findings: [{ messageId: 'mixedScript', severity: 'medium' }],
    },
    {
      name: 'one letter missing from a long brand label',
      message: { from: 'Netflix <info@netflx.com>' },
      findings: [{ messageId: 'typo', severity: 'high', data: { target: 'netflix.com', brand: 'netflix' } }],
    },
    {
      name: 'transposed letters in a link are medium',
      message: { html: '<a href="https://www.amzaon.com/account">Account</a>' },
      findings: [{ messageId: 'typo', severity: 'medium', data: { brand: 'amazon' } }],
    },
    {
      name: 'brand domain as a subdomain (amazon.it-verifica.xyz)',
      message: { html: '<a href="https://amazon.it-verifica.xyz/login">Verifica</a>' },
      findings: [{ messageId: 'embedded', data: { owner: 'it-verifica.xyz', brand: 'amazon' } }],
    },
    {
      name: 'brand domain in front of a foreign domain (paypal.com.evil.xyz)',
      message: { replyTo: 'help@paypal.com.evil.xyz' },
      findings: [{ messageId: 'embedded', severity: 'high', data: { owner: 'evil.xyz', brand: 'paypal' } }],
    },
    {
      name: 'brand between hyphens (secure-amazon-login.com)',
      message: { from: 'Amazon <alert@secure-amazon-login.com>' },
      findings: [{ messageId: 'embedded', severity: 'high', data: { brand: 'amazon' } }],
    },
    {
      name: 'brand glued to other words (ledgerlivesupport.com)',
      message: { from: 'Ledger <support@ledgerlivesupport.com>' },
      findings: [{ messageId: 'embedded', severity: 'medium', data: { brand: 'ledger' } }],
    },
    {
      name: 'organization domain in front of a foreign domain',
      message: { html: '<a href="https://acmeitalia.it.sso-login.example/">Login</a>' },
      policy: ORG,
      findings: [{ messageId: 'embedded', severity: 'medium', data: { target: 'acmeitalia.it', owner: 'sso-login.example' } }],
    },
    {
      name: 'imitation of the organization domain',
      message: { from: 'CEO <ceo@acmitalia.it>' },
      policy: ORG,
      findings: [{ messageId: 'typo', severity: 'high', data: { target: 'acmeitalia.it' } }],
    },
  ],
});
