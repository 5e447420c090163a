// Banks and brokers of the US, UK and continental Europe whose names head eStatement, "Identity Check", tax-document
// and card-block lures. Domains are the registrable domains their real mail and links come from (alert and ESP
// subdomains of their own domains included). Names that are also first names or words ('chase', 'citi', 'ing', 'kbc')
// follow the rules in claim-rules.ts.
import type { NeverAsks, SourcedBrand } from '../model';

const BANK_NEVER_ASKS: readonly NeverAsks[] = ['password', 'otp', 'card', 'phone-call', 'payment-by-link'];

export const abnAmro: SourcedBrand = {
  id: 'abn-amro', name: 'ABN AMRO', names: ['abn amro', 'abnamro', 'abn-amro'],
  domains: ['abnamro.nl', 'abnamro.com', 'abnamro.be'],
  assetDomains: ['abnamro.nl', 'abnamro.com'],
  sector: 'bank', countries: ['NL'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'valse-email@nl.abnamro.com' },
  safeUrl: 'https://www.abnamro.nl',
  sources: {
    domains: [
      { url: 'https://www.abnamro.nl/en/personal/overabnamro/secure-banking/index.html', checked: '2026-12-05', domains: ['abnamro.nl', 'abnamro.com'], note: 'ABN AMRO\'s secure-banking page, served from abnamro.nl; its phishing mailbox is on nl.abnamro.com' },
      { url: 'https://www.abnamro.be/en/footer/ga-niet-in-op-vreemde-verzoeken.html', checked: '2026-12-05', domains: ['abnamro.be'], note: 'ABN AMRO Belgium\'s security page' },
    ],
    report: [
      { url: 'https://www.abnamro.nl/en/personal/overabnamro/secure-banking/index.html', checked: '2026-12-05', channel: 'valse-email@nl.abnamro.com', note: 'Reporting phishing emails: forward the phishing email to valse-email@nl.abnamro.com' },
    ],
  },
};

export const bankOfAmerica: SourcedBrand = {
  id: 'bank-of-america', name: 'Bank of America', names: ['bank of america', 'bankofamerica', 'bofa', 'merrill lynch', 'merrill edge'],
  domains: ['bankofamerica.com'],
  assetDomains: ['bankofamerica.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'abuse@bankofamerica.com', url: 'https://www.bankofamerica.com/privacy/report-suspicious-email.go' },
  safeUrl: 'https://www.bankofamerica.com',
  sources: {
    domains: [
      { url: 'https://www.bankofamerica.com/privacy/report-suspicious-email.go', checked: '2026-12-05', domains: ['bankofamerica.com'], note: 'Bank of America\'s own Report a Suspicious Email page' },
    ],
    report: [
      { url: 'https://www.bankofamerica.com/privacy/resolve-identity-theft.go', checked: '2026-12-05', channel: 'abuse@bankofamerica.com', note: 'Forward any suspicious email or text message that uses Bank of America\'s name to abuse@bankofamerica.com' },
      { url: 'https://www.bankofamerica.com/privacy/report-suspicious-email.go', checked: '2026-12-05', channel: 'https://www.bankofamerica.com/privacy/report-suspicious-email.go', note: 'Report a Suspicious Email: how to forward one that uses Bank of America\'s name' },
    ],
  },
};

export const barclays: SourcedBrand = {
  id: 'barclays', name: 'Barclays', names: ['barclays', 'barclaycard', 'barclays bank', 'barclays identity check'],
  domains: ['barclays.co.uk', 'barclays.com'],
  assetDomains: ['barclays.co.uk', 'barclays.com'],
  sector: 'bank', countries: ['GB', 'DE', 'US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'internetsecurity@barclays.com' },
  safeUrl: 'https://www.barclays.co.uk',
  sources: {
    domains: [
      { url: 'https://barclays.co.uk/help/security-fraud/email-from-barclays', checked: '2026-12-05', domains: ['barclays.co.uk', 'barclays.com'], note: 'Barclays\' help page (barclays.co.uk) on genuine emails; its report mailbox is on barclays.com' },
    ],
    report: [
      { url: 'https://barclays.co.uk/help/security-fraud/email-from-barclays', checked: '2026-12-05', channel: 'internetsecurity@barclays.com', note: 'forward a suspicious email that claims to be from us to internetsecurity@barclays.com' },
    ],
  },
};

export const charlesSchwab: SourcedBrand = {
  id: 'charles-schwab', name: 'Charles Schwab', names: ['charles schwab', 'schwab', 'schwab.com', 'td ameritrade'],
  domains: ['schwab.com'],
  assetDomains: ['schwab.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@schwab.com' },
  safeUrl: 'https://client.schwab.com',
  advice: {
    en: 'Schwab eStatements and tax forms are only in your account at schwab.com: open it yourself, never from the email.',
    it: 'Gli estratti conto e i documenti fiscali di Schwab sono solo nel tuo conto su schwab.com: aprilo da te, mai dal messaggio.',
  },
  sources: {
    domains: [
      { url: 'https://www.schwab.com/schwabsafe/security-knowledge-center', checked: '2026-12-05', domains: ['schwab.com'], note: 'Schwab\'s own security knowledge center' },
    ],
    report: [
      { url: 'https://www.atlasfa.com/new-transaction-verification-smishing-campaign', checked: '2026-12-05', channel: 'phishing@schwab.com', note: 'an adviser custodied at Schwab: forward suspicious messages to phishing@schwab.com' },
    ],
  },
};

export const chase: SourcedBrand = {
  id: 'chase', name: 'Chase', names: ['jpmorgan chase', 'jp morgan chase', 'chase bank', 'chase online', 'chase sapphire', 'chase card services'],
  domains: ['chase.com'],
  assetDomains: ['chase.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'abuse@chase.com' },
  safeUrl: 'https://www.chase.com',
  sources: {
    domains: [
      { url: 'https://www.chase.com/digital/resources/privacy-security/security/suspicious-emails', checked: '2026-12-05', domains: ['chase.com'], note: 'Chase\'s own page on suspicious emails' },
    ],
    report: [
      { url: 'https://www.onlinethreatalerts.com/article/2020/5/3/chase-bank-text-scam-beware/', checked: '2026-12-05', channel: 'abuse@chase.com', note: 'quotes Chase\'s FAQ: forward a suspicious email message to us at abuse@chase.com (Chase\'s own page hides the address in the stored copy)' },
      { url: 'https://thepointsguy.com/news/chase-phishing-email/', checked: '2026-12-05', channel: 'abuse@chase.com', note: 'banks\' report addresses: Chase abuse@chase.com' },
    ],
  },
};

export const citi: SourcedBrand = {
  id: 'citi', name: 'Citi', names: ['citibank', 'citicards', 'citi cards', 'citigroup'],
  domains: ['citi.com', 'citibank.com', 'citigroup.com'],
  assetDomains: ['citi.com', 'citibank.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'spoof@citi.com' },
  safeUrl: 'https://www.citi.com',
  sources: {
    domains: [
      { url: 'https://online.citi.com/US/JRS/pands/detail.do?ID=ScamAlert', checked: '2026-12-05', domains: ['citi.com'], note: 'Citi\'s own scam alert' },
      { url: 'https://online.citibank.com/US/JRS/pands/detail.do?ID=EmailFraud', checked: '2026-12-05', domains: ['citibank.com'], note: 'Citibank\'s own E-mail Fraud page' },
      { url: 'https://www.citibank.ru/russia/info/eng/security_13.htm', checked: '2026-12-05', domains: ['citigroup.com'], note: 'Citibank Russia: the official security address is on citigroup.com' },
    ],
    report: [
      { url: 'https://online.citi.com/US/JRS/pands/detail.do?ID=ScamAlert', checked: '2026-12-05', channel: 'spoof@citi.com', note: 'Suspicious emails can be forwarded to spoof@citi.com' },
    ],
  },
};

export const commerzbank: SourcedBrand = {
  id: 'commerzbank', name: 'Commerzbank', names: ['commerzbank', 'comdirect'],
  domains: ['commerzbank.de', 'comdirect.de'],
  assetDomains: ['commerzbank.de'],
  sector: 'bank', countries: ['DE'], neverAsks: BANK_NEVER_ASKS,
  report: {},
  safeUrl: 'https://www.commerzbank.de',
  sources: {
    domains: [
      { url: 'https://www.commerzbank.de/portal/de/geschaeftskunden/service-hilfe/sicherheit/ihr-online-banking/wie-sie-sich-selbst-schuetzen/', checked: '2026-12-05', domains: ['commerzbank.de'], note: 'Commerzbank\'s own online-banking security page: it never asks by e-mail to log in or update data' },
      { url: 'https://comdirect.de/cms/hilfe-service-sicherheit.html', checked: '2026-12-05', domains: ['comdirect.de'], note: 'comdirect\'s own fraud page: fake mail lacks comdirect\'s original sender address, e.g. ".com" instead of ".de"' },
    ],
    report: [],
  },
};

export const hsbc: SourcedBrand = {
  id: 'hsbc', name: 'HSBC', names: ['hsbc', 'hsbc uk', 'hsbc bank', 'first direct'],
  domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.com.hk'],
  assetDomains: ['hsbc.com', 'hsbc.co.uk'],
  sector: 'bank', countries: ['GB'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@hsbc.com' },
  safeUrl: 'https://www.hsbc.co.uk',
  sources: {
    domains: [
      { url: 'https://www.hsbc.com.ph/help/security-centre/report-scam/', checked: '2026-12-05', domains: ['hsbc.com'], note: 'HSBC\'s report-scam page; its mailbox is on hsbc.com' },
      { url: 'https://forms.hsbc.com.hk/help/online-and-banking-security/phishing', checked: '2026-12-05', domains: ['hsbc.com.hk'], note: 'HSBC Hong Kong\'s phishing page' },
      { url: 'https://beatthescam.com/guides/hsbc-phishing-email-scam-uk/', checked: '2026-12-05', domains: ['hsbc.co.uk'], note: 'consumer guide: HSBC UK\'s official sending domain is @hsbc.co.uk' },
    ],
    report: [
      { url: 'https://www.hsbc.com.ph/help/security-centre/report-scam/', checked: '2026-12-05', channel: 'phishing@hsbc.com', note: 'To report phishing websites, smishing texts or suspicious emails, send an email to phishing@hsbc.com' },
    ],
  },
};

export const ing: SourcedBrand = {
  id: 'ing', name: 'ING', names: ['ing', 'ing bank', 'ing-diba', 'ing diba', 'mijn ing'],
  domains: ['ing.com', 'ing.nl', 'ing.be', 'ing.de'],
  assetDomains: ['ing.com', 'ing.nl'],
  sector: 'bank', countries: ['NL', 'DE', 'BE', 'IT', 'ES'], neverAsks: BANK_NEVER_ASKS,
  report: {},
  safeUrl: 'https://www.ing.com',
  sources: {
    domains: [
      { url: 'https://opgelicht.avrotros.nl/amp/phishingmail-uw-rekening-word-in-quarantaine-geplaatst/', checked: '2026-12-05', domains: ['ing.nl', 'ing.com'], note: 'quotes ING\'s site: ING only mails from addresses ending in @ing.nl, @ing.com, @mail.ing.nl, @emailing.ing.nl...' },
      { url: 'https://www.ing.be/en/retail/my-news/online-security/phishing-examples', checked: '2026-12-05', domains: ['ing.be', 'ing.com'], note: 'ING Belgium: our email addresses always end "ing.be" or "ing.com"' },
      { url: 'https://www.ing.de/logout', checked: '2026-12-05', domains: ['ing.de'], note: 'ING Germany\'s own notice: the official website is https://www.ing.de/; it asks for phishing mail as an attachment to info@ing.de, a German service mailbox not offered to the brand\'s other countries' },
    ],
    report: [],
  },
};

export const kbc: SourcedBrand = {
  id: 'kbc', name: 'KBC', names: ['kbc', 'kbc bank', 'kbc brussels', 'cbc banque'],
  domains: ['kbc.be', 'kbcbrussels.be'],
  assetDomains: ['kbc.be'],
  sector: 'bank', countries: ['BE'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'secure4u@kbc.be' },
  safeUrl: 'https://www.kbc.be',
  sources: {
    domains: [
      { url: 'https://www.kbc.be/retail/en/info/secure4u/hoe-weet-ik-of-een-e-mail-echt-van-kbc-komt.html?zone=topnav', checked: '2026-12-05', domains: ['kbc.be'], note: 'KBC usually uses @kbcmail.be, @kbc.be, @mail-kbc.be, @mm.kbcam.be, @mm.kbc.be' },
      { url: 'https://www.kbcbrussels.be/retail/en/information/secure4u/phishing.html', checked: '2026-12-05', domains: ['kbcbrussels.be'], note: 'KBC Brussels\' own phishing page' },
    ],
    report: [
      { url: 'https://www.kbc.be/retail/en/info/secure4u/hoe-weet-ik-of-een-e-mail-echt-van-kbc-komt.html?zone=topnav', checked: '2026-12-05', channel: 'secure4u@kbc.be', note: 'forward the suspicious e-mail to secure4u@kbc.be and our security experts will check it' },
    ],
  },
};

export const lloyds: SourcedBrand = {
  id: 'lloyds', name: 'Lloyds Bank', names: ['lloyds bank', 'lloyds', 'lloyds banking group', 'halifax', 'bank of scotland'],
  domains: ['lloydsbank.com', 'lloydsbank.co.uk', 'lloydsbanking.com'],
  assetDomains: ['lloydsbank.com', 'lloydsbank.co.uk'],
  sector: 'bank', countries: ['GB'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'emailscams@lloydsbanking.com' },
  safeUrl: 'https://www.lloydsbank.com',
  sources: {
    domains: [
      { url: 'https://www.lloydsbank.com/help-guidance/protecting-yourself-from-fraud/bank-safely-scam-messages.asp', checked: '2026-12-05', domains: ['lloydsbank.com', 'lloydsbank.co.uk', 'lloydsbanking.com'], note: 'Our email addresses always end with lloydsbank.co.uk or lloydsbank.com; the email scams mailbox replies from lloydsbanking.com' },
    ],
    report: [
      { url: 'https://lloydsbank.com/help-guidance/protecting-yourself-from-fraud/bank-safely-scam-messages.html', checked: '2026-12-05', channel: 'emailscams@lloydsbanking.com', note: 'If you\'re not sure that an email is from us forward it to emailscams@lloydsbanking.com' },
    ],
  },
};

export const n26: SourcedBrand = {
  id: 'n26', name: 'N26', names: ['n26', 'n26 bank', 'n26 support'],
  domains: ['n26.com'],
  assetDomains: ['n26.com'],
  sector: 'bank', countries: ['DE', 'IT', 'ES', 'FR'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'support@n26.com' },
  safeUrl: 'https://app.n26.com',
  sources: {
    domains: [
      { url: 'https://support.n26.com/en-es/security/account-protection/what-is-phishing', checked: '2026-12-05', domains: ['n26.com'], note: 'N26\'s own support site' },
    ],
    report: [
      { url: 'https://support.n26.com/en-es/security/account-protection/what-is-phishing', checked: '2026-12-05', channel: 'support@n26.com', note: 'How to report suspicious emails: forward the suspicious email thread to us at support@n26.com' },
    ],
  },
};

export const postbank: SourcedBrand = {
  id: 'postbank', name: 'Postbank', names: ['postbank', 'deutsche postbank'],
  domains: ['postbank.de'],
  assetDomains: ['postbank.de'],
  sector: 'bank', countries: ['DE'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'missbrauch@postbank.de' },
  safeUrl: 'https://www.postbank.de',
  sources: {
    domains: [
      { url: 'https://ams-uat.postbank.de/themenwelten/geld-finanzen/artikel_cyberkriminalitaet-so-erkennen-sie-phishing-emails.html', checked: '2026-12-05', domains: ['postbank.de'], note: 'Postbank\'s own article on phishing emails' },
    ],
    report: [
      { url: 'https://ams-uat.postbank.de/themenwelten/geld-finanzen/artikel_cyberkriminalitaet-so-erkennen-sie-phishing-emails.html', checked: '2026-12-05', channel: 'missbrauch@postbank.de', note: 'Unsere E-Mail-Adresse für diese Fälle lautet missbrauch@postbank.de' },
      { url: 'https://buntes-nrw.de/gefaelschte-postbank-e-mails/', checked: '2026-12-05', channel: 'missbrauch@postbank.de', note: 'forward phishing e-mails to missbrauch@postbank.de' },
    ],
  },
};

export const rabobank: SourcedBrand = {
  id: 'rabobank', name: 'Rabobank', names: ['rabobank', 'rabo bank'],
  domains: ['rabobank.nl', 'rabobank.be'],
  assetDomains: ['rabobank.nl'],
  sector: 'bank', countries: ['NL'], neverAsks: BANK_NEVER_ASKS,
  report: {},
  safeUrl: 'https://www.rabobank.nl',
  sources: {
    domains: [
      { url: 'https://www.rabobank.nl/en/secure-banking/learn-to-recognize-fraud/phishing', checked: '2026-12-05', domains: ['rabobank.nl'], note: 'For a Rabobank URL, rabobank.nl always appears in front of the first /' },
      { url: 'https://www.rabobank.be/kennis/2020/02/uw-bank-is-verplicht-u-beter-te-leren-kennen', checked: '2026-12-05', domains: ['rabobank.be'], note: 'Rabobank.be\'s own page' },
    ],
    report: [],
  },
};

export const revolut: SourcedBrand = {
  id: 'revolut', name: 'Revolut', names: ['revolut', 'revolut bank', 'revolut support'],
  domains: ['revolut.com'],
  assetDomains: ['revolut.com'],
  sector: 'bank', countries: [], neverAsks: BANK_NEVER_ASKS,
  report: {},
  safeUrl: 'https://app.revolut.com',
  advice: {
    en: 'Revolut never asks you to move money to a "safe account": only you can move money in your app.',
    it: 'Revolut non chiede mai di spostare denaro su un "conto sicuro": solo tu puoi muovere denaro nella tua app.',
  },
  sources: {
    domains: [
      { url: 'https://help.revolut.com/it-IT/help/security-logging-in/how-do-i-report-a-suspicious-call-email-link-or-text/', checked: '2026-12-05', domains: ['revolut.com'], note: 'legitimate emails use official domains (e.g. @revolut.com); reports go through the in-app chat, no page or mailbox' },
    ],
    report: [],
  },
};

export const tfBank: SourcedBrand = {
  id: 'tf-bank', name: 'TF Bank', names: ['tf bank', 'tfbank'],
  domains: ['tfbank.de', 'tfbank.at'],
  assetDomains: ['tfbank.de'],
  sector: 'bank', countries: ['DE', 'SE', 'FI', 'NO', 'AT'], neverAsks: BANK_NEVER_ASKS,
  report: {},
  safeUrl: 'https://www.tfbank.de',
  sources: {
    domains: [
      { url: 'https://tfbank.de/service/phishing', checked: '2026-12-05', domains: ['tfbank.de'], note: 'TF Bank Germany\'s own phishing page (official site https://tfbank.de/)' },
      { url: 'https://tfbank.at/phishing', checked: '2026-12-05', domains: ['tfbank.at'], note: 'TF Bank Austria\'s own phishing page' },
    ],
    report: [],
  },
};

export const wellsFargo: SourcedBrand = {
  id: 'wells-fargo', name: 'Wells Fargo', names: ['wells fargo', 'wellsfargo', 'wells fargo bank', 'wells fargo online'],
  domains: ['wellsfargo.com'],
  assetDomains: ['wellsfargo.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'reportphish@wellsfargo.com', url: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish' },
  safeUrl: 'https://www.wellsfargo.com',
  sources: {
    domains: [
      { url: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish', checked: '2026-12-05', domains: ['wellsfargo.com'], note: 'Wells Fargo\'s own report-phishing page' },
    ],
    report: [
      { url: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish', checked: '2026-12-05', channel: 'reportphish@wellsfargo.com', note: 'Forward the suspicious email or text to reportphish@wellsfargo.com' },
      { url: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish', checked: '2026-12-05', channel: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish', note: 'Phishing Email and Text Scams: how to report them' },
    ],
  },
};
