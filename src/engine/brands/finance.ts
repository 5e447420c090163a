// Banks and brokers of the US, UK and continental Europe whose names head eStatement, "Identity Check", tax-document
// and card-block lures. Domains are the registrable domains their real mail and links come from (alert and ESP
// subdomains of their own domains included). Names that are also first names or words ('chase', 'citi', 'ing', 'kbc')
// follow the rules in claim-rules.ts.
import type { Brand, NeverAsks } from '../model';

const BANK_NEVER_ASKS: readonly NeverAsks[] = ['password', 'otp', 'card', 'phone-call', 'payment-by-link'];

export const abnAmro: Brand = {
  id: 'abn-amro', name: 'ABN AMRO', names: ['abn amro', 'abnamro', 'abn-amro'],
  domains: ['abnamro.nl', 'abnamro.com', 'abnamro.be', 'abnamro.de'],
  assetDomains: ['abnamro.nl', 'abnamro.com'],
  sector: 'bank', countries: ['NL'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'valse-email@abnamro.nl', url: 'https://www.abnamro.nl/nl/prive/veilig-bankieren/index.html' },
  safeUrl: 'https://www.abnamro.nl',
};

export const bankOfAmerica: Brand = {
  id: 'bank-of-america', name: 'Bank of America', names: ['bank of america', 'bankofamerica', 'bofa', 'merrill lynch', 'merrill edge'],
  domains: ['bankofamerica.com', 'bofa.com', 'mbna.com', 'ml.com', 'merrilledge.com', 'bac-assets.com'],
  assetDomains: ['bac-assets.com', 'bankofamerica.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'abuse@bankofamerica.com', url: 'https://www.bankofamerica.com/security-center/report-suspicious-communications/' },
  safeUrl: 'https://www.bankofamerica.com',
};

export const barclays: Brand = {
  id: 'barclays', name: 'Barclays', names: ['barclays', 'barclaycard', 'barclays bank', 'barclays identity check'],
  domains: ['barclays.co.uk', 'barclays.com', 'barclays.de', 'barclaycard.co.uk', 'barclaycard.de', 'barclaycardus.com', 'barclays.net', 'barclaysus.com'],
  assetDomains: ['barclays.co.uk', 'barclays.com', 'barclaycard.co.uk'],
  sector: 'bank', countries: ['GB', 'DE', 'US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'internetsecurity@barclays.co.uk', url: 'https://www.barclays.co.uk/fraud-and-scams/' },
  safeUrl: 'https://www.barclays.co.uk',
};

export const charlesSchwab: Brand = {
  id: 'charles-schwab', name: 'Charles Schwab', names: ['charles schwab', 'schwab', 'schwab.com', 'td ameritrade'],
  domains: ['schwab.com', 'schwabmoneywise.com', 'schwab.net', 'schwabplan.com', 'tdameritrade.com', 'aboutschwab.com'],
  assetDomains: ['schwab.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@schwab.com', url: 'https://www.schwab.com/schwabsafe/report-fraud' },
  safeUrl: 'https://client.schwab.com',
  advice: {
    en: 'Schwab eStatements and tax forms are only in your account at schwab.com: open it yourself, never from the email.',
    it: 'Gli estratti conto e i documenti fiscali di Schwab sono solo nel tuo conto su schwab.com: aprilo da te, mai dal messaggio.',
  },
};

export const chase: Brand = {
  id: 'chase', name: 'Chase', names: ['jpmorgan chase', 'jp morgan chase', 'chase bank', 'chase online', 'chase sapphire', 'chase card services'],
  domains: ['chase.com', 'jpmorganchase.com', 'jpmorgan.com', 'chasecdn.com', 'jpmchase.com', 'chasebank.com'],
  assetDomains: ['chasecdn.com', 'chase.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@chase.com', url: 'https://www.chase.com/digital/resources/privacy-security/security/report-fraud' },
  safeUrl: 'https://www.chase.com',
};

export const citi: Brand = {
  id: 'citi', name: 'Citi', names: ['citibank', 'citicards', 'citi cards', 'citigroup'],
  domains: ['citibank.com', 'citi.com', 'citicards.com', 'citigroup.com', 'citibankonline.com', 'citibank.co.uk'],
  assetDomains: ['citi.com', 'citibank.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@citi.com', url: 'https://www.citi.com/citi/fraud.html' },
  safeUrl: 'https://www.citi.com',
};

export const commerzbank: Brand = {
  id: 'commerzbank', name: 'Commerzbank', names: ['commerzbank', 'comdirect'],
  domains: ['commerzbank.de', 'commerzbank.com', 'comdirect.de'],
  assetDomains: ['commerzbank.de'],
  sector: 'bank', countries: ['DE'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@commerzbank.com', url: 'https://www.commerzbank.de/portal/de/privatkunden/service/sicherheit/sicherheit.html' },
  safeUrl: 'https://www.commerzbank.de',
};

export const hsbc: Brand = {
  id: 'hsbc', name: 'HSBC', names: ['hsbc', 'hsbc uk', 'hsbc bank', 'first direct'],
  domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.fr', 'hsbc.com.hk', 'hsbc.de', 'firstdirect.com', 'hsbcnet.com'],
  assetDomains: ['hsbc.com', 'hsbc.co.uk'],
  sector: 'bank', countries: ['GB'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@hsbc.com', url: 'https://www.hsbc.co.uk/help/security-centre/' },
  safeUrl: 'https://www.hsbc.co.uk',
};

export const ing: Brand = {
  id: 'ing', name: 'ING', names: ['ing', 'ing bank', 'ing-diba', 'ing diba', 'mijn ing'],
  domains: ['ing.com', 'ing.nl', 'ing.de', 'ing.be', 'ing.it', 'ing.es', 'ing.fr', 'ing.pl', 'ing.ro', 'ing-diba.de', 'ing.com.au'],
  assetDomains: ['ing.com', 'ing.nl', 'ing.de'],
  sector: 'bank', countries: ['NL', 'DE', 'BE', 'IT', 'ES'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'valse-email@ing.nl', url: 'https://www.ing.nl/particulier/veilig-bankieren' },
  safeUrl: 'https://www.ing.com',
};

export const kbc: Brand = {
  id: 'kbc', name: 'KBC', names: ['kbc', 'kbc bank', 'kbc brussels', 'cbc banque'],
  domains: ['kbc.be', 'kbc.com', 'cbc.be', 'kbcbrussels.be'],
  assetDomains: ['kbc.be'],
  sector: 'bank', countries: ['BE'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@kbc.be', url: 'https://www.kbc.be/particulieren/nl/informatie/veilig-bankieren.html' },
  safeUrl: 'https://www.kbc.be',
};

export const lloyds: Brand = {
  id: 'lloyds', name: 'Lloyds Bank', names: ['lloyds bank', 'lloyds', 'lloyds banking group', 'halifax', 'bank of scotland'],
  domains: ['lloydsbank.com', 'lloydsbank.co.uk', 'lloydsbankinggroup.com', 'halifax.co.uk', 'bankofscotland.co.uk', 'lloydsbanking.com'],
  assetDomains: ['lloydsbank.com', 'lloydsbank.co.uk'],
  sector: 'bank', countries: ['GB'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'emailscams@lloydsbanking.com', url: 'https://www.lloydsbank.com/help-guidance/security/report-fraud.html' },
  safeUrl: 'https://www.lloydsbank.com',
};

export const n26: Brand = {
  id: 'n26', name: 'N26', names: ['n26', 'n26 bank', 'n26 support'],
  domains: ['n26.com', 'n26.de', 'number26.de', 'tech26.de'],
  assetDomains: ['n26.com'],
  sector: 'bank', countries: ['DE', 'IT', 'ES', 'FR'], neverAsks: BANK_NEVER_ASKS,
  report: { url: 'https://n26.com/en-eu/security' },
  safeUrl: 'https://app.n26.com',
};

export const postbank: Brand = {
  id: 'postbank', name: 'Postbank', names: ['postbank', 'deutsche postbank'],
  domains: ['postbank.de', 'postbank.com'],
  assetDomains: ['postbank.de'],
  sector: 'bank', countries: ['DE'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'phishing@postbank.de', url: 'https://www.postbank.de/privatkunden/services/sicherheit.html' },
  safeUrl: 'https://www.postbank.de',
};

export const rabobank: Brand = {
  id: 'rabobank', name: 'Rabobank', names: ['rabobank', 'rabo bank'],
  domains: ['rabobank.nl', 'rabobank.com', 'rabobank.be', 'rabobank.de'],
  assetDomains: ['rabobank.nl'],
  sector: 'bank', countries: ['NL'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'valse-email@rabobank.nl', url: 'https://www.rabobank.nl/particulieren/veilig-bankieren' },
  safeUrl: 'https://www.rabobank.nl',
};

export const revolut: Brand = {
  id: 'revolut', name: 'Revolut', names: ['revolut', 'revolut bank', 'revolut support'],
  domains: ['revolut.com', 'revolut.me', 'revolut.co.uk'],
  assetDomains: ['revolut.com'],
  sector: 'bank', countries: [], neverAsks: BANK_NEVER_ASKS,
  report: { url: 'https://www.revolut.com/security/' },
  safeUrl: 'https://app.revolut.com',
  advice: {
    en: 'Revolut never asks you to move money to a "safe account": only you can move money in your app.',
    it: 'Revolut non chiede mai di spostare denaro su un "conto sicuro": solo tu puoi muovere denaro nella tua app.',
  },
};

export const tfBank: Brand = {
  id: 'tf-bank', name: 'TF Bank', names: ['tf bank', 'tfbank'],
  domains: ['tfbank.de', 'tfbank.se', 'tfbank.fi', 'tfbank.no', 'tfbank.at', 'tfbankgroup.com', 'tfbank.es'],
  assetDomains: ['tfbank.de'],
  sector: 'bank', countries: ['DE', 'SE', 'FI', 'NO', 'AT'], neverAsks: BANK_NEVER_ASKS,
  report: { url: 'https://www.tfbank.de/sicherheit' },
  safeUrl: 'https://www.tfbank.de',
};

export const wellsFargo: Brand = {
  id: 'wells-fargo', name: 'Wells Fargo', names: ['wells fargo', 'wellsfargo', 'wells fargo bank', 'wells fargo online'],
  domains: ['wellsfargo.com', 'wf.com', 'wellsfargoadvisors.com', 'wellsfargomedia.com', 'wellsfargoemail.com'],
  assetDomains: ['wellsfargomedia.com', 'wellsfargo.com'],
  sector: 'bank', countries: ['US'], neverAsks: BANK_NEVER_ASKS,
  report: { email: 'reportphish@wellsfargo.com', url: 'https://www.wellsfargo.com/privacy-security/fraud/report/' },
  safeUrl: 'https://www.wellsfargo.com',
};
