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
      name: "a store badge served from the store's own servers, in a digest that mentions the brand",
      message: {
        from: 'Q&A Digest <digest@answers.example>',
        html: '<p>Top answer by a former engineer at Google.</p><a href="https://answers.example/app"><img src="https://play.google.com/intl/en_us/badges/images/generic/en_badge_web_generic.png" alt="Get it on Google Play" height="60"></a>',
      },
    },
    {
      name: 'mailing list discussing a brand with its image',
      message: { from: 'Dev List <dev@lists.example.org>', headers: [['List-Id', '<dev.lists.example.org>']], html: `${AMAZON_LOGO}<p>Amazon changed its logo</p>` },
    },
    {
      name: "X's own pictures in X's notification",
      message: { from: 'X <notify@x.com>', html: '<img src="https://pbs.twimg.com/media/GafclqQ.png"><p>New post from a friend</p>' },
    },
    {
      name: "pictures on the ESP's CDN (Mailchimp)",
      message: { from: 'Shop <news@shop.example>', html: '<img src="https://mcusercontent.com/d5da2f28/images/e0247803.png"><p>Spring sale</p>' },
    },
    {
      name: 'a link to an imgur page is not a hot-linked picture',
      message: { from: 'Anna <anna@example.org>', html: '<p>Look: <a href="https://imgur.com/gallery/abc">my cat</a></p>' },
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
      message: { from: 'Service <service@mailer.example>', subject: 'PayPal: unusual activity', html: '<img src="//www.paypal.com/webstatic/i/logo.png"><p>Confirm now</p>' },
      findings: [{ messageId: 'hotlinkedLogo', data: { brand: 'paypal', domain: 'paypal.com' } }],
    },
    {
      name: 'promotion whose pictures are on a free image host',
      message: { from: 'Rewards <deals@rosetentation.example>', html: '<a href="https://t.co/7cx"><img src="https://www.zupimages.net/up/24/02/kj8u.png"></a><img src="//i.imgur.com/pJEnL2x.png">' },
      findings: [{ messageId: 'anonymousImageHost', severity: 'medium', data: { host: 'zupimages.net' }, evidence: 'https://www.zupimages.net/up/24/02/kj8u.png' }],
    },
    {
      name: "X's picture host used by someone else",
      message: { from: 'ADAC Club <deals@club-offers.example>', html: '<img src="https://pbs.twimg.com/media/GafclqQWwAAztPE?format=png&name=small">' },
      findings: [{ messageId: 'anonymousImageHost', data: { host: 'twimg.com' } }],
    },
    {
      name: "'Precedence: bulk' is not a discussion list",
      message: { from: 'Promo <promo@mailer.example>', headers: [['Precedence', 'bulk']], html: '<img src="https://i.ibb.co/60zmSWS/Untitled.png">' },
      findings: [{ messageId: 'anonymousImageHost', severity: 'medium', data: { host: 'ibb.co' } }],
    },
    {
      name: 'screenshot on imgur in a discussion-list post is a weak signal',
      message: { from: 'Dev <dev@example.org>', headers: [['List-Post', '<mailto:dev@lists.example.org>']], html: '<p>The bug:</p><img src="https://i.imgur.com/abc123.png">' },
      findings: [{ messageId: 'anonymousImageHost', severity: 'low' }],
    },
    {
      name: 'Amazon logo hot-linked and pictures on imgur',
      message: { from: 'Amazon <support@secure-help.example>', subject: 'Il tuo account è sospeso', html: `${AMAZON_LOGO}<img src="https://i.imgur.com/R9jm7Ay.png"><p>Verifica</p>` },
      findings: [{ messageId: 'hotlinkedLogo', data: { brand: 'amazon' } }, { messageId: 'anonymousImageHost', data: { host: 'imgur.com' } }],
    },
  ],
});
