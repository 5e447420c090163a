import { brandAssetHotlink } from '../../../src/engine/detectors/brand-asset-hotlink';
import { testDetector } from '../../support/detector-tester';

const AMAZON_LOGO = '<img src="https://m.media-amazon.com/images/G/29/x-locale/common/logo.png" alt="Amazon">';

testDetector(brandAssetHotlink, {
  valid: [
    {
      name: 'Amazon mail authenticated as Amazon',
      message: {
        from: 'Amazon.it <conferma-ordine@amazon.it>',
        authenticationResults: 'mx.example; spf=pass smtp.mailfrom=amazon.it; dkim=pass header.d=amazon.it; dmarc=pass header.from=amazon.it',
        html: `${AMAZON_LOGO}<p>Il tuo ordine</p>`,
      },
    },
    {
      name: 'Amazon sender with no authentication data to check (older client)',
      message: { from: 'Amazon.it <conferma-ordine@amazon.it>', html: `${AMAZON_LOGO}<p>Il tuo ordine</p>` },
    },
    {
      name: 'deals newsletter with product pictures that does not pose as the shop',
      message: { from: 'Deals Daily <deals@deals.example>', html: '<img src="https://m.media-amazon.com/images/I/71abc.jpg" alt="Headphones"><p>Today: headphones -30%</p>' },
    },
    {
      name: 'images from the sender own CDN',
      message: { from: 'Shop <news@shop.example>', html: '<img src="https://cdn.shop.example/logo.png" alt="Shop"><p>Amazon-like prices</p>' },
    },
    {
      name: 'mailing list discussing a brand with its image',
      message: { from: 'Dev List <dev@lists.example.org>', headers: [['List-Id', '<dev.lists.example.org>']], html: `${AMAZON_LOGO}<p>Amazon changed its logo</p>` },
    },
  ],
  invalid: [
    {
      name: 'Amazon logo loaded from Amazon CDN by another sender',
      message: { from: 'Amazon <support@secure-help.example>', subject: 'Il tuo account è sospeso', html: `${AMAZON_LOGO}<p>Verifica i tuoi dati</p>` },
      findings: [{ messageId: 'hotlinkedLogo', severity: 'medium', data: { brand: 'amazon', domain: 'media-amazon.com', sender: 'secure-help.example' }, evidence: 'https://m.media-amazon.com/' }],
    },
    {
      name: 'Amazon-domain sender failing DMARC',
      message: {
        from: 'Amazon <no-reply@amazon.it>',
        authenticationResults: 'mx.example; spf=fail smtp.mailfrom=amazon.it; dkim=none; dmarc=fail action=quarantine header.from=amazon.it',
        html: `${AMAZON_LOGO}<p>Ordine annullato</p>`,
      },
      findings: [{ messageId: 'hotlinkedLogo', data: { brand: 'amazon', sender: 'amazon.it' } }],
    },
    {
      name: 'PayPal images with protocol-relative URLs',
      message: { from: 'Service <service@mailer.example>', subject: 'PayPal: unusual activity', html: '<img src="//www.paypalobjects.com/webstatic/i/logo.png"><p>Confirm now</p>' },
      findings: [{ messageId: 'hotlinkedLogo', data: { brand: 'paypal', domain: 'paypalobjects.com' } }],
    },
  ],
});
