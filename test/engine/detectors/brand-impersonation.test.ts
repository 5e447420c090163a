import { brandImpersonation } from '../../../src/engine/detectors/brand-impersonation';
import { testDetector } from '../../support/detector-tester';

const DMARC_PASS_AMAZON = 'mx.example; spf=pass smtp.mailfrom=amazon.it; dkim=pass header.d=amazon.it; dmarc=pass header.from=amazon.it';
const AMAZON_LOGO = '<img src="https://m.media-amazon.com/images/G/29/logo.png" alt="Amazon">';

testDetector(brandImpersonation, {
  valid: [
    {
      name: "Microsoft's own postmaster returning an undeliverable message",
      message: { from: 'Microsoft Outlook <postmaster@outlook.com>', subject: 'Undeliverable: Preventivo', text: 'Delivery has failed to these recipients or groups.' },
    },
    {
      name: 'app-store badges and social icons in the footer of a shop mail',
      message: {
        from: 'Negozio Bianchi <ordini@negoziobianchi.example>',
        subject: 'Il tuo ordine è stato spedito',
        html:
          '<img src="https://negoziobianchi.example/logo.png" alt="Negozio Bianchi" width="180"><p>Il tuo ordine è in viaggio.</p>' +
          '<a href="https://apps.apple.com/it/app/id1"><img src="https://negoziobianchi.example/b1.png" alt="Scarica su App Store"></a>' +
          '<a href="https://play.google.com/store/apps/details?id=x"><img src="https://negoziobianchi.example/b2.png" alt="Disponibile su Google Play"></a>' +
          '<a href="https://www.facebook.com/negoziobianchi"><img src="https://negoziobianchi.example/fb.png" alt="Facebook" width="32" height="32"></a>' +
          '<a href="https://www.instagram.com/negoziobianchi"><img src="https://negoziobianchi.example/ig.png" alt="Instagram" width="32" height="32"></a>',
      },
    },
    {
      name: 'social icons behind the sender\'s own click tracker',
      message: {
        from: 'Arby\'s <arbys@emails.arbys.example>',
        html:
          '<img src="https://image.emails.arbys.example/hero.jpg" alt="BOGO Sandwich"><p>Buy one, get one.</p>' +
          '<a href="https://click.emails.arbys.example/?qs=1"><img src="https://image.emails.arbys.example/f.png" alt="Facebook" width="58"></a>' +
          '<a href="https://click.emails.arbys.example/?qs=2"><img src="https://image.emails.arbys.example/i.png" alt="Instagram" width="58"></a>',
      },
    },
    {
      name: 'payment marks in a row under a checkout summary',
      message: {
        from: 'Negozio Bianchi <ordini@negoziobianchi.example>',
        html: '<p>Paga come preferisci.</p><img src="https://negoziobianchi.example/v.png" alt="Visa"><img src="https://negoziobianchi.example/p.png" alt="PayPal"><img src="https://negoziobianchi.example/a.png" alt="American Express">',
      },
    },
    {
      name: "a co-branded card: the display name names the sender's own organisation",
      message: {
        from: 'Synchrony for your PayPal Extras Mastercard <customer.service@servicing.synchrony.example>',
        subject: 'New Card Issued',
        html: '<img src="https://images.servicing.synchrony.example/card.png" alt="paypal"><p>A new card has been requested for your PayPal Extras Mastercard account.</p>',
      },
    },
    {
      name: 'a known brand on its own domain names another brand in its text and images',
      message: {
        from: 'Poste Italiane <noreply@posteitaliane.it>',
        subject: 'Il tuo pacco è in consegna',
        html: '<img src="https://www.poste.it/logo.png" alt="Poste Italiane"><p>Paga con Apple Pay o Google Pay nell\'app.</p><img src="https://www.poste.it/badge.png" alt="Apple Pay">',
      },
    },
    { name: 'Amazon writing from amazon.it', message: { from: 'Amazon.it <conferma-ordine@amazon.it>', subject: 'Il tuo ordine Amazon' } },
    { name: 'Amazon subdomain and SES sending domain', message: { from: 'Amazon <store-news@marketplace.amazonses.com>', subject: 'Offerte Amazon' } },
    { name: 'PayPal from a country domain', message: { from: 'PayPal <service@paypal.it>', subject: 'Hai ricevuto un pagamento' } },
    {
      name: 'affiliate newsletter naming Amazon as the shop, with its product photos',
      message: { from: 'Offerte Tech <newsletter@offertetech.example>', subject: 'Le migliori offerte della settimana su Amazon', html: `${AMAZON_LOGO} Cuffie a 19 euro` },
    },
    { name: 'a first name shared with a billionaire', message: { from: 'Elon Rossi <elon@acme.example>', subject: 'Riunione' } },
    { name: 'Tesla writing about its CEO', message: { from: 'Elon Musk <press@tesla.com>', subject: 'Q3 update' } },
    { name: 'a news headline naming a brand', message: { from: 'Tech News <news@technews.example>', subject: 'Microsoft reveals new Xbox details' } },
    { name: 'Coinbase writing from its own domain', message: { from: 'Coinbase <no-reply@coinbase.com>', subject: 'Coinbase: Was this you?' } },
    { name: 'news about a billionaire, no giveaway', message: { from: 'Daily Brief <news@brief.example>', subject: 'Elon Musk unveils new rocket' } },
    { name: 'a person called Chase', message: { from: 'Chase Miller <chase@acme.example>', subject: 'Lunch on Friday?' } },
    { name: 'Chase writing from chase.com', message: { from: 'Chase <no.reply.alerts@chase.com>', subject: 'Your statement is ready' } },
    {
      name: 'DMARC pass on exactly a brand domain suppresses the alarm',
      message: { from: 'Amazon <shipment@amazon.it>', authenticationResults: DMARC_PASS_AMAZON, html: `${AMAZON_LOGO} Il tuo pacco Amazon` },
    },
    { name: 'news headline naming a brand in the subject', message: { from: 'Tech News <news@technews.example>', subject: 'Microsoft reveals new Office details', text: 'Microsoft said today...' } },
    { name: 'body-only mention without logo', message: { from: 'Mario Rossi <mario@studio-rossi.it>', text: 'Ho comprato il libro su Amazon, arriva domani.' } },
    {
      name: 'body mention with logo inside a mailing list',
      message: { from: 'Deals <deals@shop.example>', headers: [['List-Id', '<deals.shop.example>']], html: `${AMAZON_LOGO} Compra su Amazon` },
    },
    {
      name: 'forwarded Amazon mail from a colleague',
      message: { from: 'Giulia <giulia@acme.example>', subject: 'I: Il tuo ordine', html: `${AMAZON_LOGO} Amazon ordine spedito` },
    },
    { name: 'person named Tim is not the brand TIM', message: { from: 'Tim Peters <tim@python.example>', subject: 'Re: patch' } },
    { name: 'apple pie is not Apple', message: { from: 'Nonna <nonna@cucina.example>', subject: 'apple pie recipe', text: 'Take three apples.' } },
    { name: 'a surname that is a brand name', message: { from: 'John Norton <jnorton@lawfirm.example>', subject: 'Contract' } },
    { name: 'ups in ordinary English', message: { from: 'Ops <ops@hosting.example>', subject: 'ups and downs of the quarter' } },
    { name: 'Gmail user whose name is not a brand', message: { from: 'Luca Bianchi <luca.bianchi@gmail.com>', text: 'Ci vediamo su Google Meet' } },
    { name: 'TIM writing from its own mail domain tim.it', message: { from: 'TIM <timinforma@tim.it>', subject: 'TIM: la tua fattura' } },
    {
      name: 'Teams invitation from a colleague with the Teams logo',
      message: {
        from: 'Paola Neri <paola.neri@acme.example>',
        html: '<img src="https://statics.teams.cdn.office.net/evergreen-assets/logo.png" alt="Microsoft Teams"> Microsoft Teams meeting',
        attachments: [{ filename: 'invite.ics', contentType: 'text/calendar' }],
      },
    },
    {
      name: 'internal sender mentioning a brand beside its logo',
      message: { from: 'IT <it@acme.example>', subject: 'Nuovo accesso a Microsoft 365', html: '<img src="https://aadcdn.msftauth.net/logo.png" alt="Microsoft">' },
      policy: { organization: { name: 'Acme', domains: ['acme.example'] } },
    },
    { name: 'Exchange system mailbox signing a delivery report', message: { from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', subject: 'Undeliverable: report' } },
    { name: 'SPID mail from an accredited identity provider', message: { from: 'InfoCert SPID <noreply@infocert.it>', subject: 'La tua identità SPID è attiva' } },
    {
      name: 'the organization IT team calling itself Microsoft 365 Support',
      message: { from: 'Microsoft 365 Support <it-support@acme.example>', subject: 'Migrazione caselle' },
      policy: { organization: { name: 'Acme', domains: ['acme.example'] } },
    },
    { name: 'Microsoft security alert from its account protection subdomain', message: { from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>', subject: 'Microsoft account security code' } },
    { name: 'Poste Italiane notice from posteitaliane.it', message: { from: 'Poste Italiane <noreply@posteitaliane.it>', subject: 'BancoPosta: il tuo estratto conto' } },
    { name: 'DocuSign envelope sent through docusign.net', message: { from: 'Mario Rossi via Docusign <dse_NA3@docusign.net>', subject: 'Please DocuSign: contratto.pdf' } },
    { name: 'Instagram security mail from its own domain', message: { from: 'Instagram <security@mail.instagram.com>', subject: 'Nuovo accesso a Instagram' } },
    { name: 'a friend on Gmail naming a shop in the subject', message: { from: 'Luca <luca.bianchi@gmail.com>', subject: 'Ordine Amazon per la mamma', text: 'Ho ordinato su Amazon.' } },
  ],
  invalid: [
    {
      name: 'a user of the webmail signing as Microsoft is no postmaster',
      message: { from: 'Microsoft Outlook <account.security.team@outlook.com>', subject: 'Verifica il tuo account' },
      findings: [{ messageId: 'freemail', severity: 'high' }],
    },
    {
      name: "a lone PayPal logo heading a message from a stranger's domain, its text naming PayPal",
      message: {
        from: 'Servizio Clienti <avviso@conto-sicuro.example>',
        html: '<img src="https://conto-sicuro.example/pp.png" alt="PayPal"><p>Il tuo conto PayPal è stato limitato.</p>',
      },
      findings: [{ messageId: 'content', severity: 'low' }],
    },
    {
      name: 'a subject written as the brand\'s notice, from an unrelated sender',
      message: { from: 'Security Updates <noreply@mailer.example>', subject: 'Coinbase: Was this you?' },
      findings: [{ messageId: 'subject', severity: 'medium', evidence: 'Coinbase: Was this you?', data: { brand: 'coinbase' } }],
    },
    {
      name: 'a subject about the reader\'s own order with a brand, from an unrelated sender',
      message: { from: 'E-Receipt Confirmation <premium@energy.example>', subject: 'Your Norton Order Confirmation for Order #NP0931' },
      findings: [{ messageId: 'subject', severity: 'medium', data: { brand: 'norton' } }],
    },
    {
      name: 'a billionaire as the sender of a donation letter',
      message: { from: 'Mr Jeffrey P Bezos <missmonica@gmail.example>', subject: 'YOUR US$3,8 DONATION FUND' },
      findings: [{ messageId: 'publicFigure', severity: 'high', evidence: 'Mr Jeffrey P Bezos', data: { person: 'Jeff Bezos' } }],
    },
    {
      name: 'a billionaire giving away crypto in the subject',
      message: { from: 'Hazel Jacobs <hazel@webmail.example>', subject: 'SpaceX and CEO Elon Musk are giving away cryptocurrencies! 48 hours left' },
      findings: [{ messageId: 'publicFigure', severity: 'medium', data: { person: 'Elon Musk' } }],
    },
    {
      name: 'a billionaire run together in a webmail mailbox',
      message: { from: 'Bernard <bernardarnaultb1949@gmail.com>', subject: 'Hi' },
      findings: [{ messageId: 'publicFigure', severity: 'medium', evidence: 'bernardarnaultb1949@gmail.com' }],
    },
    {
      name: 'Charles Schwab eStatement from an unrelated mailer',
      message: { from: '"Charles Schwab & Co., Inc." <postmaster@mg.mailer.example>', subject: 'Your account eStatement is available' },
      findings: [{ messageId: 'displayName', severity: 'high', data: { brand: 'charles-schwab' } }],
    },
    {
      name: 'DHL written with slashes in a display name',
      message: { from: 'D/H/L-verzending <news@duringfell.example>', subject: 'Uw pakket' },
      findings: [{ messageId: 'disguisedName', severity: 'high', data: { brand: 'dhl' } }],
    },
    {
      name: 'display name Amazon from a foreign domain (the original scam)',
      message: { from: 'Amazon <amazon-@steelesmedia.co.uk>', subject: 'Attività sospetta sul tuo account' },
      findings: [{ messageId: 'displayName', severity: 'high', evidence: 'amazon-@steelesmedia.co.uk', data: { brand: 'amazon', brandDomain: 'amazon.it' } }],
    },
    {
      name: 'free webmail sender calling itself a company',
      message: { from: 'PayPal Service <paypal.service.it@gmail.com>' },
      findings: [{ messageId: 'freemail', severity: 'high', data: { brand: 'paypal' } }],
    },
    {
      name: 'Gmail sender calling itself Google',
      message: { from: 'Google Account Team <googleteam2024@gmail.com>' },
      findings: [{ messageId: 'freemail', severity: 'high', data: { brand: 'google' } }],
    },
    {
      name: 'look-alike spelling arnazon in the display name',
      message: { from: 'Arnazon Prime <info@prime-rinnovo.example>' },
      findings: [{ messageId: 'disguisedName', severity: 'high', data: { brand: 'amazon' } }],
    },
    {
      name: 'Cyrillic letters in the subject',
      message: { from: 'Notifiche <notify@dekadepos.example>', subject: 'Il tuo account Аmаzon è sospeso' },
      findings: [{ messageId: 'disguisedName', severity: 'high', data: { brand: 'amazon' } }],
    },
    {
      name: 'spaced letters in the display name',
      message: { from: 'P a y P a l <alert@secure-mail.example>' },
      findings: [{ messageId: 'disguisedName', data: { brand: 'paypal' } }],
    },
    {
      name: 'Microsoft Outlook from a foreign postmaster is not a system message',
      message: { from: 'Microsoft Outlook <postmaster@mail-delivery.example>', subject: 'Undelivered messages' },
      findings: [{ messageId: 'displayName', severity: 'high', data: { brand: 'microsoft' } }],
    },
    {
      name: 'Italian bank in the display name',
      message: { from: 'Intesa Sanpaolo <avvisi@sicurezza-clienti.example>' },
      findings: [{ messageId: 'displayName', severity: 'high', data: { brand: 'intesa-sanpaolo' } }],
    },
    {
      name: 'TIM written in capitals',
      message: { from: 'TIM Servizio Clienti <fatture@tim-rimborsi.example>' },
      findings: [{ messageId: 'displayName', data: { brand: 'tim' } }],
    },
    {
      name: 'DMARC pass on a different domain does not suppress',
      message: { from: 'Amazon <no-reply@evil.example>', authenticationResults: 'mx.example; dmarc=pass header.from=evil.example' },
      findings: [{ messageId: 'displayName', severity: 'high' }],
    },
    {
      name: 'display name claim inside a mailing list is medium',
      message: { from: 'Netflix <news@lists.example>', headers: [['List-Id', '<promo.lists.example>']] },
      findings: [{ messageId: 'displayName', severity: 'medium', data: { brand: 'netflix' } }],
    },
    {
      name: 'subject claim corroborated by the brand logo',
      message: { from: 'Servizio <info@rimborso.example>', subject: 'Amazon: rimborso disponibile', html: AMAZON_LOGO },
      findings: [{ messageId: 'subject', severity: 'medium', data: { brand: 'amazon' } }],
    },
    {
      name: 'subject claim from an address that names the brand',
      message: { from: 'Avvisi <amazon-avvisi@promo-mail.example>', subject: 'Amazon: il tuo account è sospeso' },
      findings: [{ messageId: 'subject', severity: 'medium', data: { brand: 'amazon' } }],
    },
    {
      name: 'body mention beside a hotlinked logo',
      message: { from: 'Assistenza <help@assist.example>', html: `${AMAZON_LOGO}<p>Il tuo account Amazon è stato bloccato</p>` },
      findings: [{ messageId: 'content', severity: 'low', evidence: 'amazon' }],
    },
  ],
});
