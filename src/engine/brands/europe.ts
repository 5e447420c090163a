// Spanish, French and German household names that phishing in those languages imitates (banks, telecoms, couriers,
// retailers, public bodies); Phishing Pot carries many German retail lures (Telekom, Edeka, Rossmann, ADAC, Bahn).
import type { Brand, SourcedBrand } from '../model';

export const adac: SourcedBrand = {
  id: 'adac', name: 'ADAC', names: ['adac', 'allgemeiner deutscher automobil-club'],
  domains: ['adac.de'],
  assetDomains: ['adac.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.adac.de',
  sources: {
    domains: [
      { url: 'https://bkz.de/nachrichten/spam-im-namen-des-adac-262651.html', checked: '2026-12-05', domains: ['adac.de'], note: 'Backnanger Kreiszeitung on fake ADAC mail: check messages by logging in on the ADAC\'s official website www.adac.de' },
    ],
    report: [],
  },
};

export const bbva: SourcedBrand = {
  id: 'bbva', name: 'BBVA', names: ['bbva', 'banco bilbao vizcaya'],
  domains: ['bbva.es'],
  assetDomains: ['bbva.es'],
  sector: 'bank', countries: ['ES', 'IT', 'MX'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.bbva.es',
  sources: {
    domains: [
      { url: 'https://maldita.es/index.php/timo/bulo/20220202/email-suplanta-bbva-pide-dni-nomina-justificante-phishing', checked: '2026-12-05', domains: ['bbva.es'], note: 'BBVA to Maldita.es: "La web de BBVA es BBVA.es"' },
    ],
    report: [],
  },
};

export const caixabank: SourcedBrand = {
  id: 'caixabank', name: 'CaixaBank', names: ['caixabank', 'la caixa', 'caixa bank', 'imagin'],
  domains: ['caixabank.es'],
  assetDomains: ['caixabank.es'],
  sector: 'bank', countries: ['ES'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.caixabank.es',
  sources: {
    domains: [
      { url: 'https://www.caixabank.es/particular/seguridad/phishing_en.html', checked: '2026-12-05', domains: ['caixabank.es'], note: 'CaixaBank\'s own phishing page' },
    ],
    report: [],
  },
};

export const correosEs: SourcedBrand = {
  id: 'correos', name: 'Correos', names: ['correos', 'correos express', 'sociedad estatal correos'],
  domains: ['correos.es'],
  assetDomains: ['correos.es'],
  sector: 'courier', countries: ['ES'], neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.correos.es',
  sources: {
    domains: [
      { url: 'https://rtve.es/noticias/20240913/no-des-tus-datos-ni-pagues-por-sms-suplantan-a-correos/16247508.shtml', checked: '2026-12-05', domains: ['correos.es'], note: 'VerificaRTVE: Correos\' official web address is www.correos.es' },
    ],
    report: [],
  },
};

export const creditAgricole: SourcedBrand = {
  id: 'credit-agricole', name: 'Crédit Agricole', names: ['credit agricole', 'credit-agricole', 'ca-paris', 'credit agricole italia'],
  domains: ['credit-agricole.fr'],
  assetDomains: ['credit-agricole.fr'],
  sector: 'bank', countries: ['FR', 'IT'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.credit-agricole.fr',
  sources: {
    domains: [
      { url: 'https://credit-agricole.fr/particulier/cybersecurite/alertes-phishing-email.html', checked: '2026-12-05', domains: ['credit-agricole.fr'], note: 'Crédit Agricole\'s own phishing alerts page' },
    ],
    report: [],
  },
};

export const deutscheBahn: SourcedBrand = {
  id: 'deutsche-bahn', name: 'Deutsche Bahn', names: ['deutsche bahn', 'db fernverkehr', 'db navigator', 'bahncard'],
  domains: ['bahn.de'],
  assetDomains: ['bahn.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.bahn.de',
  sources: {
    domains: [
      { url: 'http://www.haz.de/Nachrichten/Wirtschaft/Deutschland-Welt/DB-Kunden-sollten-vor-Phishing-Mails-aufpassen', checked: '2026-12-05', domains: ['bahn.de'], note: 'HAZ/RND quoting a Deutsche Bahn spokesman: customers who clicked should change their password in their bahn.de account' },
    ],
    report: [],
  },
};

export const deutscheTelekom: SourcedBrand = {
  id: 'deutsche-telekom', name: 'Telekom', names: ['telekom', 'deutsche telekom', 't-mobile', 'magenta'],
  domains: ['telekom.de'],
  assetDomains: ['telekom.de'],
  sector: 'telecom', countries: ['DE', 'US'], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.telekom.de/kundencenter',
  sources: {
    domains: [
      { url: 'https://www.telekom.de/hilfe/sicherheit/archiv-sicherheitshinweise', checked: '2026-12-05', domains: ['telekom.de'], note: 'Telekom\'s own archive of security notices; t-online.de is also its customers\' mailboxes (anyone\'s, not Telekom\'s alone)' },
    ],
    report: [],
  },
};

export const edeka: SourcedBrand = {
  id: 'edeka', name: 'EDEKA', names: ['edeka'],
  domains: ['edeka.de'],
  assetDomains: ['edeka.de'],
  sector: 'retail', countries: ['DE'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.edeka.de',
  sources: {
    domains: [
      { url: 'https://www.edeka.de/services/edeka-app/fragen-und-antworten/datenschutz-uebersicht.jsp', checked: '2026-12-05', domains: ['edeka.de'], note: 'EDEKA\'s own app privacy page, served from edeka.de' },
    ],
    report: [],
  },
};

export const ikea: SourcedBrand = {
  id: 'ikea', name: 'IKEA', names: ['ikea'],
  domains: ['ikea.com'],
  assetDomains: ['ikea.com'],
  sector: 'retail', countries: [], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.ikea.com',
  sources: {
    domains: [
      { url: 'https://turbolab.it/sicurezza-13/ikea.com-cheap.net-virus-spam-whatsapp-attenzione-non-cliccare-1433', checked: '2026-12-05', domains: ['ikea.com'], note: 'On a fake IKEA voucher site: the Swedish company\'s real site is www.ikea.com' },
    ],
    report: [],
  },
};

export const laPoste: SourcedBrand = {
  id: 'la-poste', name: 'La Poste', names: ['la poste', 'colissimo', 'laposte', 'la banque postale', 'chronopost'],
  domains: ['laposte.fr', 'colissimo.fr', 'labanquepostale.fr'],
  assetDomains: ['laposte.fr'],
  sector: 'courier', countries: ['FR'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'phishing@laposte.fr' },
  safeUrl: 'https://www.laposte.fr',
  sources: {
    domains: [
      { url: 'https://www.laposte.fr/phishing-hameconnage-definition', checked: '2026-12-05', domains: ['laposte.fr'], note: 'La Poste\'s own phishing page; laposte.net is its free webmail (anyone\'s mailbox), not listed' },
      { url: 'https://mailarnaque.fr/phishing/la-poste', checked: '2026-12-05', domains: ['laposte.fr', 'colissimo.fr', 'labanquepostale.fr'], note: 'consumer guide: La Poste\'s legitimate mail comes only from @laposte.fr, @colissimo.fr, @labanquepostale.fr' },
    ],
    report: [
      { url: 'https://www.groupelaposte.com/fr/article/tentatives-darnaque-par-e-mail-ou-sms-la-poste-rappelle-les-bonnes-pratiques', checked: '2026-12-05', channel: 'phishing@laposte.fr', note: 'signaler le message reçu via phishing-initiative.fr ou par mail à phishing@laposte.fr' },
    ],
  },
};

export const lidl: SourcedBrand = {
  id: 'lidl', name: 'Lidl', names: ['lidl', 'lidl plus'],
  domains: ['lidl.de', 'lidl.it', 'lidl.es', 'lidl.se'],
  assetDomains: ['lidl.de'],
  sector: 'retail', countries: ['DE', 'IT', 'FR', 'ES', 'GB'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.lidl.de',
  sources: {
    domains: [
      { url: 'https://facta.news/articoli/no-lidl-non-sta-regalando-buoni-spesa-per-un-valore-di-180-euro', checked: '2026-12-05', domains: ['lidl.it'], note: 'Lidl Italia, quoted: its contests and promotions are announced only through its official channels, the site www.lidl.it among them' },
      { url: 'https://www.crolens.hr/c/lazne-lidlove-web-trgovine-love-zrtve-u-njemackoj-vec-nestalo-94-milijuna-eura', checked: '2026-12-05', domains: ['lidl.de'], note: 'On fake Lidl shops, with German Lidl\'s warning: check that the address is exactly www.lidl.de' },
      { url: 'https://www.elperiodico.com/es/economia/20250916/ocu-advierte-descuentos-lidl-dv-121617626', checked: '2026-12-05', domains: ['lidl.es'], note: 'On fake Lidl shops: the consumer association OCU recalls that Lidl\'s only official site in Spain is www.lidl.es' },
      { url: 'https://www.lidl.se/c/natbedragerier/s10017009', checked: '2026-12-05', domains: ['lidl.se'], note: 'Lidl Sverige\'s own fraud page: its newsletter is sent from newsletter@newsletter.lidl.se' },
    ],
    report: [],
  },
};

export const mediaMarkt: SourcedBrand = {
  id: 'mediamarkt', name: 'MediaMarkt', names: ['mediamarkt', 'media markt', 'mediaworld', 'saturn'],
  domains: ['mediamarkt.de', 'mediaworld.it', 'saturn.de', 'mediamarktsaturn.com'],
  assetDomains: ['mediamarkt.de', 'mediaworld.it'],
  sector: 'retail', countries: ['DE', 'ES', 'IT'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.mediamarkt.de',
  sources: {
    domains: [
      { url: 'http://www.mediamarkt.de/de/shop/AGB.html', checked: '2026-12-05', domains: ['mediamarkt.de'], note: 'MediaMarkt\'s own terms for its shop www.mediamarkt.de (contact onlineshop@mediamarkt.de)' },
      { url: 'https://facta.news/articoli/no-mediaworld-non-sta-regalando-iphone-12', checked: '2026-12-05', domains: ['mediaworld.it'], note: 'Facta quoting MediaWorld: all its communications refer only to pages on the site mediaworld.it' },
      { url: 'https://www.saturn.de/de/shop/fakeseiten-hinweis.html', checked: '2026-12-05', domains: ['saturn.de'], note: 'SATURN\'s own page on fake sites and e-mails, served from saturn.de' },
      { url: 'https://sell.mediamarktsaturn.com/de-DE/order-and-shop-management/4-customer-care', checked: '2026-12-05', domains: ['mediamarktsaturn.com'], note: 'MediaMarktSaturn\'s own marketplace seller guide, served from mediamarktsaturn.com' },
    ],
    report: [],
  },
};

export const orange: SourcedBrand = {
  id: 'orange', name: 'Orange', names: ['orange', 'orange france', 'orange espana'],
  domains: ['sosh.fr'],
  assetDomains: [],
  sector: 'telecom', countries: ['FR', 'ES', 'BE'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'abuse@orange.fr' },
  safeUrl: 'https://www.orange.fr',
  sources: {
    domains: [
      { url: 'https://www.lordysweblog.net/?p=7023', checked: '2026-12-05', domains: ['sosh.fr'], note: 'a genuine Orange mail comes from an address ending in @orange.fr or @sosh.fr; orange.fr is also the mailbox domain of Orange\'s customers (anyone\'s), so it is not listed' },
    ],
    report: [
      { url: 'https://assistance.orange.fr/ordinateurs-peripheriques/installer-et-utiliser/la-securite/risques-et-prevention/phishing/le-service-abuse-presentation_40594-41412', checked: '2026-12-05', channel: 'abuse@orange.fr', note: 'Vous signalez la réception de spam, de phishing: copier/coller le mail reçu dans un nouveau message à abuse@orange.fr' },
    ],
  },
};

export const rossmann: SourcedBrand = {
  id: 'rossmann', name: 'Rossmann', names: ['rossmann'],
  domains: ['rossmann.de'],
  assetDomains: ['rossmann.de'],
  sector: 'retail', countries: ['DE'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.rossmann.de',
  sources: {
    domains: [
      { url: 'https://www.rossmann.de/de/service-und-hilfe/faq', checked: '2026-12-05', domains: ['rossmann.de'], note: 'Rossmann\'s own online-shop FAQ, served from rossmann.de' },
    ],
    report: [],
  },
};

export const sparkasse: SourcedBrand = {
  id: 'sparkasse', name: 'Sparkasse', names: ['sparkasse', 'sparkassen', 'deutscher sparkassen'],
  domains: ['sparkasse.de'],
  assetDomains: ['sparkasse.de'],
  sector: 'bank', countries: ['DE', 'AT'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'warnung@sparkasse.de' },
  safeUrl: 'https://www.sparkasse.de',
  sources: {
    domains: [
      { url: 'https://www.kreissparkasse-heinsberg.de/de/home/service/datendiebstahl-phishing/lightboxes/gefaelschte-emails-oder-sms.html?n=true&stref=imagetextbox', checked: '2026-12-05', domains: ['sparkasse.de'], note: 'a Sparkasse\'s own page; the Sparkassen warning mailbox is on sparkasse.de' },
    ],
    report: [
      { url: 'https://www.kreissparkasse-heinsberg.de/de/home/service/datendiebstahl-phishing/lightboxes/gefaelschte-emails-oder-sms.html?n=true&stref=imagetextbox', checked: '2026-12-05', channel: 'warnung@sparkasse.de', note: 'Leiten Sie die E-Mail bitte an warnung@sparkasse.de weiter, wenn der Absender sich als Ihre Sparkasse ausgibt' },
    ],
  },
};

export const albertHeijn: SourcedBrand = {
  id: 'albert-heijn', name: 'Albert Heijn', names: ['albert heijn', 'albertheijn'],
  domains: ['ah.nl'],
  assetDomains: ['ah.nl'],
  sector: 'retail', countries: ['NL', 'BE'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.ah.nl',
  sources: {
    domains: [
      { url: 'https://opgelicht.avrotros.nl/alerts/artikel/albert-heijn-waarschuwt-voor-nepacties/', checked: '2026-12-05', domains: ['ah.nl'], note: 'Albert Heijn via Opgelicht?!: its mail ends in @nieuwsbrief.ah.nl or @ah.nl, its site is www.ah.nl' },
    ],
    report: [],
  },
};

export const bol: SourcedBrand = {
  id: 'bol', name: 'bol.com', names: ['bol.com'],
  domains: ['bol.com'],
  assetDomains: ['bol.com'],
  sector: 'retail', countries: ['NL', 'BE'], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.bol.com',
  sources: {
    domains: [
      { url: 'https://lock.pub/en/blog/bolcom-account-security', checked: '2026-12-05', domains: ['bol.com'], note: 'Real Bol.com order confirmations come from noreply@bol.com' },
    ],
    report: [],
  },
};

export const leroyMerlin: Brand = {
  id: 'leroy-merlin', name: 'Leroy Merlin', names: ['leroy merlin', 'leroymerlin'],
  domains: ['leroymerlin.fr', 'leroymerlin.it', 'leroymerlin.es', 'leroymerlin.pt', 'leroymerlin.pl', 'leroymerlin.com.br', 'leroymerlin.ro', 'leroymerlin.com'],
  assetDomains: ['leroymerlin.fr', 'leroymerlin.it'],
  sector: 'retail', countries: ['FR', 'IT', 'ES', 'PT', 'PL', 'BR'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.leroymerlin.fr/contact.html' },
  safeUrl: 'https://www.leroymerlin.fr',
};

export const vinted: SourcedBrand = {
  id: 'vinted', name: 'Vinted', names: ['vinted'],
  domains: ['vinted.com', 'vinted.it'],
  assetDomains: ['vinted.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.vinted.com',
  sources: {
    domains: [
      { url: 'https://abruzzonews.org/?p=406752', checked: '2026-12-05', domains: ['vinted.com', 'vinted.it'], note: 'quoting Vinted\'s safety e-mail to its users: "Official Vinted emails only come from @vinted addresses" (vinted.com and its Italian site vinted.it)' },
    ],
    report: [],
  },
  advice: {
    en: 'Vinted never asks you to confirm a sale or receive money through a link in an email or chat: payments happen only in the Vinted app.',
    it: "Vinted non chiede mai di confermare una vendita o ricevere denaro tramite un link in un'email o in chat: i pagamenti avvengono solo nell'app Vinted.",
  },
};

export const zalando: SourcedBrand = {
  id: 'zalando', name: 'Zalando', names: ['zalando', 'zalando lounge'],
  domains: ['zalando.de', 'zalando.it'],
  assetDomains: ['zalando.de'],
  sector: 'retail', countries: ['DE', 'IT', 'FR', 'ES', 'NL', 'AT', 'CH'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.zalando.it/myaccount/',
  sources: {
    domains: [
      { url: 'https://m-en.zalando.de/faq/My-Account/951905222/What-you-should-know-about-phishing-emails.htm', checked: '2026-12-05', domains: ['zalando.de'], note: 'Zalando notifications are sent solely from the addresses "info@service..." and "service@zalando..."' },
      { url: 'https://mistergadget.tech/152902/carta-zalando-da-150-euro-in-omaggio-hai-ricevuto-questo-messaggio-cosa-ce-dietro', checked: '2026-12-05', domains: ['zalando.it'], note: 'a mail from Zalando comes from its own domain, e.g. info@zalando.it, never zalando@gmail.com' },
    ],
    report: [],
  },
};
