import type { Brand } from '../model';

export const amazon: Brand = {
  id: 'amazon',
  name: 'Amazon',
  names: ['amazon', 'amazon prime', 'prime video', 'amazon.it', 'amazon.com', 'amzn'],
  domains: [
    'amazon.it', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.nl', 'amazon.se',
    'amazon.pl', 'amazon.com.tr', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.co.jp',
    'amazon.in', 'amazon.com.au', 'amazon.ae', 'amazon.sa', 'amazon.sg', 'amazon.eg', 'amazonses.com',
    'amazonaws.com', 'amazon.jobs', 'primevideo.com', 'amazonprime.com', 'media-amazon.com', 'ssl-images-amazon.com',
    'images-amazon.com', 'amazon-adsystem.com', 'aboutamazon.com', 'aboutamazon.it', 'amazontrust.com', 'amzn.to', 'amzn.com', 'amzn.eu', 'a.co', 'audible.com', 'audible.it', 'kindle.com',
  ],
  assetDomains: ['media-amazon.com', 'ssl-images-amazon.com', 'images-amazon.com'],
  sector: 'retail',
  countries: [],
  neverAsks: ['password', 'otp', 'card', 'personal-data', 'phone-call', 'payment-by-link'],
  report: { url: 'https://www.amazon.it/reportascam', email: 'stop-spoofing@amazon.com' },
  safeUrl: 'https://www.amazon.it/your-account',
};
