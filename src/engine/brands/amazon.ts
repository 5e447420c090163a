import type { SourcedBrand } from '../model';

export const amazon: SourcedBrand = {
  id: 'amazon',
  name: 'Amazon',
  names: ['amazon', 'amazon prime', 'prime video', 'amazon.it', 'amazon.com', 'amzn'],
  domains: ['amazon.it', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.com.tr', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.co.jp', 'amazon.com.au', 'amazon.ae', 'amazon.sa', 'amazon.sg', 'aboutamazon.com', 'aboutamazon.it'],
  assetDomains: [],
  sector: 'retail',
  countries: [],
  neverAsks: ['password', 'otp', 'card', 'personal-data', 'phone-call', 'payment-by-link'],
  report: { url: 'https://www.amazon.it/reportascam', email: 'reportascam@amazon.com' },
  safeUrl: 'https://www.amazon.it/your-account',
  sources: {
    domains: [
      { url: 'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=32261&language=en_JP', checked: '2026-12-05', domains: ['amazon.com', 'amazon.co.jp'], note: 'Amazon: genuine e-mails come from addresses ending in @amazon.com, @amazonsellerservices.com, @sell.amazon.com or @amazon.co.jp' },
      { url: 'https://www.consumerfraudreporting.org/Amazon-scams-all-about.php', checked: '2026-12-05', domains: ['amazon.co.uk', 'amazon.de', 'amazon.es', 'amazon.fr', 'amazon.it', 'amazon.com.au', 'amazon.ae', 'amazon.sa', 'amazon.com.tr', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.sg'], note: 'third-party copy of Amazon\'s list of its sending addresses (amazon.it, sell.amazon.ca, vender.amazon.com.mx, venda.amazon.com.br, sell.amazon.sg...)' },
      { url: 'https://www.aboutamazon.it/notizie/company-news/il-nostro-impegno-e-i-consigli-contro-i-truffatori-che-contattano-i-clienti-amazon', checked: '2026-12-05', domains: ['aboutamazon.it'], note: 'Amazon\'s Italian news site, its advice against impersonation scams' },
      { url: 'https://trustworthyshopping.aboutamazon.com/en-uk/focus-areas/how-amazon-protects-customers-from-scams', checked: '2026-12-05', domains: ['aboutamazon.com'], note: 'Amazon\'s own page on impersonation scams' },
    ],
    report: [
      { url: 'https://trustworthyshopping.aboutamazon.com/en-uk/focus-areas/how-amazon-protects-customers-from-scams', checked: '2026-12-05', channel: 'reportascam@amazon.com', note: 'anyone, customer or not, can report a suspicious message to reportascam@amazon.com' },
      { url: 'https://trustworthyshopping.aboutamazon.com/en-uk/focus-areas/how-amazon-protects-customers-from-scams', checked: '2026-12-05', channel: 'https://www.amazon.it/reportascam', note: 'customers report suspicious communications at <store>/reportascam (amazon.co.uk/reportascam there); amazon.it/reportascam is the Italian store\'s, as in Amazon\'s Italian warning Occhio was born from' },
      { url: 'https://www.tuttoandroid.net/news/2024/07/24/amazon-avverte-attenti-a-questi-tentativi-di-truffa-1052388/', checked: '2026-12-05', channel: 'https://www.amazon.it/reportascam', note: 'Amazon\'s Italian warning: report through the official page Segnala una truffa' },
    ],
  },
};
