// Tax agencies and postal couriers of the US, UK, Canada and the Netherlands: "tax refund", "outstanding crypto tax
// report", "parcel held, pay the customs fee" lures. Government senders write from their own .gov domains and the
// shared GOV.UK Notify service; couriers from their own domains.
import type { Brand } from '../model';

export const canadaPost: Brand = {
  id: 'canada-post', name: 'Canada Post', names: ['canada post', 'postes canada', 'canadapost'],
  domains: ['canadapost.ca', 'postescanada.ca', 'canadapost-postescanada.ca'],
  assetDomains: ['canadapost-postescanada.ca', 'canadapost.ca'],
  sector: 'courier', countries: ['CA'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { url: 'https://www.canadapost-postescanada.ca/cpc/en/our-company/news-and-media/corporate-news/fraud-alert.page' },
  safeUrl: 'https://www.canadapost-postescanada.ca',
};

export const dpd: Brand = {
  id: 'dpd', name: 'DPD', names: ['dpd', 'dpd paket', 'dpd parcel', 'dpdgroup'],
  domains: ['dpd.com', 'dpd.de', 'dpd.co.uk', 'dpd.fr', 'dpd.nl', 'dpd.be', 'dpd.at', 'dpd.pl', 'dpdgroup.com', 'dpdlocal.co.uk'],
  assetDomains: ['dpd.com', 'dpd.co.uk'],
  sector: 'courier', countries: ['DE', 'GB', 'FR', 'NL', 'BE', 'PL'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { url: 'https://www.dpd.com/group/en/fraud-alert/' },
  safeUrl: 'https://www.dpd.com',
};

export const evri: Brand = {
  id: 'evri', name: 'Evri', names: ['evri', 'myhermes', 'hermes parcelnet'],
  domains: ['evri.com', 'myhermes.co.uk', 'hermes-europe.co.uk'],
  assetDomains: ['evri.com'],
  sector: 'courier', countries: ['GB'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { url: 'https://www.evri.com/scams' },
  safeUrl: 'https://www.evri.com',
};

export const hmrc: Brand = {
  id: 'hmrc', name: 'HMRC', names: ['hmrc', 'hm revenue', 'hm revenue & customs', 'hm revenue and customs'],
  domains: ['hmrc.gov.uk', 'tax.service.gov.uk', 'notifications.service.gov.uk'],
  assetDomains: ['hmrc.gov.uk'],
  sector: 'government', countries: ['GB'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { email: 'phishing@hmrc.gov.uk', url: 'https://www.gov.uk/guidance/report-suspicious-emails-letters-and-phone-calls-asking-for-personal-information-or-money' },
  safeUrl: 'https://www.gov.uk/log-in-register-hmrc-online-services',
  advice: {
    en: 'HMRC never tells you about a tax refund by email or text: refunds are only in your account on gov.uk.',
    it: 'HMRC non comunica mai rimborsi fiscali per email o SMS: i rimborsi sono solo nel tuo account su gov.uk.',
  },
};

export const irs: Brand = {
  id: 'irs', name: 'IRS', names: ['irs', 'internal revenue service', 'irs.gov'],
  domains: ['irs.gov', 'treasury.gov', 'eftps.gov'],
  assetDomains: ['irs.gov'],
  sector: 'government', countries: ['US'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { email: 'phishing@irs.gov', url: 'https://www.irs.gov/privacy-disclosure/report-phishing' },
  safeUrl: 'https://www.irs.gov/your-account',
  advice: {
    en: 'The IRS does not start contact by email about refunds, tax bills or crypto tax reports: check your account at irs.gov.',
    it: "L'IRS non avvia mai contatti via email su rimborsi, tasse dovute o report fiscali sulle criptovalute: controlla il tuo account su irs.gov.",
  },
};

export const postnl: Brand = {
  id: 'postnl', name: 'PostNL', names: ['postnl', 'post nl'],
  domains: ['postnl.nl', 'postnl.com', 'postnl.be'],
  assetDomains: ['postnl.nl'],
  sector: 'courier', countries: ['NL', 'BE'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { email: 'phishing@postnl.nl', url: 'https://www.postnl.nl/klantenservice/phishing/' },
  safeUrl: 'https://www.postnl.nl',
};

export const royalMail: Brand = {
  id: 'royal-mail', name: 'Royal Mail', names: ['royal mail', 'royalmail', 'parcelforce'],
  domains: ['royalmail.com', 'royalmail.co.uk', 'royalmailgroup.com', 'parcelforce.com'],
  assetDomains: ['royalmail.com'],
  sector: 'courier', countries: ['GB'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { email: 'reportascam@royalmail.com', url: 'https://www.royalmail.com/report-scam' },
  safeUrl: 'https://www.royalmail.com/track-your-item',
};

export const usps: Brand = {
  id: 'usps', name: 'USPS', names: ['usps', 'us postal service', 'u.s. postal service', 'united states postal service', 'usps tracking', 'informed delivery'],
  domains: ['usps.com', 'usps.gov', 'uspis.gov'],
  assetDomains: ['usps.com'],
  sector: 'courier', countries: ['US'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { email: 'spam@uspis.gov', url: 'https://www.uspis.gov/report' },
  safeUrl: 'https://tools.usps.com/go/TrackConfirmAction_input',
  advice: {
    en: 'USPS does not email or text you to pay a redelivery or customs fee through a link: track parcels at usps.com.',
    it: 'USPS non chiede per email o SMS di pagare con un link una nuova consegna o dazi: traccia i pacchi su usps.com.',
  },
};
