// Crypto wallets, exchanges and marketplaces named in fake airdrop, "recovery phrase" and "data breach" mailings.
// Their genuine mail comes from their own domains; none of them asks for a seed phrase or a wallet connection by email.
import type { Brand } from '../model';

export const exodus: Brand = {
  id: 'exodus', name: 'Exodus', names: ['exodus', 'exodus wallet', 'exodus support'],
  domains: ['exodus.com', 'exodus.io'],
  assetDomains: ['exodus.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.exodus.com/contact-support/' },
  safeUrl: 'https://www.exodus.com',
  advice: {
    en: 'Exodus never asks for your 12-word secret phrase: whoever has it owns your crypto.',
    it: 'Exodus non chiede mai le 12 parole segrete: chi le ha possiede le tue criptovalute.',
  },
};

export const opensea: Brand = {
  id: 'opensea', name: 'OpenSea', names: ['opensea', 'open sea'],
  domains: ['opensea.io'],
  assetDomains: ['opensea.io', 'seadn.io'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: { url: 'https://support.opensea.io/' },
  safeUrl: 'https://opensea.io',
};

export const ripple: Brand = {
  id: 'ripple', name: 'Ripple', names: ['ripple', 'team ripple', 'ripple labs'],
  domains: ['ripple.com', 'xrpl.org'],
  assetDomains: ['ripple.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: { url: 'https://ripple.com/contact/' },
  safeUrl: 'https://ripple.com',
  advice: {
    en: 'Ripple runs no XRP giveaways or airdrops: any message promising free XRP is a scam.',
    it: 'Ripple non organizza regali o airdrop di XRP: ogni messaggio che promette XRP gratis è una truffa.',
  },
};

export const uniswap: Brand = {
  id: 'uniswap', name: 'Uniswap', names: ['uniswap'],
  domains: ['uniswap.org'],
  assetDomains: ['uniswap.org'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: { url: 'https://support.uniswap.org/' },
  safeUrl: 'https://app.uniswap.org',
};
