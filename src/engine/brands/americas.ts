// North American retailers and services whose names head the fake-reward and fake-survey mailings in Phishing Pot
// ("Lowes: Kobalt Tool Set", "Harbor Freight Winner", "Your Sirius XM Membership has Expired!").
// Domains are the registrable domains their real mail comes from (ESP subdomains of their own domain included).
import type { SourcedBrand } from '../model';

export const aarp: SourcedBrand = {
  id: 'aarp', name: 'AARP', names: ['aarp'],
  domains: ['aarp.org'],
  assetDomains: ['aarp.org'],
  sector: 'other', countries: ['US'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.aarp.org/fraudwatchnetwork' },
  safeUrl: 'https://www.aarp.org',
  sources: {
    domains: [
      { url: 'https://local.aarp.org/news/avoid-scams-and-protect-your-family-from-fraud-2021-07-26.html', checked: '2026-12-05', domains: ['aarp.org'], note: 'AARP\'s own local news site on its Fraud Watch Network' },
    ],
    report: [
      { url: 'https://www.wyomingnews.com/news/local_news/aarp-fraud-watch-network-scam-alert/article_4d7d3b59-d7fa-5adb-997f-a4f84ebc0ed0.html', checked: '2026-12-05', channel: 'https://www.aarp.org/fraudwatchnetwork', note: 'Visit the AARP Fraud Watch Network at www.aarp.org/fraudwatchnetwork or call its helpline to report a scam' },
    ],
  },
};

export const harborFreight: SourcedBrand = {
  id: 'harbor-freight', name: 'Harbor Freight', names: ['harbor freight', 'harbor freight tools'],
  domains: ['harborfreight.com'],
  assetDomains: ['harborfreight.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.harborfreight.com',
  sources: {
    domains: [
      { url: 'https://harborfreight.com/security-and-privacy.html', checked: '2026-12-05', domains: ['harborfreight.com'], note: 'Harbor Freight\'s own security and privacy page' },
    ],
    report: [],
  },
};

export const lowes: SourcedBrand = {
  id: 'lowes', name: "Lowe's", names: ["lowe's", 'lowes', "lowe's home improvement"],
  domains: ['lowes.com'],
  assetDomains: ['lowes.com'],
  sector: 'retail', countries: ['US', 'CA'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.lowes.com',
  sources: {
    domains: [
      { url: 'https://www.the-sun.com/tech/8330726/gmail-outlook-android-iphone-five-danger-phrases-inbox/', checked: '2026-12-05', domains: ['lowes.com'], note: 'Trend Micro via The Sun: the legitimate Lowe\'s web address is lowes.com' },
    ],
    report: [],
  },
};

export const macys: SourcedBrand = {
  id: 'macys', name: "Macy's", names: ["macy's", 'macys'],
  domains: ['macys.com'],
  assetDomains: ['macys.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.macys.com',
  sources: {
    domains: [
      { url: 'https://www.usatoday.com/story/money/business/2018/07/11/what-do-if-your-macys-account-breached/774414002/', checked: '2026-12-05', domains: ['macys.com'], note: 'USA Today/Detroit Free Press on Macy\'s letter to its macys.com online customers, who were emailed about their profiles' },
    ],
    report: [],
  },
};

export const siriusXm: SourcedBrand = {
  id: 'sirius-xm', name: 'SiriusXM', names: ['sirius xm', 'siriusxm', 'sirius xm radio'],
  domains: ['siriusxm.com'],
  assetDomains: ['siriusxm.com'],
  sector: 'streaming', countries: ['US', 'CA'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.siriusxm.com',
  sources: {
    domains: [
      { url: 'https://siriusxm.com/do-not-call?intcmp=GN_FOOTER_DoNotCallPolicy', checked: '2026-12-05', domains: ['siriusxm.com'], note: 'SiriusXM\'s own site (its Do Not Call policy)' },
    ],
    report: [],
  },
};

export const tractorSupply: SourcedBrand = {
  id: 'tractor-supply', name: 'Tractor Supply', names: ['tractor supply', 'tractor supply co'],
  domains: ['tractorsupply.com'],
  assetDomains: ['tractorsupply.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.tractorsupply.com',
  sources: {
    domains: [
      { url: 'https://www.tractorsupply.com/tsc/cms/policies-information/vendor-information/supplier-inclusion', checked: '2026-12-05', domains: ['tractorsupply.com'], note: 'Tractor Supply Co.\'s own site (online orders, delivery options), served from tractorsupply.com' },
    ],
    report: [],
  },
};
