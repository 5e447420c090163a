// North American retailers and services whose names head the fake-reward and fake-survey mailings in Phishing Pot
// ("Lowes: Kobalt Tool Set", "Harbor Freight Winner", "Your Sirius XM Membership has Expired!").
// Domains are the registrable domains their real mail comes from (ESP subdomains of their own domain included).
import type { Brand } from '../model';

export const aarp: Brand = {
  id: 'aarp', name: 'AARP', names: ['aarp'],
  domains: ['aarp.org', 'aarpmedicareplans.com'],
  assetDomains: ['aarp.org'],
  sector: 'other', countries: ['US'], neverAsks: ['card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.aarp.org/money/scams-fraud/' },
  safeUrl: 'https://www.aarp.org',
};

export const harborFreight: Brand = {
  id: 'harbor-freight', name: 'Harbor Freight', names: ['harbor freight', 'harbor freight tools'],
  domains: ['harborfreight.com', 'hft.com'],
  assetDomains: ['harborfreight.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.harborfreight.com/customer-service' },
  safeUrl: 'https://www.harborfreight.com',
};

export const lowes: Brand = {
  id: 'lowes', name: "Lowe's", names: ["lowe's", 'lowes', "lowe's home improvement"],
  domains: ['lowes.com', 'lowes.ca'],
  assetDomains: ['lowes.com'],
  sector: 'retail', countries: ['US', 'CA'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.lowes.com/l/about/security' },
  safeUrl: 'https://www.lowes.com',
};

export const macys: Brand = {
  id: 'macys', name: "Macy's", names: ["macy's", 'macys'],
  domains: ['macys.com', 'macysinc.com'],
  assetDomains: ['macys.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.customerservice-macys.com/' },
  safeUrl: 'https://www.macys.com',
};

export const siriusXm: Brand = {
  id: 'sirius-xm', name: 'SiriusXM', names: ['sirius xm', 'siriusxm', 'sirius xm radio'],
  domains: ['siriusxm.com', 'siriusxm.ca'],
  assetDomains: ['siriusxm.com'],
  sector: 'streaming', countries: ['US', 'CA'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.siriusxm.com/contact-us' },
  safeUrl: 'https://www.siriusxm.com',
};

export const tractorSupply: Brand = {
  id: 'tractor-supply', name: 'Tractor Supply', names: ['tractor supply', 'tractor supply co'],
  domains: ['tractorsupply.com'],
  assetDomains: ['tractorsupply.com'],
  sector: 'retail', countries: ['US'], neverAsks: ['card', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.tractorsupply.com/tsc/cms/customer-solutions' },
  safeUrl: 'https://www.tractorsupply.com',
};
