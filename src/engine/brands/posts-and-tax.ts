// Tax agencies and postal couriers of the US, UK, Canada and the Netherlands: "tax refund", "outstanding crypto tax
// report", "parcel held, pay the customs fee" lures. Government senders write from their own .gov domains and the
// shared GOV.UK Notify service (not listed: anyone in government can send through it); couriers from their own domains.
import type { SourcedBrand } from '../model';

export const canadaPost: SourcedBrand = {
  id: 'canada-post', name: 'Canada Post', names: ['canada post', 'postes canada', 'canadapost'],
  domains: ['canadapost-postescanada.ca'],
  assetDomains: ['canadapost-postescanada.ca'],
  sector: 'courier', countries: ['CA'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: {},
  safeUrl: 'https://www.canadapost-postescanada.ca',
  sources: {
    domains: [
      { url: 'https://www.canadapost-postescanada.ca/cpc/en/support/kb/security/general-information/what-do-to-if-you-get-suspicious-email', checked: '2026-12-05', domains: ['canadapost-postescanada.ca'], note: 'Canada Post\'s own page on suspicious email; it sends reports to the Canadian Anti-Fraud Centre, not to a channel of its own' },
    ],
    report: [],
  },
};

export const dpd: SourcedBrand = {
  id: 'dpd', name: 'DPD', names: ['dpd', 'dpd paket', 'dpd parcel', 'dpdgroup'],
  domains: ['dpd.com', 'dpd.co.uk', 'dpdlocal.co.uk'],
  assetDomains: ['dpd.com', 'dpd.co.uk'],
  sector: 'courier', countries: ['DE', 'GB', 'FR', 'NL', 'BE', 'PL'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: {},
  safeUrl: 'https://www.dpd.com',
  sources: {
    domains: [
      { url: 'https://conversation.which.co.uk/scams/dpd-delivery-scam-email-phishing-warning/comment-page-1/', checked: '2026-12-05', domains: ['dpd.co.uk', 'dpdlocal.co.uk'], note: 'DPD spokesperson to Which?: only emails sent from dpd.co.uk, dpdlocal.co.uk or dpdgroup.co.uk are genuine' },
      { url: 'https://www.dpd.com/cz/en/support/news-dpd/', checked: '2026-12-05', domains: ['dpd.com'], note: 'DPD Czech Republic: fraudulent emails are never sent from the dpd.cz or dpd.com domain' },
    ],
    report: [],
  },
};

export const evri: SourcedBrand = {
  id: 'evri', name: 'Evri', names: ['evri', 'myhermes', 'hermes parcelnet'],
  domains: ['evri.com', 'myhermes.co.uk'],
  assetDomains: ['evri.com'],
  sector: 'courier', countries: ['GB'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { email: 'phishing@evri.com' },
  safeUrl: 'https://www.evri.com',
  sources: {
    domains: [
      { url: 'https://www.evri.com/cyber-security', checked: '2026-12-05', domains: ['evri.com'], note: 'Evri\'s own page on phishing' },
      { url: 'https://www.Myhermes.Co.Uk/digital-security', checked: '2026-12-05', domains: ['myhermes.co.uk'], note: 'Evri\'s staying-safe page on its former myhermes.co.uk site' },
    ],
    report: [
      { url: 'https://www.onlinethreatalerts.com/article/2026/4/9/evri-text-message-scam', checked: '2026-12-05', channel: 'phishing@evri.com', note: 'Report it: email a screenshot of the text to phishing@evri.com' },
    ],
  },
};

export const hmrc: SourcedBrand = {
  id: 'hmrc', name: 'HMRC', names: ['hmrc', 'hm revenue', 'hm revenue & customs', 'hm revenue and customs'],
  domains: ['hmrc.gov.uk'],
  assetDomains: ['hmrc.gov.uk'],
  sector: 'government', countries: ['GB'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { email: 'phishing@hmrc.gov.uk' },
  safeUrl: 'https://www.gov.uk/log-in-register-hmrc-online-services',
  advice: {
    en: 'HMRC never tells you about a tax refund by email or text: refunds are only in your account on gov.uk.',
    it: 'HMRC non comunica mai rimborsi fiscali per email o SMS: i rimborsi sono solo nel tuo account su gov.uk.',
  },
  sources: {
    domains: [
      { url: 'https://www.hmrc.gov.uk/security/reporting.htm', checked: '2026-12-05', domains: ['hmrc.gov.uk'], note: 'HMRC\'s own page on recognising and reporting phishing emails (its old mailbox was phishing@hmrc.gsi.gov.uk); the search tool stored it as http://www.hmrc.gov.uk/security/reporting.htm' },
    ],
    report: [
      { url: 'https://bishopfm.com/2020/01/how-to-avoid-fake-emails-texts-and-phishing', checked: '2026-12-05', channel: 'phishing@hmrc.gov.uk', note: 'HMRC\'s tips: forward emails and calls to phishing@hmrc.gov.uk' },
    ],
  },
};

export const irs: SourcedBrand = {
  id: 'irs', name: 'IRS', names: ['irs', 'internal revenue service', 'irs.gov'],
  domains: ['irs.gov'],
  assetDomains: ['irs.gov'],
  sector: 'government', countries: ['US'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { email: 'phishing@irs.gov' },
  safeUrl: 'https://www.irs.gov/your-account',
  advice: {
    en: 'The IRS does not start contact by email about refunds, tax bills or crypto tax reports: check your account at irs.gov.',
    it: "L'IRS non avvia mai contatti via email su rimborsi, tasse dovute o report fiscali sulle criptovalute: controlla il tuo account su irs.gov.",
  },
  sources: {
    domains: [
      { url: 'https://webarchive.library.unt.edu/eot2008/20081105233452/http://www.irs.gov/privacy/article/0,,id=179820,00.html', checked: '2026-12-05', domains: ['irs.gov'], note: 'archived copy of the IRS\'s own page: forward the e-mail to the IRS at phishing@irs.gov' },
    ],
    report: [
      { url: 'https://webarchive.library.unt.edu/eot2008/20081105233452/http://www.irs.gov/privacy/article/0,,id=179820,00.html', checked: '2026-12-05', channel: 'phishing@irs.gov', note: 'Forward the e-mail or Web site URL to the IRS at phishing@irs.gov' },
      { url: 'https://www.nijangroup.com/post/the-irs-never-goes-phishing', checked: '2026-12-05', channel: 'phishing@irs.gov', note: 'Immediately forward the entire message, with the full email headers, to phishing@irs.gov' },
    ],
  },
};

export const postnl: SourcedBrand = {
  id: 'postnl', name: 'PostNL', names: ['postnl', 'post nl'],
  domains: ['postnl.nl', 'postnl.be'],
  assetDomains: ['postnl.nl'],
  sector: 'courier', countries: ['NL', 'BE'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: {},
  safeUrl: 'https://www.postnl.nl',
  sources: {
    domains: [
      { url: 'https://opgelicht.avrotros.nl/alerts/frauduleuze-postnl-mail-in-omloop-over-openstaande-verzend-en-verwerkingskosten-20089', checked: '2026-12-05', domains: ['postnl.nl'], note: 'legitimate PostNL addresses end in @postnl.nl (newsletters @edm.postnl.nl); its websites in postnl.nl' },
      { url: 'https://www.postnl.be/en/contact/phishing/', checked: '2026-12-05', domains: ['postnl.be', 'postnl.nl'], note: 'PostNL Belgium: does the e-mail address end in @postnl.nl or @postnl.be?' },
    ],
    report: [],
  },
};

export const royalMail: SourcedBrand = {
  id: 'royal-mail', name: 'Royal Mail', names: ['royal mail', 'royalmail', 'parcelforce'],
  domains: ['royalmail.com'],
  assetDomains: ['royalmail.com'],
  sector: 'courier', countries: ['GB'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: {},
  safeUrl: 'https://www.royalmail.com/track-your-item',
  sources: {
    domains: [
      { url: 'https://www.royalmail.com/help/scam-protection', checked: '2026-12-05', domains: ['royalmail.com'], note: 'Royal Mail\'s own scam-protection page (its report address is hidden in the stored copy)' },
    ],
    report: [],
  },
};

export const usps: SourcedBrand = {
  id: 'usps', name: 'USPS', names: ['usps', 'us postal service', 'u.s. postal service', 'united states postal service', 'usps tracking', 'informed delivery'],
  domains: ['usps.com', 'usps.gov', 'uspis.gov'],
  assetDomains: ['usps.com'],
  sector: 'courier', countries: ['US'], neverAsks: ['card', 'payment-by-link', 'personal-data'],
  report: { email: 'spam@uspis.gov' },
  safeUrl: 'https://tools.usps.com/go/TrackConfirmAction_input',
  advice: {
    en: 'USPS does not email or text you to pay a redelivery or customs fee through a link: track parcels at usps.com.',
    it: 'USPS non chiede per email o SMS di pagare con un link una nuova consegna o dazi: traccia i pacchi su usps.com.',
  },
  sources: {
    domains: [
      { url: 'https://about.usps.com/postal-bulletin/2016/pb22446/html/info_004.htm', checked: '2026-12-05', domains: ['usps.com', 'usps.gov'], note: 'USPS\'s own Postal Bulletin, served from usps.com; its CyberSafe mailbox is on usps.gov' },
      { url: 'https://www.onlinethreatalerts.com/article/2026/4/12/usps-scam-email-reporting', checked: '2026-12-05', domains: ['uspis.gov'], note: 'report at USPIS.gov, the Postal Inspection Service' },
    ],
    report: [
      { url: 'https://www.onlinethreatalerts.com/article/2026/4/12/usps-scam-email-reporting', checked: '2026-12-05', channel: 'spam@uspis.gov', note: 'Report suspicious USPS emails by forwarding them to spam@uspis.gov' },
    ],
  },
};
