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

const CRYPTO_NEVER_ASKS = ['password', 'personal-data', 'payment-by-link'] as const;
const NO_GIVEAWAYS = {
  en: 'No exchange, wallet or foundation gives away tokens by email or asks you to connect your wallet to claim them: such an airdrop is a scam.',
  it: 'Nessun exchange, wallet o fondazione regala token per email o chiede di collegare il wallet per riceverli: un airdrop del genere è una truffa.',
};

export const aave: Brand = {
  id: 'aave', name: 'Aave', names: ['aave', 'aave team', 'aave protocol'],
  domains: ['aave.com'],
  assetDomains: ['aave.com'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: { url: 'https://aave.com/' },
  safeUrl: 'https://app.aave.com',
  advice: NO_GIVEAWAYS,
};

export const arbitrum: Brand = {
  id: 'arbitrum', name: 'Arbitrum', names: ['arbitrum', 'arbitrum foundation', 'offchain labs'],
  domains: ['arbitrum.io', 'arbitrum.foundation', 'offchainlabs.com'],
  assetDomains: ['arbitrum.io'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: { url: 'https://arbitrum.foundation/' },
  safeUrl: 'https://arbitrum.io',
  advice: NO_GIVEAWAYS,
};

export const bitget: Brand = {
  id: 'bitget', name: 'Bitget', names: ['bitget', 'bitget wallet'],
  domains: ['bitget.com', 'bitgetapps.com', 'bitget.site'],
  assetDomains: ['bitget.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.bitget.com/support' },
  safeUrl: 'https://www.bitget.com',
};

export const bittrex: Brand = {
  id: 'bittrex', name: 'Bittrex', names: ['bittrex', 'bittrex global'],
  domains: ['bittrex.com'],
  assetDomains: ['bittrex.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: { url: 'https://bittrex.com/' },
  safeUrl: 'https://bittrex.com',
  advice: {
    en: 'Bittrex Global has closed; withdrawal reminders asking you to log in through a link are scams.',
    it: 'Bittrex Global ha chiuso; i promemoria di prelievo che chiedono di accedere da un link sono truffe.',
  },
};

export const blockchainCom: Brand = {
  id: 'blockchain-com', name: 'Blockchain.com', names: ['blockchain.com', 'blockchain wallet', 'blockchain.info'],
  domains: ['blockchain.com', 'blockchain.info'],
  assetDomains: ['blockchain.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: { url: 'https://support.blockchain.com/' },
  safeUrl: 'https://login.blockchain.com',
};

export const electrum: Brand = {
  id: 'electrum', name: 'Electrum', names: ['electrum', 'electrum wallet'],
  domains: ['electrum.org'],
  assetDomains: ['electrum.org'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: { url: 'https://electrum.org/' },
  safeUrl: 'https://electrum.org',
  advice: {
    en: 'Electrum is free software with no accounts and no mailing list: updates come only from electrum.org, never as an email link or attachment.',
    it: "Electrum è software libero senza account né mailing list: gli aggiornamenti arrivano solo da electrum.org, mai come link o allegato in un'email.",
  },
};

export const ftx: Brand = {
  id: 'ftx', name: 'FTX', names: ['ftx', 'ftx trading', 'ftx claims'],
  domains: ['ftx.com', 'ftx.us', 'kroll.com'],
  assetDomains: ['ftx.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: { url: 'https://restructuring.ra.kroll.com/FTX/' },
  safeUrl: 'https://claims.ftx.com',
  advice: {
    en: 'FTX is in bankruptcy: claims are handled only on claims.ftx.com and by Kroll, who never ask for a wallet connection or a seed phrase.',
    it: 'FTX è in fallimento: le richieste di rimborso si gestiscono solo su claims.ftx.com e tramite Kroll, che non chiedono mai di collegare il wallet né la frase segreta.',
  },
};

export const kraken: Brand = {
  id: 'kraken', name: 'Kraken', names: ['kraken', 'kraken support', 'kraken exchange'],
  domains: ['kraken.com', 'krakenfx.com', 'kraken.io'],
  assetDomains: ['kraken.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: { url: 'https://support.kraken.com/' },
  safeUrl: 'https://www.kraken.com',
};

export const tether: Brand = {
  id: 'tether', name: 'Tether', names: ['tether', 'tether usdt', 'tether limited'],
  domains: ['tether.to', 'tether.io'],
  assetDomains: ['tether.to'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: { url: 'https://tether.to/en/contact-us/' },
  safeUrl: 'https://tether.to',
  advice: NO_GIVEAWAYS,
};

export const tron: Brand = {
  id: 'tron', name: 'TRON', names: ['tron', 'tron dao', 'trondao', 'tronlink'],
  domains: ['tron.network', 'trondao.org', 'tronlink.org', 'tronscan.org'],
  assetDomains: ['tron.network', 'trondao.org'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: { url: 'https://trondao.org/' },
  safeUrl: 'https://tron.network',
  advice: NO_GIVEAWAYS,
};
