// Spanish, French and German household names that phishing in those languages imitates (banks, telecoms, couriers,
// retailers, public bodies); Phishing Pot carries many German retail lures (Telekom, Edeka, Rossmann, ADAC, Bahn).
import type { Brand } from '../model';

export const adac: Brand = {
  id: 'adac', name: 'ADAC', names: ['adac', 'allgemeiner deutscher automobil-club'],
  domains: ['adac.de', 'adac.com', 'adac-mail.de'],
  assetDomains: ['adac.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: { url: 'https://www.adac.de/services/kontakt/' },
  safeUrl: 'https://www.adac.de',
};

export const bbva: Brand = {
  id: 'bbva', name: 'BBVA', names: ['bbva', 'banco bilbao vizcaya'],
  domains: ['bbva.es', 'bbva.com', 'bbva.it', 'bbva.mx', 'bbva.pt', 'bbvanet.com.mx'],
  assetDomains: ['bbva.es', 'bbva.com'],
  sector: 'bank', countries: ['ES', 'IT', 'MX'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'phishing@bbva.com', url: 'https://www.bbva.es/general/seguridad.html' },
  safeUrl: 'https://www.bbva.es',
};

export const caixabank: Brand = {
  id: 'caixabank', name: 'CaixaBank', names: ['caixabank', 'la caixa', 'caixa bank', 'imagin'],
  domains: ['caixabank.es', 'caixabank.com', 'lacaixa.es', 'imagin.com', 'caixabank.net'],
  assetDomains: ['caixabank.es'],
  sector: 'bank', countries: ['ES'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'phishing@caixabank.com', url: 'https://www.caixabank.es/particular/seguridad.html' },
  safeUrl: 'https://www.caixabank.es',
};

export const correosEs: Brand = {
  id: 'correos', name: 'Correos', names: ['correos', 'correos express', 'sociedad estatal correos'],
  domains: ['correos.es', 'correosexpress.com', 'correos.com'],
  assetDomains: ['correos.es'],
  sector: 'courier', countries: ['ES'], neverAsks: ['card', 'payment-by-link'],
  report: { url: 'https://www.correos.es/es/es/comunicacion/seguridad' },
  safeUrl: 'https://www.correos.es',
};

export const creditAgricole: Brand = {
  id: 'credit-agricole', name: 'Crédit Agricole', names: ['credit agricole', 'credit-agricole', 'ca-paris', 'credit agricole italia'],
  domains: ['credit-agricole.fr', 'credit-agricole.com', 'credit-agricole.it', 'ca-cib.com', 'ca-paris.fr'],
  assetDomains: ['credit-agricole.fr'],
  sector: 'bank', countries: ['FR', 'IT'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'phishing@credit-agricole.com', url: 'https://www.credit-agricole.fr/particulier/securite.html' },
  safeUrl: 'https://www.credit-agricole.fr',
};

export const deutscheBahn: Brand = {
  id: 'deutsche-bahn', name: 'Deutsche Bahn', names: ['deutsche bahn', 'db fernverkehr', 'db navigator', 'bahncard'],
  domains: ['bahn.de', 'deutschebahn.com', 'bahn.com', 'db.de', 'bahnbonus.de'],
  assetDomains: ['bahn.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: { email: 'phishing@bahn.de', url: 'https://www.bahn.de/service/ueber-uns/sicherheit' },
  safeUrl: 'https://www.bahn.de',
};

export const deutscheTelekom: Brand = {
  id: 'deutsche-telekom', name: 'Telekom', names: ['telekom', 'deutsche telekom', 't-mobile', 'magenta'],
  domains: ['telekom.de', 'telekom.com', 't-online.de', 't-mobile.com', 't-mobile.de', 'telekom-dienste.de', 'magentacloud.de'],
  assetDomains: ['telekom.de', 'telekom.com'],
  sector: 'telecom', countries: ['DE', 'US'], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: { email: 'phishing@telekom.de', url: 'https://www.telekom.de/hilfe/vertrag-rechnung/betrug-phishing' },
  safeUrl: 'https://www.telekom.de/kundencenter',
};

export const edeka: Brand = {
  id: 'edeka', name: 'EDEKA', names: ['edeka'],
  domains: ['edeka.de', 'edeka.com', 'netto-online.de'],
  assetDomains: ['edeka.de'],
  sector: 'retail', countries: ['DE'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.edeka.de/service/kontakt/' },
  safeUrl: 'https://www.edeka.de',
};

export const ikea: Brand = {
  id: 'ikea', name: 'IKEA', names: ['ikea'],
  domains: ['ikea.com', 'ikea.it', 'ikea.de', 'ikea.net', 'ikea.es', 'ikea.fr'],
  assetDomains: ['ikea.com', 'ikea.net'],
  sector: 'retail', countries: [], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.ikea.com/it/it/customer-service/' },
  safeUrl: 'https://www.ikea.com',
};

export const laPoste: Brand = {
  id: 'la-poste', name: 'La Poste', names: ['la poste', 'colissimo', 'laposte', 'la banque postale', 'chronopost'],
  domains: ['laposte.fr', 'laposte.net', 'labanquepostale.fr', 'colissimo.fr', 'chronopost.fr', 'lbp.fr'],
  assetDomains: ['laposte.fr'],
  sector: 'courier', countries: ['FR'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'abuse@laposte.fr', url: 'https://www.laposte.fr/particulier/faq-service-client/phishing' },
  safeUrl: 'https://www.laposte.fr',
};

export const lidl: Brand = {
  id: 'lidl', name: 'Lidl', names: ['lidl', 'lidl plus'],
  domains: ['lidl.de', 'lidl.it', 'lidl.com', 'lidl.fr', 'lidl.es', 'lidl.co.uk', 'lidl-newsletter.de', 'lidl.ch'],
  assetDomains: ['lidl.de', 'lidl.com'],
  sector: 'retail', countries: ['DE', 'IT', 'FR', 'ES', 'GB'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.lidl.de/c/service-contact/s10007848' },
  safeUrl: 'https://www.lidl.com',
};

export const mediaMarkt: Brand = {
  id: 'mediamarkt', name: 'MediaMarkt', names: ['mediamarkt', 'media markt', 'mediaworld', 'saturn'],
  domains: ['mediamarkt.de', 'mediamarkt.es', 'mediaworld.it', 'mediamarkt.com', 'saturn.de', 'mediamarktsaturn.com'],
  assetDomains: ['mediamarkt.de', 'mediaworld.it'],
  sector: 'retail', countries: ['DE', 'ES', 'IT'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.mediamarkt.de/de/service/kontakt' },
  safeUrl: 'https://www.mediamarkt.de',
};

export const orange: Brand = {
  id: 'orange', name: 'Orange', names: ['orange', 'orange france', 'orange espana'],
  domains: ['orange.fr', 'orange.com', 'orange.es', 'orange.be', 'wanadoo.fr', 'sosh.fr'],
  assetDomains: ['orange.fr', 'orange.com'],
  sector: 'telecom', countries: ['FR', 'ES', 'BE'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'abuse@orange.fr', url: 'https://assistance.orange.fr/assistance-commerciale/la-gestion-de-vos-donnees-et-de-vos-droits/le-phishing' },
  safeUrl: 'https://www.orange.fr',
};

export const rossmann: Brand = {
  id: 'rossmann', name: 'Rossmann', names: ['rossmann'],
  domains: ['rossmann.de', 'rossmann.com'],
  assetDomains: ['rossmann.de'],
  sector: 'retail', countries: ['DE'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.rossmann.de/de/service-und-hilfe/kontakt' },
  safeUrl: 'https://www.rossmann.de',
};

export const sparkasse: Brand = {
  id: 'sparkasse', name: 'Sparkasse', names: ['sparkasse', 'sparkassen', 'deutscher sparkassen'],
  domains: ['sparkasse.de', 'sparkasse.at', 's-mailservice.de', 'dsgv.de'],
  assetDomains: ['sparkasse.de'],
  sector: 'bank', countries: ['DE', 'AT'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'warnung@sparkasse.de', url: 'https://www.sparkasse.de/pk/ratgeber/sicherheit.html' },
  safeUrl: 'https://www.sparkasse.de',
};

export const albertHeijn: Brand = {
  id: 'albert-heijn', name: 'Albert Heijn', names: ['albert heijn', 'albertheijn'],
  domains: ['ah.nl', 'ah.be', 'albertheijn.nl', 'aholddelhaize.com'],
  assetDomains: ['ah.nl'],
  sector: 'retail', countries: ['NL', 'BE'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.ah.nl/klantenservice' },
  safeUrl: 'https://www.ah.nl',
};

export const bol: Brand = {
  id: 'bol', name: 'bol.com', names: ['bol.com'],
  domains: ['bol.com'],
  assetDomains: ['bol.com', 's-bol.com'],
  sector: 'retail', countries: ['NL', 'BE'], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: { email: 'phishing@bol.com', url: 'https://www.bol.com/nl/nl/m/veilig-online-shoppen/' },
  safeUrl: 'https://www.bol.com',
};

export const leroyMerlin: Brand = {
  id: 'leroy-merlin', name: 'Leroy Merlin', names: ['leroy merlin', 'leroymerlin'],
  domains: ['leroymerlin.fr', 'leroymerlin.it', 'leroymerlin.es', 'leroymerlin.pt', 'leroymerlin.pl', 'leroymerlin.com.br', 'leroymerlin.ro', 'leroymerlin.com'],
  assetDomains: ['leroymerlin.fr', 'leroymerlin.it'],
  sector: 'retail', countries: ['FR', 'IT', 'ES', 'PT', 'PL', 'BR'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.leroymerlin.fr/contact.html' },
  safeUrl: 'https://www.leroymerlin.fr',
};

export const vinted: Brand = {
  id: 'vinted', name: 'Vinted', names: ['vinted'],
  domains: ['vinted.com', 'vinted.it', 'vinted.fr', 'vinted.de', 'vinted.es', 'vinted.co.uk', 'vinted.nl', 'vinted.be', 'vinted.net'],
  assetDomains: ['vinted.net', 'vinted.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: { url: 'https://www.vinted.com/help' },
  safeUrl: 'https://www.vinted.com',
  advice: {
    en: 'Vinted never asks you to confirm a sale or receive money through a link in an email or chat: payments happen only in the Vinted app.',
    it: "Vinted non chiede mai di confermare una vendita o ricevere denaro tramite un link in un'email o in chat: i pagamenti avvengono solo nell'app Vinted.",
  },
};

export const zalando: Brand = {
  id: 'zalando', name: 'Zalando', names: ['zalando', 'zalando lounge'],
  domains: ['zalando.de', 'zalando.it', 'zalando.com', 'zalando.fr', 'zalando.es', 'zalando.nl', 'zalando.co.uk', 'zalando.at', 'zalando.ch', 'zalando.be', 'zalando.pl', 'zalando-lounge.com', 'zalando-lounge.it', 'zalando-lounge.de', 'zalando-lounge.fr', 'zalando-lounge.es', 'zalando-lounge.nl', 'ztat.net'],
  assetDomains: ['ztat.net', 'zalando.de'],
  sector: 'retail', countries: ['DE', 'IT', 'FR', 'ES', 'NL', 'AT', 'CH'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.zalando.it/faq/' },
  safeUrl: 'https://www.zalando.it/myaccount/',
};
