import { brandLinkMismatch } from '../../../src/engine/detectors/brand-link-mismatch';
import { testDetector } from '../../support/detector-tester';

const FROM_AMAZON_LOOKALIKE = 'Amazon <service@account-help.example>';
const safeLinks = (target: string): string =>
  `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&amp;data=05%7C02&amp;reserved=0`;

testDetector(brandLinkMismatch, {
  valid: [
    {
      name: 'Amazon mail linking to Amazon domains',
      message: { from: FROM_AMAZON_LOOKALIKE, html: '<a href="https://www.amazon.it/gp/css/order-history">Vedi ordine</a> <a href="https://amzn.to/x">App</a>' },
    },
    {
      name: 'real Amazon mail (DMARC pass) linking to a partner site',
      message: {
        from: 'Amazon.it <conferma-spedizione@amazon.it>',
        authenticationResults: 'mx.example; spf=pass smtp.mailfrom=amazon.it; dkim=pass header.d=amazon.it; dmarc=pass action=none header.from=amazon.it',
        html: '<a href="https://www.brt.it/tracking?x=1">Traccia il pacco</a>',
      },
    },
    {
      name: 'brand address with no authentication results to check (older client)',
      message: { from: 'Amazon.it <conferma-spedizione@amazon.it>', html: '<a href="https://www.brt.it/tracking?x=1">Traccia il pacco</a>' },
    },
    {
      name: 'footer links: social, unsubscribe and privacy',
      message: {
        from: FROM_AMAZON_LOOKALIKE,
        html: '<a href="https://www.amazon.it/x">Il tuo account</a> <a href="https://www.facebook.com/amazon">Facebook</a> <a href="https://esp.example.net/u?id=1">Unsubscribe</a> <a href="https://legal.example.org/p">Informativa sulla privacy</a>',
      },
    },
    {
      name: 'mailing list subject naming a brand, links to the press',
      message: {
        from: 'Tech News <news@technews.example>',
        subject: 'Google launches a new search feature',
        headers: [['List-Id', '<technews.lists.example>']],
        html: '<a href="https://press.example.com/google-search">Read the article</a>',
      },
    },
    {
      name: 'subject naming a brand with plain article links (no call to action)',
      message: { from: 'Daily Digest <digest@news.example>', subject: 'Apple Switch parodies', html: '<a href="https://blog.example.org/switch">Apple Switch parodies</a>' },
    },
    {
      name: 'brand only mentioned in the body',
      message: { from: 'Shop <hello@shop.example>', html: '<p>Our book is also available on Amazon.</p><a href="https://shop.example/buy">Buy now</a>' },
    },
    {
      name: 'links through an ESP click tracker cannot be judged',
      message: { from: FROM_AMAZON_LOOKALIKE, html: '<a href="https://click.sendgrid.net/ls/click?upn=abc">Verifica ora</a>' },
    },
    {
      name: 'brand own mail relayed by a mailing list',
      message: {
        from: 'Microsoft <security@microsoft.com>',
        headers: [['List-Id', '<bugtraq.securityfocus.example>']],
        html: '<a href="https://www.securityfocus.example/bid/1">Review the advisory</a>',
      },
    },
  ],
  invalid: [
    {
      name: 'brand address failing DMARC, button elsewhere',
      message: {
        from: 'Amazon <no-reply@amazon.it>',
        authenticationResults: 'mx.example; spf=fail smtp.mailfrom=amazon.it; dkim=none; dmarc=fail action=quarantine header.from=amazon.it',
        html: '<a href="https://amazon-it.verify-now.example/x">Verifica ora</a>',
      },
      findings: [{ messageId: 'actionElsewhere', severity: 'high', data: { brand: 'amazon', domain: 'verify-now.example' } }],
    },
    {
      name: 'Amazon display name, "Verify now" button to another site',
      message: { from: FROM_AMAZON_LOOKALIKE, subject: 'Attività insolita', html: '<p>Gentile cliente</p><a href="https://random-check.xyz/amazon/login">Verify now</a>' },
      findings: [{ messageId: 'actionElsewhere', severity: 'high', data: { brand: 'amazon', domain: 'random-check.xyz' }, evidence: 'https://random-check.xyz/amazon/login' }],
    },
    {
      name: 'PayPal display name, plain links elsewhere',
      message: { from: 'PayPal <noreply@mailer.example>', html: '<p>Your statement</p><a href="https://statements.example.net/view">Statement #4471</a>' },
      findings: [{ messageId: 'linksElsewhere', severity: 'medium', data: { brand: 'paypal', domain: 'example.net' } }],
    },
    {
      name: 'subject claim with an Italian call to action',
      message: { from: 'Servizio Clienti <info@mailer-1.example>', subject: 'Il tuo account Amazon è stato sospeso', html: '<a href="http://sblocco-account.example.com/x">Accedi al tuo account</a>' },
      findings: [{ messageId: 'actionElsewhere', severity: 'medium', data: { brand: 'amazon', domain: 'example.com' } }],
    },
    {
      name: 'Safe Links hiding the foreign destination',
      message: { from: FROM_AMAZON_LOOKALIKE, html: `<a href="${safeLinks('https://amaz0n-verify.top/login')}">Conferma i tuoi dati</a>` },
      findings: [{ messageId: 'actionElsewhere', data: { domain: 'amaz0n-verify.top' }, evidence: 'https://amaz0n-verify.top/login' }],
    },
    {
      name: 'plain-text message with a bare URL',
      message: { from: 'Amazon Prime <prime@notice.example>', text: 'Your Prime membership could not be renewed. Update your payment at http://prime-renew.example.org/pay' },
      findings: [{ messageId: 'linksElsewhere', data: { domain: 'example.org' } }],
    },
    {
      name: 'Portuguese: Nubank sender, "Acessar minha conta" elsewhere',
      message: { from: 'Nubank <atendimento@nu-seguranca.example>', html: '<p>Detectamos um acesso incomum.</p><a href="https://nu-app.example.com.br/login">Acessar minha conta</a>' },
      findings: [{ messageId: 'actionElsewhere', severity: 'high', data: { brand: 'nubank' } }],
    },
    {
      name: 'Spanish: BBVA sender, "Verificar ahora" elsewhere',
      message: { from: 'BBVA <avisos@bbva-clientes.example>', html: '<p>Su cuenta ha sido bloqueada.</p><a href="https://bbva-seguridad.example.es/x">Verificar ahora</a>' },
      findings: [{ messageId: 'actionElsewhere', data: { brand: 'bbva' } }],
    },
    {
      name: 'French: La Poste sender, "Confirmer la livraison" elsewhere',
      message: { from: 'La Poste <colis@laposte-suivi.example>', html: '<p>Votre colis est en attente.</p><a href="https://suivi-colis.example.fr/">Confirmer la livraison</a>' },
      findings: [{ messageId: 'actionElsewhere', data: { brand: 'la-poste' } }],
    },
    {
      name: 'German: Sparkasse sender, "Jetzt bestätigen" elsewhere',
      message: { from: 'Sparkasse <service@sparkasse-online.example>', html: '<p>Ihr Konto wurde eingeschränkt.</p><a href="https://s-pushtan.example.de/">Jetzt bestätigen</a>' },
      findings: [{ messageId: 'actionElsewhere', data: { brand: 'sparkasse' } }],
    },
    {
      name: 'call-to-action link shown first among foreign links',
      message: {
        from: FROM_AMAZON_LOOKALIKE,
        html: '<a href="https://cdn.other.example/help">Help</a> <a href="https://login-check.example.net/a">Sign in to your account</a>',
      },
      findings: [{ messageId: 'actionElsewhere', evidence: 'https://login-check.example.net/a' }],
    },
  ],
});
