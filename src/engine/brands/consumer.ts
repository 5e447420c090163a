// Retail, travel, streaming, gaming, health-insurance and car brands whose names head fake rewards, fake bookings and
// "account on hold" mailings in the US, UK and Europe. Names that are ordinary words ('steam', 'medium', 'disney' in
// a news headline) follow the rules in claim-rules.ts.
import type { Brand, SourcedBrand } from '../model';

export const airbnb: SourcedBrand = {
  id: 'airbnb', name: 'Airbnb', names: ['airbnb', 'air bnb'],
  domains: ['airbnb.com', 'airbnb.it', 'airbnb.co.uk', 'airbnbmail.com'],
  assetDomains: ['airbnb.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.airbnb.com',
  advice: {
    en: 'Airbnb never asks you to pay or chat outside the Airbnb app or website: a payment link in an email is a scam.',
    it: "Airbnb non chiede mai di pagare o di scrivere fuori dall'app o dal sito Airbnb: un link di pagamento in un'email è una truffa.",
  },
  sources: {
    domains: [
      { url: 'https://zh.airbnb.com/help/article/971/%E5%A6%82%E4%BD%95%E6%89%8D%E8%83%BD%E8%AF%86%E5%88%AB%E9%82%AE%E4%BB%B6%E6%88%96%E7%BD%91%E7%AB%99%E6%98%AF%E5%90%A6%E6%9D%A5%E8%87%AA%E7%88%B1%E5%BD%BC%E8%BF%8E', checked: '2026-12-05', domains: ['airbnb.com', 'airbnbmail.com', 'airbnb.co.uk'], note: 'Airbnb\'s help article: legitimate emails only come from @airbnb.com, @airbnbaction.com, @airbnblove.com, @airbnbmail.com...; real links start with www.airbnb.com or a country URL such as www.airbnb.co.uk' },
      { url: 'https://www.airbnb.it/help/article/971?', checked: '2026-12-05', domains: ['airbnb.it'], note: 'the same help article served from airbnb.it' },
    ],
    report: [],
  },
};

export const aok: SourcedBrand = {
  id: 'aok', name: 'AOK', names: ['aok', 'aok gesundheitskasse'],
  domains: ['aok.de'],
  assetDomains: ['aok.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.aok.de',
  sources: {
    domains: [
      { url: 'https://www.aok.de/pp/bw/pm/phishing-mails/', checked: '2026-12-05', domains: ['aok.de'], note: 'AOK Baden-Württemberg: die AOK verwendet vorrangig die Domain aok.de' },
    ],
    report: [],
  },
};

export const bookingCom: SourcedBrand = {
  id: 'booking-com', name: 'Booking.com', names: ['booking.com', 'bookingcom', 'booking com'],
  domains: ['booking.com'],
  assetDomains: ['booking.com'],
  sector: 'retail', countries: [], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: { email: 'report@booking.com' },
  safeUrl: 'https://secure.booking.com/myreservations.html',
  advice: {
    en: 'Booking.com never asks for your card details by email or chat link: check the reservation in your Booking.com account.',
    it: 'Booking.com non chiede mai i dati della carta con un link in email o in chat: controlla la prenotazione nel tuo account Booking.com.',
  },
  sources: {
    domains: [
      { url: 'https://partner.booking.com/en-us/help/legal-security/security/online-security-awareness-phishing', checked: '2026-12-05', domains: ['booking.com'], note: 'A Booking.com email will always end in "booking.com", regardless of the subdomain' },
    ],
    report: [
      { url: 'https://th4.ilovetranslation.com/EP36A1cJM2v=d', checked: '2026-12-05', channel: 'report@booking.com', note: 'copy of Booking.com\'s notice to partners: forward the email, including the header, to report@booking.com' },
    ],
  },
};

export const currys: SourcedBrand = {
  id: 'currys', name: 'Currys', names: ['currys', 'currys pc world'],
  domains: ['currys.co.uk'],
  assetDomains: ['currys.co.uk'],
  sector: 'retail', countries: ['GB'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.currys.co.uk',
  sources: {
    domains: [
      { url: 'https://www.currys.co.uk/services/privacy-and-cookies.html', checked: '2026-12-05', domains: ['currys.co.uk'], note: 'Currys\' own privacy policy, served from currys.co.uk' },
    ],
    report: [],
  },
};

export const disney: SourcedBrand = {
  id: 'disney', name: 'Disney+', names: ['disney+', 'disney plus', 'disneyplus', 'disney'],
  domains: ['disneyplus.com', 'disney.com', 'go.com', 'shopdisney.com', 'disneystore.com'],
  assetDomains: ['disneyplus.com', 'disney.com'],
  sector: 'streaming', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.disneyplus.com/account',
  sources: {
    domains: [
      { url: 'https://safebrowz.com/blog/disney-plus-account-locked-scam-email', checked: '2026-12-05', domains: ['disneyplus.com'], note: 'security blog: real Disney+ payment-failure emails ask you to sign in to disneyplus.com; fakes link to third-party domains' },
      { url: 'https://crew.dclcrewsupport.com/hc/en-us/articles/15836035922957-Reminder-Avoid-Phishing-Scams-Beware-of-Copycat-Emails', checked: '2026-12-05', domains: ['disney.com'], note: 'Disney Cruise Line crew support: phishing senders look like @disneycruiseline.communication instead of @disney.com' },
      { url: 'https://www.webmasterworld.com/webmaster/3677495.htm', checked: '2026-12-05', domains: ['go.com'], note: 'webmaster forum thread (2008) on why the Walt Disney Company keeps the Go.com domain for nearly all its sites (disney.go.com, espn.go.com)' },
      { url: 'https://help.shopdisney.com/hc/en-us/articles/115015821887-Things-to-Know', checked: '2026-12-05', domains: ['shopdisney.com'], note: 'shopDisney\'s own help centre, served from shopdisney.com' },
      { url: 'https://support.disneystore.com/hc/en-us/articles/5610154060819-What-is-the-difference-between-an-authorization-and-a-settlement', checked: '2026-12-05', domains: ['disneystore.com'], note: 'Disney Store\'s own support centre, served from disneystore.com' },
    ],
    report: [],
  },
};

export const geico: SourcedBrand = {
  id: 'geico', name: 'GEICO', names: ['geico'],
  domains: ['geico.com'],
  assetDomains: ['geico.com'],
  sector: 'other', countries: ['US'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.geico.com',
  sources: {
    domains: [
      { url: 'https://www.geico.com/about/fraud-awareness/phishing-scams/', checked: '2026-12-05', domains: ['geico.com'], note: 'GEICO\'s own page on phishing scams' },
    ],
    report: [],
  },
};

export const louisVuitton: SourcedBrand = {
  id: 'louis-vuitton', name: 'Louis Vuitton', names: ['louis vuitton', 'louisvuitton'],
  domains: ['louisvuitton.com'],
  assetDomains: ['louisvuitton.com'],
  sector: 'retail', countries: [], neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.louisvuitton.com',
  sources: {
    domains: [
      { url: 'https://uk.louisvuitton.com/eng-gb/legal-privacy', checked: '2026-12-05', domains: ['louisvuitton.com'], note: 'Louis Vuitton\'s own terms of sale, served from louisvuitton.com (client service uk@contact.louisvuitton.com)' },
    ],
    report: [],
  },
  advice: {
    en: 'Louis Vuitton never sells at steep discounts or through "surprise" links: outlet offers in its name are counterfeit shops.',
    it: 'Louis Vuitton non vende mai con forti sconti né tramite link "sorpresa": le offerte outlet a suo nome sono negozi di falsi.',
  },
};

export const steam: SourcedBrand = {
  id: 'steam', name: 'Steam', names: ['steam support', 'steam community', 'steampowered', 'steam guard'],
  domains: ['steampowered.com', 'steamcommunity.com'],
  assetDomains: ['steampowered.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'otp', 'payment-by-link'],
  report: {},
  safeUrl: 'https://store.steampowered.com/account/',
  advice: {
    en: 'Steam never asks for your Steam Guard code or password in a message, and never "mistakenly reports" your account.',
    it: 'Steam non chiede mai il codice Steam Guard o la password in un messaggio, e non "segnala per errore" il tuo account.',
  },
  sources: {
    domains: [
      { url: 'https://support.steampowered.com/kb_article.php?s=e500f7ee74e49d395d08b716782e2409&ref=1266-OAFV-8478', checked: '2026-12-05', domains: ['steampowered.com', 'steamcommunity.com'], note: 'Steam Support: all official Steam logins are directed to the steampowered.com or steamcommunity.com domains' },
    ],
    report: [],
  },
};

export const tesla: SourcedBrand = {
  id: 'tesla', name: 'Tesla', names: ['tesla', 'tesla motors', 'spacex'],
  domains: ['tesla.com'],
  assetDomains: ['tesla.com'],
  sector: 'other', countries: [], neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.tesla.com/teslaaccount',
  sources: {
    domains: [
      { url: 'https://www.tesla.com/support/account-support', checked: '2026-12-05', domains: ['tesla.com'], note: 'Tesla\'s own Tesla Account support page, served from tesla.com' },
    ],
    report: [],
  },
  advice: {
    en: 'Tesla, SpaceX and Elon Musk run no crypto giveaways or token presales: every such offer is a scam.',
    it: 'Tesla, SpaceX ed Elon Musk non organizzano regali di criptovalute né prevendite di token: ogni offerta del genere è una truffa.',
  },
};

export const timHortons: SourcedBrand = {
  id: 'tim-hortons', name: 'Tim Hortons', names: ['tim hortons', 'timhortons'],
  domains: ['timhortons.com', 'timhortons.ca'],
  assetDomains: ['timhortons.com', 'timhortons.ca'],
  sector: 'retail', countries: ['CA', 'US'], neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.timhortons.ca',
  sources: {
    domains: [
      { url: 'http://www.timhortons.com/us/en/corporate/faq.php', checked: '2026-12-05', domains: ['timhortons.com'], note: 'Tim Hortons\' own corporate FAQ (guest services), served from timhortons.com' },
      { url: 'https://timsh.shop/shipping-policy', checked: '2026-12-05', domains: ['timhortons.ca'], note: 'shop operated by The TDL Group Corp (Tim Hortons): refunds through Guest Services at https://www.timhortons.ca/support' },
    ],
    report: [],
  },
};

export const unitedHealthcare: SourcedBrand = {
  id: 'unitedhealthcare', name: 'UnitedHealthcare', names: ['unitedhealthcare', 'united healthcare', 'unitedhealth', 'unitedhealth group', 'optum'],
  domains: ['uhc.com', 'myuhc.com', 'unitedhealthgroup.com', 'optum.com'],
  assetDomains: ['uhc.com'],
  sector: 'other', countries: ['US'], neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.myuhc.com',
  sources: {
    domains: [
      { url: 'https://www.uhc.com/fraud', checked: '2026-12-05', domains: ['uhc.com'], note: 'UnitedHealthcare\'s own fraud page (it takes reports of health-care fraud, not of phishing)' },
      { url: 'https://uhc-gpd-green.uhc.com/legal', checked: '2026-12-05', domains: ['myuhc.com'], note: 'UnitedHealthcare\'s electronic-communication notice: account settings on myuhc.com' },
      { url: 'https://gorganizer.net/explain/change-healthcare-breach-notification-phish', checked: '2026-12-05', domains: ['unitedhealthgroup.com', 'optum.com'], note: 'names changehealthcare.com, optum.com and unitedhealthgroup.com as the group\'s official senders' },
    ],
    report: [],
  },
};

export const verisure: Brand = {
  id: 'verisure', name: 'Verisure', names: ['verisure', 'verisure acompanha'],
  domains: ['verisure.com', 'verisure.com.br', 'verisure.it', 'verisure.es', 'verisure.fr', 'verisure.de', 'verisure.be', 'verisure.nl', 'verisure.co.uk', 'verisure.pt'],
  assetDomains: ['verisure.com'],
  sector: 'other', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.verisure.com/contact' },
  safeUrl: 'https://www.verisure.com',
};
