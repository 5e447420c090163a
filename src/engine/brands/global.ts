// Global brands most impersonated in phishing (Phishing Pot's senders, APWG and Check Point brand reports).
// Domains are registrable domains the brand really sends from or links to, ESP sending domains included; hosts where
// anyone can publish (onmicrosoft.com tenants, sharepoint.com sites, googleapis.com buckets) are left out on purpose.
import type { SourcedBrand } from '../model';

export const adobe: SourcedBrand = {
  id: 'adobe', name: 'Adobe', names: ['adobe', 'adobe acrobat', 'acrobat sign', 'adobe sign', 'adobe document cloud'],
  domains: ['adobe.com', 'adobesign.com', 'echosign.com'],
  assetDomains: ['adobe.com'],
  sector: 'tech', countries: [], neverAsks: ['password', 'otp'],
  report: {},
  safeUrl: 'https://account.adobe.com',
  sources: {
    domains: [
      { url: 'http://www.adobe.com/security/recognizing-scams.html', checked: '2026-12-05', domains: ['adobe.com'], note: 'Adobe\'s own page on recognizing scams: log in directly at www.adobe.com' },
      { url: 'https://helpx.adobe.com/bg/sign/using/echosign-domain-change.html', checked: '2026-12-05', domains: ['adobesign.com', 'echosign.com'], note: 'Adobe Acrobat Sign moved from echosign.com to its new domain adobesign.com (mail from adobesign@adobesign.com)' },
    ],
    report: [],
  },
};

export const americanExpress: SourcedBrand = {
  id: 'american-express', name: 'American Express', names: ['american express', 'amex'],
  domains: ['americanexpress.com', 'aexp.com'],
  assetDomains: ['americanexpress.com'],
  sector: 'payments', countries: [], neverAsks: ['password', 'otp', 'card', 'payment-by-link'],
  report: { email: 'spoof@americanexpress.com' },
  safeUrl: 'https://www.americanexpress.com',
  sources: {
    domains: [
      { url: 'https://americanexpress.com/sg/security/safety-fraud/protecting-yourself/phishing/index.html', checked: '2026-12-05', domains: ['americanexpress.com', 'aexp.com'], note: 'American Express emails you from addresses such as @americanexpress.com, @email.americanexpress.com, @aexp.com and @welcome.aexp.com' },
      { url: 'https://americanexpress.com/it/sicurezza/phishing.html', checked: '2026-12-05', domains: ['americanexpress.com', 'aexp.com'], note: 'American Express Italia: di solito invia email da @americanexpress.com, @aexp.com o @welcome.aexp.com' },
    ],
    report: [
      { url: 'https://americanexpress.com/sg/security/safety-fraud/protecting-yourself/phishing/index.html', checked: '2026-12-05', channel: 'spoof@americanexpress.com', note: 'if an email looks like a phishing attempt, forward it to spoof@americanexpress.com' },
    ],
  },
};

export const apple: SourcedBrand = {
  id: 'apple', name: 'Apple', names: ['apple', 'apple id', 'icloud', 'itunes', 'app store', 'apple store', 'apple support', 'apple pay', 'apple music'],
  domains: ['apple.com'],
  assetDomains: ['apple.com'],
  sector: 'tech', countries: [], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'reportphishing@apple.com' },
  safeUrl: 'https://account.apple.com',
  sources: {
    domains: [
      { url: 'https://support.apple.com/118230', checked: '2026-12-05', domains: ['apple.com'], note: 'Apple\'s support site; icloud.com, me.com and mac.com are its users\' mailboxes (shared webmail, not Apple\'s own)' },
    ],
    report: [
      { url: 'https://www.mass.gov/news/scammers-phishing-for-apple-users', checked: '2026-12-05', channel: 'reportphishing@apple.com', note: 'Massachusetts Office of Consumer Affairs: Apple suggests forwarding suspicious emails to reportphishing@apple.com' },
    ],
  },
};

export const att: SourcedBrand = {
  id: 'att', name: 'AT&T', names: ['at&t', 'at & t', 'att wireless', 'at&t wireless'],
  // att.net is AT&T's consumer mailbox domain (freemail-domains.ts): its customers write from it, so it is no anchor.
  domains: ['att.com'],
  assetDomains: ['att.com'],
  sector: 'telecom', countries: ['US'], neverAsks: ['password', 'otp', 'card'],
  report: { email: 'abuse@att.net' },
  safeUrl: 'https://www.att.com/my/',
  sources: {
    domains: [
      { url: 'https://www.att.com/support/article/dsl-high-speed/KM1010136', checked: '2026-12-05', domains: ['att.com'], note: 'AT&T\'s own phishing help page, served from att.com' },
      { url: 'https://forums.att.com/t5/AT-T-Internet-Email-Security/Fraudulent-AT-amp-T-Emails-How-To-Recognize-and-Report-Them/m-p/5125421/thread-id/21595/highlight/true/tab/html', checked: '2026-12-05', domains: ['att.com'], note: 'AT&T Community Support: links in fraudulent AT&T mail lead to non-att.com domains; go to att.com yourself' },
    ],
    report: [
      { url: 'https://www.att.com/support/article/dsl-high-speed/KM1010136', checked: '2026-12-05', channel: 'abuse@att.net', note: 'AT&T: if you get a request for personal or account info, report it to AT&T Internet Security at abuse@att.net' },
    ],
  },
};

export const binance: SourcedBrand = {
  id: 'binance', name: 'Binance', names: ['binance'],
  domains: ['binance.com'],
  assetDomains: ['binance.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'phone-call'],
  report: {},
  safeUrl: 'https://www.binance.com',
  sources: {
    domains: [
      { url: 'https://binance.com/en/support/faq/360002070252', checked: '2026-12-05', domains: ['binance.com'], note: 'Binance\'s own FAQ on identifying phishing emails (scammers spoof their sender address to appear as binance.com)' },
    ],
    report: [],
  },
};

export const coinbase: SourcedBrand = {
  id: 'coinbase', name: 'Coinbase', names: ['coinbase'],
  domains: ['coinbase.com'],
  assetDomains: ['coinbase.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'phone-call'],
  report: { email: 'security@coinbase.com' },
  safeUrl: 'https://www.coinbase.com',
  sources: {
    domains: [
      { url: 'https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/what-is-phishing', checked: '2026-12-05', domains: ['coinbase.com'], note: 'emails from Coinbase always end in the coinbase.com domain (or its sub-domains)' },
    ],
    report: [
      { url: 'https://help.coinbase.com/de/coinbase/privacy-and-security/avoiding-phishing-and-scams/reporting-phishing-sites', checked: '2026-12-05', channel: 'security@coinbase.com', note: 'report phishing sites and emails (with full headers) to security@coinbase.com' },
    ],
  },
};

export const costco: SourcedBrand = {
  id: 'costco', name: 'Costco', names: ['costco', 'costco wholesale'],
  domains: ['costco.com'],
  assetDomains: ['costco.com'],
  sector: 'retail', countries: ['US', 'CA', 'GB', 'ES', 'FR'], neverAsks: ['password', 'card', 'personal-data'],
  report: {},
  safeUrl: 'https://www.costco.com',
  sources: {
    domains: [
      { url: 'https://en.as.com/latest_news/costco-fake-email-scam-how-to-detect-it-and-what-to-do-if-you-receive-it-n', checked: '2026-12-05', domains: ['costco.com'], note: 'Costco\'s statement: any email sent by the company will be from an address with the domain @costco.com' },
    ],
    report: [],
  },
};

export const dhl: SourcedBrand = {
  id: 'dhl', name: 'DHL', names: ['dhl', 'dhl express', 'deutsche post', 'dhl paket'],
  domains: ['dhl.com', 'dhl.it', 'dhl.de', 'dhl.fr', 'dhl.es', 'dhl.co.uk', 'dhl.nl', 'dhl.com.br', 'dpdhl.com', 'dhl-news.com'],
  assetDomains: ['dhl.com', 'dhl.de'],
  sector: 'courier', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'phishing-dpdhl@dhl.com' },
  safeUrl: 'https://www.dhl.com/tracking',
  sources: {
    domains: [
      { url: 'https://www.dhl.com/ie-en/home/footer/fraud-awareness.html', checked: '2026-12-05', domains: ['dhl.com', 'dpdhl.com', 'dhl.de', 'dhl.fr', 'dhl-news.com', 'dhl.it', 'dhl.es', 'dhl.co.uk', 'dhl.nl', 'dhl.com.br'], note: 'official DHL communication is sent from @dhl.com, @dpdhl.com, @dhl.de, @dhl.fr, @dhl-news.com or another country domain after @dhl' },
    ],
    report: [
      { url: 'https://www.dhl.com/ie-en/home/footer/fraud-awareness.html', checked: '2026-12-05', channel: 'phishing-dpdhl@dhl.com', note: 'report all suspicious activity to our dedicated Anti-Abuse Mailbox, the email attached' },
    ],
  },
};

export const docusign: SourcedBrand = {
  id: 'docusign', name: 'DocuSign', names: ['docusign', 'docu sign', 'docusign electronic signature'],
  domains: ['docusign.com', 'docusign.net'],
  assetDomains: ['docusign.com', 'docusign.net'],
  sector: 'tech', countries: [], neverAsks: ['password', 'attachment'],
  report: { email: 'spam@docusign.com', url: 'https://www.docusign.com/trust/security/incident-reporting' },
  safeUrl: 'https://app.docusign.com',
  sources: {
    domains: [
      { url: 'https://www.docusign.com/trust/security/incident-reporting', checked: '2026-12-05', domains: ['docusign.com'], note: 'DocuSign\'s own Trust Center page on reporting imitation emails' },
      { url: 'https://pdp.sjsu.edu/it/security/cybersecurity/it-security-tips/docusign-phishing.php', checked: '2026-12-05', domains: ['docusign.net'], note: 'San José State University IT: DocuSign emails will always be from an @docusign.net address' },
    ],
    report: [
      { url: 'https://support.docusign.com/en/articles/What-Should-I-Do-if-I-Receive-a-Suspicious-Email', checked: '2026-12-05', channel: 'spam@docusign.com', note: 'an email without the envelope security code is not a valid DocuSign email: send it to spam@docusign.com' },
      { url: 'https://www.docusign.com/trust/security/incident-reporting', checked: '2026-12-05', channel: 'https://www.docusign.com/trust/security/incident-reporting', note: 'Incident Reporting - Security Concerns: how to report a fake DocuSign-themed email or website' },
    ],
  },
};

export const dropbox: SourcedBrand = {
  id: 'dropbox', name: 'Dropbox', names: ['dropbox', 'dropbox transfer'],
  domains: ['dropbox.com', 'dropboxmail.com', 'dropboxstatic.com', 'db.tt', 'hellosign.com'],
  assetDomains: ['dropboxstatic.com', 'dropbox.com'],
  sector: 'tech', countries: [], neverAsks: ['password'],
  report: { email: 'abuse@dropbox.com' },
  safeUrl: 'https://www.dropbox.com/login',
  sources: {
    domains: [
      { url: 'https://help.dropbox.com/security/phishing-virus-protection', checked: '2026-12-05', domains: ['dropbox.com', 'dropboxmail.com'], note: 'official Dropbox websites and emails only come from verified Dropbox domains such as dropbox.com or dropboxmail.com' },
      { url: 'https://help.dropbox.com/security/official-domains', checked: '2026-12-05', domains: ['dropbox.com', 'dropboxmail.com', 'dropboxstatic.com', 'db.tt'], note: 'What official domains does Dropbox use? Verified Dropbox domains include db.tt, dropbox.com, dropboxmail.com and dropboxstatic.com (dropboxusercontent.com only hosts users\' own files)' },
      { url: 'https://es.hellosign.com/trust/security/incidents', checked: '2026-12-05', domains: ['hellosign.com'], note: 'HelloSign (Dropbox Sign) trust page: access documents from https://www.hellosign.com; privacy requests go to privacy@dropbox.com' },
    ],
    report: [
      { url: 'https://help.dropbox.com/de-de/security/unknown-sender', checked: '2026-12-05', channel: 'abuse@dropbox.com', note: 'forward a fake or doubtful Dropbox email to abuse@dropbox.com so Dropbox can investigate' },
    ],
  },
};

export const ebay: SourcedBrand = {
  id: 'ebay', name: 'eBay', names: ['ebay'],
  domains: ['ebay.com', 'ebay.co.uk', 'ebay.it', 'ebay.de'],
  assetDomains: [],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'spoof@ebay.com' },
  safeUrl: 'https://www.ebay.com',
  sources: {
    domains: [
      { url: 'https://www.ebay.com/help/account/protecting-account/recognising-spoof-emails?id=4195', checked: '2026-12-05', domains: ['ebay.com'], note: 'eBay\'s own help page on spoof and phishing emails' },
      { url: 'http://www.ebay.co.uk/gds/WHAT-IS-A-SPOOF-EMAIL-/10000000000777278/g.html', checked: '2026-12-05', domains: ['ebay.co.uk'], note: 'guide on eBay\'s UK site; forward doubtful emails to spoof@ebay.co.uk' },
      { url: 'http://pages.ebay.it/help/account/questions/is-website-real.html', checked: '2026-12-05', domains: ['ebay.it'], note: 'eBay\'s Italian help page on phishing calls and emails (Riconoscere telefonate e email di phishing)' },
      { url: 'https://www.ebay.de/help/account/protecting-account/geflschte-emails-erkennen?id=4195', checked: '2026-12-05', domains: ['ebay.de'], note: 'eBay\'s German help page on fake emails (Gefälschte E-Mails erkennen)' },
    ],
    report: [
      { url: 'https://www.ebay.com/help/account/protecting-account/recognising-spoof-emails?id=4195', checked: '2026-12-05', channel: 'spoof@ebay.com', note: 'forward the message to us as an attachment at spoof@ebay.com' },
    ],
  },
};

export const facebook: SourcedBrand = {
  id: 'facebook', name: 'Facebook', names: ['facebook', 'meta platforms', 'meta business', 'meta for business', 'facebook ads', 'meta ads'],
  domains: ['facebook.com', 'facebookmail.com', 'fb.com'], assetDomains: ['facebook.com'],
  sector: 'social', countries: [], neverAsks: ['password', 'otp', 'payment-by-link'],
  report: { email: 'phish@fb.com' },
  safeUrl: 'https://www.facebook.com/settings',
  sources: {
    domains: [
      { url: 'https://loglist.net/blog/securityfacebookmail-legit', checked: '2026-12-05', domains: ['facebook.com', 'facebookmail.com'], note: 'emails from Facebook come from @facebookmail.com or @facebook.com; links lead to www.facebook.com' },
      { url: 'https://www.gmanetwork.com/news/hashtag/content/269315/facebook-sets-up-hotline-to-report-phishing-scams/story', checked: '2026-12-05', domains: ['fb.com'], note: 'Facebook\'s own report address is on fb.com' },
    ],
    report: [
      { url: 'https://www.gmanetwork.com/news/hashtag/content/269315/facebook-sets-up-hotline-to-report-phishing-scams/story', checked: '2026-12-05', channel: 'phish@fb.com', note: 'Facebook\'s blog post: email phish@fb.com to report phishing attempts impersonating Facebook' },
      { url: 'https://legitvsscam.com/is-securityfacebookmail-legit/', checked: '2026-12-05', channel: 'phish@fb.com', note: 'forward suspicious emails to phish@fb.com' },
    ],
  },
};

export const fedex: SourcedBrand = {
  id: 'fedex', name: 'FedEx', names: ['fedex', 'fed ex', 'federal express'],
  domains: ['fedex.com'],
  assetDomains: ['fedex.com'],
  sector: 'courier', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.fedex.com/en-us/trust-center/report-fraud.html' },
  safeUrl: 'https://www.fedex.com/fedextrack/',
  sources: {
    domains: [
      { url: 'https://www.fedex.com/en-gp/trust-center/report-fraud.html', checked: '2026-12-05', domains: ['fedex.com'], note: 'FedEx\'s own report-fraud page' },
    ],
    report: [
      { url: 'https://www.fedex.com/en-gp/trust-center/report-fraud.html', checked: '2026-12-05', channel: 'https://www.fedex.com/en-us/trust-center/report-fraud.html', note: 'Recognize & report fraud: forward fraudulent emails and texts to FedEx (the US edition of the same page)' },
    ],
  },
};

export const google: SourcedBrand = {
  id: 'google', name: 'Google', names: ['google', 'gmail', 'google account', 'google drive', 'google workspace', 'google docs', 'youtube'],
  domains: ['google.com'],
  assetDomains: ['google.com'],
  sector: 'tech', countries: [], neverAsks: ['password', 'otp'],
  report: { url: 'https://safebrowsing.google.com/safebrowsing/report_phish/' },
  safeUrl: 'https://myaccount.google.com',
  sources: {
    domains: [
      { url: 'https://letsradiate.com/understanding-gmail-domains-gmail-com-googlemail-com-and-google-com/', checked: '2026-12-05', domains: ['google.com'], note: 'gmail.com and googlemail.com are users\' Gmail addresses; google.com is Google\'s own' },
    ],
    report: [
      { url: 'https://www.pcwelt.de/article/1362899/phishing-und-malware-sites-an-google-melden.html', checked: '2026-12-05', channel: 'https://safebrowsing.google.com/safebrowsing/report_phish/', note: 'Google\'s form for reporting a phishing site' },
    ],
  },
};

export const instagram: SourcedBrand = {
  id: 'instagram', name: 'Instagram', names: ['instagram'],
  // Instagram's mail comes from Meta's shared senders (facebookmail.com, metamail.com...) as well as its own domain.
  domains: ['instagram.com', 'facebookmail.com', 'facebook.com', 'fb.com', 'meta.com', 'metamail.com'],
  assetDomains: ['instagram.com'],
  sector: 'social', countries: [], neverAsks: ['password', 'otp', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.instagram.com/accounts/edit/',
  sources: {
    domains: [
      { url: 'https://about.instagram.com/blog/announcements/continuing-to-keep-instagram-safe-and-secure', checked: '2026-12-05', domains: ['instagram.com'], note: 'Instagram\'s own blog on account security (Instagram.com/hacked for account recovery)' },
      { url: 'https://timesofindia.indiatimes.com/technology/tech-tips/how-to-avoid-phishing-scam-on-instagram-a-complete-guide/articleshow/127397722.cms', checked: '2026-12-05', domains: ['facebookmail.com', 'facebook.com', 'fb.com', 'meta.com', 'metamail.com'], note: 'Instagram\'s advice: genuine Meta email addresses include @facebookmail.com, @support.facebook.com, @fb.com, @meta.com and @go.metamail.com' },
    ],
    report: [],
  },
};

export const ledger: SourcedBrand = {
  id: 'ledger', name: 'Ledger', names: ['ledger', 'ledger live', 'ledger nano', 'ledger wallet', 'ledger support', 'ledger sas'],
  domains: ['ledger.com'],
  assetDomains: ['ledger.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'phone-call'],
  report: {},
  safeUrl: 'https://www.ledger.com',
  advice: {
    en: 'Ledger will never ask for your 24-word recovery phrase: whoever has it owns your crypto.',
    it: 'Ledger non chiede mai le 24 parole di recupero: chi le ha possiede le tue criptovalute.',
  },
  sources: {
    domains: [
      { url: 'https://www.ledger.com/phishing-campaigns-status', checked: '2026-12-05', domains: ['ledger.com'], note: 'Ledger\'s own list of ongoing phishing campaigns' },
    ],
    report: [],
  },
};

export const linkedin: SourcedBrand = {
  id: 'linkedin', name: 'LinkedIn', names: ['linkedin', 'linked in'],
  domains: ['linkedin.com', 'licdn.com'],
  assetDomains: ['licdn.com'],
  sector: 'social', countries: [], neverAsks: ['password'],
  report: { email: 'phishing@linkedin.com' },
  safeUrl: 'https://www.linkedin.com',
  sources: {
    domains: [
      { url: 'http://help.linkedin.com/app/safety/answers/detail/a_id/37021/h/c', checked: '2026-12-05', domains: ['linkedin.com'], note: 'LinkedIn\'s own help page on phishing; LinkedIn signs all its emails (DMARC)' },
      { url: 'https://learn.microsoft.com/en-us/linkedin/shared/references/v2/profile/background-image', checked: '2026-12-05', domains: ['licdn.com'], note: 'LinkedIn API reference: media is retrieved from the LinkedIn CDN at media.licdn.com and static.licdn.com' },
    ],
    report: [
      { url: 'http://help.linkedin.com/app/safety/answers/detail/a_id/37021/h/c', checked: '2026-12-05', channel: 'phishing@linkedin.com', note: 'a suspicious email purporting to be from LinkedIn: notify us via phishing@linkedin.com' },
    ],
  },
};

export const mcafee: SourcedBrand = {
  id: 'mcafee', name: 'McAfee', names: ['mcafee', 'mc afee', 'mcafee total protection', 'mcafee antivirus'],
  domains: ['mcafee.com'],
  assetDomains: ['mcafee.com'],
  sector: 'security', countries: [], neverAsks: ['card', 'phone-call', 'payment-by-link'],
  report: { email: 'scam@mcafee.com' },
  safeUrl: 'https://home.mcafee.com',
  sources: {
    domains: [
      { url: 'https://www.mcafee.com/en-nz/cyber-scam/customer-scam-awareness.html', checked: '2026-12-05', domains: ['mcafee.com'], note: 'McAfee\'s own scam-awareness page' },
    ],
    report: [
      { url: 'https://www.mcafee.com/en-nz/cyber-scam/customer-scam-awareness.html', checked: '2026-12-05', channel: 'scam@mcafee.com', note: 'report fraudulent emails using the McAfee brand to scam@mcafee.com' },
    ],
  },
};

export const metamask: SourcedBrand = {
  id: 'metamask', name: 'MetaMask', names: ['metamask', 'meta mask'],
  domains: ['metamask.io'],
  assetDomains: ['metamask.io'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data'],
  report: {},
  safeUrl: 'https://metamask.io',
  advice: {
    en: 'MetaMask never asks for your Secret Recovery Phrase and never emails you about your wallet.',
    it: 'MetaMask non chiede mai la frase segreta di recupero e non scrive mai email sul tuo wallet.',
  },
  sources: {
    domains: [
      { url: 'https://legitvsscam.com/metamask-scam-emails/', checked: '2026-12-05', domains: ['metamask.io'], note: 'legitimate MetaMask support emails come from metamask.io addresses such as support@metamask.io' },
      { url: 'https://mycryptomania.com/?p=41212', checked: '2026-12-05', domains: ['metamask.io'], note: 'an email not from the official @metamask.io domain is a scam' },
    ],
    report: [],
  },
};

export const microsoft: SourcedBrand = {
  id: 'microsoft', name: 'Microsoft',
  names: ['microsoft', 'office 365', 'office365', 'microsoft 365', 'microsoft365', 'outlook', 'onedrive', 'one drive', 'sharepoint', 'microsoft teams', 'hotmail', 'windows live', 'microsoft account'],
  domains: ['microsoft.com'],
  assetDomains: ['microsoft.com'],
  sector: 'tech', countries: [], neverAsks: ['password', 'otp', 'phone-call'],
  report: {},
  safeUrl: 'https://account.microsoft.com',
  sources: {
    domains: [
      { url: 'https://learn.microsoft.com/en-us/graph/api/message-reportmessage', checked: '2026-12-05', domains: ['microsoft.com'], note: 'Microsoft\'s documentation site; Microsoft\'s notices come from microsoft.com (accountprotection.microsoft.com)' },
    ],
    report: [],
  },
};

export const netflix: SourcedBrand = {
  id: 'netflix', name: 'Netflix', names: ['netflix'],
  domains: ['netflix.com'],
  assetDomains: [],
  sector: 'streaming', countries: [], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: { email: 'phishing@netflix.com' },
  safeUrl: 'https://www.netflix.com/account',
  sources: {
    domains: [
      { url: 'https://help.netflix.com/en/node/65674', checked: '2026-12-05', domains: ['netflix.com'], note: 'Netflix\'s help page on phishing' },
    ],
    report: [
      { url: 'https://help.netflix.com/en/node/65674', checked: '2026-12-05', channel: 'phishing@netflix.com', note: 'forward the email to phishing@netflix.com' },
    ],
  },
};

export const norton: SourcedBrand = {
  id: 'norton', name: 'Norton', names: ['norton', 'norton antivirus', 'norton 360', 'nortonlifelock', 'gen digital'],
  domains: ['norton.com', 'nortonlifelock.com'],
  assetDomains: ['norton.com', 'nortonlifelock.com'],
  sector: 'security', countries: [], neverAsks: ['card', 'phone-call', 'payment-by-link'],
  report: {},
  safeUrl: 'https://my.norton.com',
  sources: {
    domains: [
      { url: 'https://au.norton.com/blog/online-scams/fraudulent-use-nortonlifelock-brand', checked: '2026-12-05', domains: ['norton.com'], note: 'Norton\'s own blog on scams abusing the Norton and NortonLifeLock names' },
      { url: 'https://nortonlifelock.com/gb/en/legal/anti-piracy/avoid-fraud', checked: '2026-12-05', domains: ['nortonlifelock.com'], note: 'NortonLifeLock\'s own page: check current product prices at https://nortonlifelock.com; beware of phishing emails masquerading as NortonLifeLock' },
      { url: 'https://community.norton.com/t/did-you-receive-an-email-offer-to-renew-your-norton-subscription/218353', checked: '2026-12-05', domains: ['norton.com', 'nortonlifelock.com'], note: 'Norton\'s community site: Norton sends official mail from norton@nortonlifelock.com, norton@secure.norton.com and ems@norton.com' },
      { url: 'https://www.antivirusaz.com/faq/art/norton-email-scams/', checked: '2026-12-05', domains: ['norton.com', 'nortonlifelock.com'], note: 'an official Norton email is sent from an address like @nortonlifelock.com or @norton.com' },
    ],
    report: [],
  },
};

export const paypal: SourcedBrand = {
  id: 'paypal', name: 'PayPal', names: ['paypal', 'pay pal', 'paypal.com', 'paypal.it'],
  domains: ['paypal.com', 'paypal.it'],
  assetDomains: ['paypal.com'],
  sector: 'payments', countries: [], neverAsks: ['password', 'otp', 'card', 'bank-details'],
  report: { email: 'phishing@paypal.com' },
  safeUrl: 'https://www.paypal.com/myaccount',
  sources: {
    domains: [
      { url: 'https://www.paypal.com/us/webapps/mpp/security/suspicious-activity', checked: '2026-12-05', domains: ['paypal.com'], note: 'PayPal\'s own page on reporting fraudulent emails and websites' },
      { url: 'https://www.paypal.com/it/webapps/mpp/phishing', checked: '2026-12-05', domains: ['paypal.it'], note: 'PayPal Italia: in Italy a genuine PayPal address always ends in paypal.it (read at safebreach.paypal.com, the same page)' },
    ],
    report: [
      { url: 'https://www.paypal.com/th/webapps/mpp/phishing', checked: '2026-12-05', channel: 'phishing@paypal.com', note: 'forward it to us at phishing@paypal.com and we will investigate (read at qwac.paypal.com, the same page)' },
    ],
  },
};

export const shein: SourcedBrand = {
  id: 'shein', name: 'SHEIN', names: ['shein'],
  domains: ['shein.com'],
  assetDomains: [],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.shein.com',
  sources: {
    domains: [
      { url: 'https://internetretailing.com.au/experts-warn-of-phishing-scam-targeting-shein-shoppers/', checked: '2026-12-05', domains: ['shein.com'], note: 'check that the domain name matches Shein\'s official site (shein.com)' },
    ],
    report: [],
  },
};

export const spotify: SourcedBrand = {
  id: 'spotify', name: 'Spotify', names: ['spotify'],
  domains: ['spotify.com'],
  assetDomains: [],
  sector: 'streaming', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'spoof@spotify.com' },
  safeUrl: 'https://www.spotify.com/account',
  sources: {
    domains: [
      { url: 'https://support.spotify.com/it/account_payment_help/privacy/suspicious-email/', checked: '2026-12-05', domains: ['spotify.com'], note: 'Spotify: the sender\'s address ends with @spotify.com when the email comes from us' },
    ],
    report: [
      { url: 'https://support.spotify.com/it/account_payment_help/privacy/suspicious-email/', checked: '2026-12-05', channel: 'spoof@spotify.com', note: 'per segnalare un\'e-mail di phishing, inoltrala a spoof@spotify.com' },
    ],
  },
};

export const temu: SourcedBrand = {
  id: 'temu', name: 'Temu', names: ['temu'],
  domains: ['temu.com'],
  assetDomains: [],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.temu.com/bgch_report_suspicious.html' },
  safeUrl: 'https://www.temu.com',
  sources: {
    domains: [
      { url: 'https://www.temu.com/nz/support/c3/how-to-recognise-scam-emails-f-208-s-2039.html', checked: '2026-12-05', domains: ['temu.com'], note: 'Temu\'s own help page on recognising scam emails' },
    ],
    report: [
      { url: 'https://technode.global/prnasia/temu-enlists-help-of-consumers-to-flag-scam-sites-shares-tips-to-shop-safely-this-holiday-season/', checked: '2026-12-05', channel: 'https://www.temu.com/bgch_report_suspicious.html', note: 'Temu press release: report fraudulent Temu websites, suspicious text messages or calls at https://www.temu.com/bgch_report_suspicious.html' },
    ],
  },
};

export const trustWallet: SourcedBrand = {
  id: 'trust-wallet', name: 'Trust Wallet', names: ['trust wallet', 'trustwallet'],
  domains: ['trustwallet.com'],
  assetDomains: ['trustwallet.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data'],
  report: { url: 'https://support.trustwallet.com/' },
  safeUrl: 'https://trustwallet.com',
  sources: {
    domains: [
      { url: 'https://support.trustwallet.com/en/support/solutions/articles/67000734572-how-to-spot-and-handle-phishing-emails', checked: '2026-12-05', domains: ['trustwallet.com'], note: 'Trust Wallet\'s own help center on phishing emails' },
    ],
    report: [
      { url: 'https://support.trustwallet.com/en/support/solutions/articles/67000734572-how-to-spot-and-handle-phishing-emails', checked: '2026-12-05', channel: 'https://support.trustwallet.com/', note: 'to forward phishing emails to Trust Wallet\'s support team, create a ticket at support.trustwallet.com' },
    ],
  },
};

export const ups: SourcedBrand = {
  id: 'ups', name: 'UPS', names: ['ups', 'united parcel service', 'ups my choice'],
  domains: ['ups.com', 'upsemail.com'],
  assetDomains: ['ups.com'],
  sector: 'courier', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { email: 'fraud@ups.com' },
  safeUrl: 'https://www.ups.com/track',
  sources: {
    domains: [
      { url: 'https://www.ups.com/us/en/support/shipping-support/legal-terms-conditions/fight-fraud.page', checked: '2026-12-05', domains: ['ups.com', 'upsemail.com'], note: 'legitimate UPS links start with www.ups.com, billing.ups.com, go.ups.com or links4.upsemail.com; emails come from ...@ups.com or ups@upsemail.com (read at filexfer.ups.com, the same page)' },
    ],
    report: [
      { url: 'https://www.ups.com/ai/en/about/news/fraud-alert.page', checked: '2026-12-05', channel: 'fraud@ups.com', note: 'send a screen shot of the message or forward it to Fraud@ups.com for investigation' },
    ],
  },
};

export const walmart: SourcedBrand = {
  id: 'walmart', name: 'Walmart', names: ['walmart', 'wal-mart'],
  domains: ['walmart.com'],
  assetDomains: [],
  sector: 'retail', countries: ['US'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.walmart.com',
  sources: {
    domains: [
      { url: 'http://corporate.walmart.com/privacy-security/fraud-alerts/phishing', checked: '2026-12-05', domains: ['walmart.com'], note: 'Walmart\'s own fraud-alert page on phishing' },
    ],
    report: [],
  },
};

export const wetransfer: SourcedBrand = {
  id: 'wetransfer', name: 'WeTransfer', names: ['wetransfer', 'we transfer'],
  domains: ['wetransfer.com'],
  assetDomains: ['wetransfer.com'],
  sector: 'tech', countries: [], neverAsks: ['password'],
  report: {},
  safeUrl: 'https://wetransfer.com',
  sources: {
    domains: [
      { url: 'https://help.wetransfer.com/hc/it/articles/208554176-Tentativi-di-phishing-e-altre-strane-imitazioni-di-WeTransfer', checked: '2026-12-05', domains: ['wetransfer.com'], note: 'WeTransfer\'s help on phishing: a genuine download button leads to our domain, https://wetransfer.com' },
    ],
    report: [],
  },
};

export const whatsapp: SourcedBrand = {
  id: 'whatsapp', name: 'WhatsApp', names: ['whatsapp', 'whats app'],
  domains: ['whatsapp.com'],
  assetDomains: ['whatsapp.com'],
  sector: 'social', countries: [], neverAsks: ['password', 'otp'],
  report: {},
  safeUrl: 'https://www.whatsapp.com',
  sources: {
    domains: [
      { url: 'https://faq.whatsapp.com/ms/android/28030005/?category=5245250&lang=de', checked: '2026-12-05', domains: ['whatsapp.com'], note: 'WhatsApp\'s own FAQ on spam, hoax and phishing messages claiming to come from WhatsApp' },
    ],
    report: [],
  },
};
