// Crypto wallets, exchanges and marketplaces named in fake airdrop, "recovery phrase" and "data breach" mailings.
// Their genuine mail comes from their own domains; none of them asks for a seed phrase or a wallet connection by email.
import type { Brand, SourcedBrand } from '../model';

export const exodus: SourcedBrand = {
  id: 'exodus', name: 'Exodus', names: ['exodus', 'exodus wallet', 'exodus support'],
  domains: ['exodus.com', 'exodus.io'],
  assetDomains: ['exodus.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.exodus.com',
  advice: {
    en: 'Exodus never asks for your 12-word secret phrase: whoever has it owns your crypto.',
    it: 'Exodus non chiede mai le 12 parole segrete: chi le ha possiede le tue criptovalute.',
  },
  sources: {
    domains: [
      { url: 'https://www.exodus.com/support/en/articles/8836608-i-received-an-email-from-exodus-asking-me-to-provide-my-12-word-secret-recovery-phrase-password', checked: '2026-12-05', domains: ['exodus.com', 'exodus.io'], note: 'Exodus\' own support article: scammers may spoof an @exodus.com or @exodus.io address (its report address is hidden in the stored copy)' },
    ],
    report: [],
  },
};

export const opensea: SourcedBrand = {
  id: 'opensea', name: 'OpenSea', names: ['opensea', 'open sea'],
  domains: ['opensea.io'],
  assetDomains: ['opensea.io'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: { url: 'https://support.opensea.io/' },
  safeUrl: 'https://opensea.io',
  sources: {
    domains: [
      { url: 'https://support.opensea.io/en/articles/8867125-how-can-i-report-a-phishing-email-or-direct-message-dm', checked: '2026-12-05', domains: ['opensea.io'], note: 'OpenSea will ONLY send you emails from the domain opensea.io' },
    ],
    report: [
      { url: 'https://support.opensea.io/en/articles/8867125-how-can-i-report-a-phishing-email-or-direct-message-dm', checked: '2026-12-05', channel: 'https://support.opensea.io/', note: 'a phishing email claiming to be from OpenSea: report it to us at support.opensea.io through our Messenger' },
    ],
  },
};

export const ripple: SourcedBrand = {
  id: 'ripple', name: 'Ripple', names: ['ripple', 'team ripple', 'ripple labs'],
  domains: ['ripple.com'],
  assetDomains: ['ripple.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://ripple.com',
  advice: {
    en: 'Ripple runs no XRP giveaways or airdrops: any message promising free XRP is a scam.',
    it: 'Ripple non organizza regali o airdrop di XRP: ogni messaggio che promette XRP gratis è una truffa.',
  },
  sources: {
    domains: [
      { url: 'https://ripple.com/insights/how-to-spot-xrp-giveaway-scams/', checked: '2026-12-05', domains: ['ripple.com'], note: 'Ripple\'s own page on XRP giveaway scams' },
    ],
    report: [],
  },
};

export const uniswap: SourcedBrand = {
  id: 'uniswap', name: 'Uniswap', names: ['uniswap'],
  domains: ['uniswap.org'],
  assetDomains: ['uniswap.org'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://app.uniswap.org',
  sources: {
    domains: [
      { url: 'https://docs.uniswap.org/contracts/v2/overview', checked: '2026-12-05', domains: ['uniswap.org'], note: 'Uniswap\'s own protocol documentation' },
      { url: 'https://www.defirisk.co/protocols/uniswap/factors/RD-F-161/', checked: '2026-12-05', domains: ['uniswap.org'], note: 'official domains: uniswap.org, app.uniswap.org, developers.uniswap.org' },
    ],
    report: [],
  },
};

const CRYPTO_NEVER_ASKS = ['password', 'personal-data', 'payment-by-link'] as const;
const NO_GIVEAWAYS = {
  en: 'No exchange, wallet or foundation gives away tokens by email or asks you to connect your wallet to claim them: such an airdrop is a scam.',
  it: 'Nessun exchange, wallet o fondazione regala token per email o chiede di collegare il wallet per riceverli: un airdrop del genere è una truffa.',
};

export const aave: SourcedBrand = {
  id: 'aave', name: 'Aave', names: ['aave', 'aave team', 'aave protocol'],
  domains: ['aave.com'],
  assetDomains: ['aave.com'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: {},
  safeUrl: 'https://app.aave.com',
  advice: NO_GIVEAWAYS,
  sources: {
    domains: [
      { url: 'https://news.csraid.com/en/hub/aave-phishing-scam-protect-crypto', checked: '2026-12-05', domains: ['aave.com'], note: 'phishing domains with subtle typos, e.g. \'aave-v3.com\' instead of \'aave.com\'' },
    ],
    report: [],
  },
};

export const arbitrum: SourcedBrand = {
  id: 'arbitrum', name: 'Arbitrum', names: ['arbitrum', 'arbitrum foundation', 'offchain labs'],
  domains: ['arbitrum.io', 'arbitrum.foundation'],
  assetDomains: ['arbitrum.io'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: {},
  safeUrl: 'https://arbitrum.io',
  advice: NO_GIVEAWAYS,
  sources: {
    domains: [
      { url: 'https://docs.arbitrum.io/llms.txt', checked: '2026-12-05', domains: ['arbitrum.io'], note: 'official documentation for the Arbitrum ecosystem, served from docs.arbitrum.io' },
      { url: 'https://github.com/MetaMask/contract-metadata/pull/1278', checked: '2026-12-05', domains: ['arbitrum.foundation'], note: 'MetaMask\'s token metadata for ARB: official website https://arbitrum.foundation' },
    ],
    report: [],
  },
};

export const bitget: SourcedBrand = {
  id: 'bitget', name: 'Bitget', names: ['bitget', 'bitget wallet'],
  domains: ['bitget.com'],
  assetDomains: ['bitget.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.bitget.com',
  sources: {
    domains: [
      { url: 'https://bitget.cc/pt/support/articles/12560603810633', checked: '2026-12-05', domains: ['bitget.com'], note: 'Bitget\'s notice on phishing: always check it is the official Bitget site (https://www.bitget.com/); the notice is also served from bitget.cc, bitget.site and bitgetapp.com, which it does not name as official' },
    ],
    report: [],
  },
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

export const blockchainCom: SourcedBrand = {
  id: 'blockchain-com', name: 'Blockchain.com', names: ['blockchain.com', 'blockchain wallet', 'blockchain.info'],
  domains: ['blockchain.com'],
  assetDomains: ['blockchain.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://login.blockchain.com',
  sources: {
    domains: [
      { url: 'https://medium.com/blockchain/avoiding-scams-phishing-61fcdcdbf8e', checked: '2026-12-05', domains: ['blockchain.com'], note: 'Blockchain.com\'s own blog (@blockchain) on scams and phishing' },
    ],
    report: [],
  },
};

export const electrum: SourcedBrand = {
  id: 'electrum', name: 'Electrum', names: ['electrum', 'electrum wallet'],
  domains: ['electrum.org'],
  assetDomains: ['electrum.org'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: {},
  safeUrl: 'https://electrum.org',
  advice: {
    en: 'Electrum is free software with no accounts and no mailing list: updates come only from electrum.org, never as an email link or attachment.',
    it: "Electrum è software libero senza account né mailing list: gli aggiornamenti arrivano solo da electrum.org, mai come link o allegato in un'email.",
  },
  sources: {
    domains: [
      { url: 'https://raw.githubusercontent.com/spesmilo/electrum-web/master/index.html', checked: '2026-12-05', domains: ['electrum.org'], note: 'the Electrum website\'s source in the project\'s own repository: do not download Electrum from a source other than electrum.org' },
    ],
    report: [],
  },
};

export const ftx: SourcedBrand = {
  id: 'ftx', name: 'FTX', names: ['ftx', 'ftx trading', 'ftx claims'],
  domains: ['ftx.com', 'kroll.com'],
  assetDomains: ['ftx.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://claims.ftx.com',
  advice: {
    en: 'FTX is in bankruptcy: claims are handled only on claims.ftx.com and by Kroll, who never ask for a wallet connection or a seed phrase.',
    it: 'FTX è in fallimento: le richieste di rimborso si gestiscono solo su claims.ftx.com e tramite Kroll, che non chiedono mai di collegare il wallet né la frase segreta.',
  },
  sources: {
    domains: [
      { url: 'https://spheric.media/2025/10/05/scammers-eye-1-6b-payout-recipients', checked: '2026-12-05', domains: ['ftx.com'], note: 'FTX\'s official account (October 2025): beware of spoofed sites resembling the official FTX Customer Portal at claims.ftx.com' },
      { url: 'https://ftxquestions.kroll.com', checked: '2026-12-05', domains: ['kroll.com'], note: 'Kroll Restructuring Administration, the claims and noticing agent in the FTX bankruptcy (Case No. 22-11068)' },
    ],
    report: [],
  },
};

export const kraken: SourcedBrand = {
  id: 'kraken', name: 'Kraken', names: ['kraken', 'kraken support', 'kraken exchange'],
  domains: ['kraken.com'],
  assetDomains: ['kraken.com'],
  sector: 'crypto', countries: [], neverAsks: ['password', 'otp', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.kraken.com',
  sources: {
    domains: [
      { url: 'https://support.kraken.com/hc/en-us/articles/115012482687-Beware-of-phishing-scams', checked: '2026-12-05', domains: ['kraken.com'], note: 'Kraken Support email comes only from @kraken.com, @futures.kraken.com or @email2.kraken.com; reports go through its support webform' },
    ],
    report: [],
  },
};

export const tether: SourcedBrand = {
  id: 'tether', name: 'Tether', names: ['tether', 'tether usdt', 'tether limited'],
  domains: ['tether.to'],
  assetDomains: ['tether.to'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: {},
  safeUrl: 'https://tether.to',
  advice: NO_GIVEAWAYS,
  sources: {
    domains: [
      { url: 'https://raw.githubusercontent.com/ethereum-optimism/ethereum-optimism.github.io/master/data/USDT/data.json', checked: '2026-12-05', domains: ['tether.to'], note: 'Optimism\'s official token list: Tether USD (USDT), website https://tether.to/' },
    ],
    report: [],
  },
};

export const tron: SourcedBrand = {
  id: 'tron', name: 'TRON', names: ['tron', 'tron dao', 'trondao', 'tronlink'],
  domains: ['tron.network', 'tronscan.org'],
  assetDomains: ['tron.network'],
  sector: 'crypto', countries: [], neverAsks: [...CRYPTO_NEVER_ASKS],
  report: {},
  safeUrl: 'https://tron.network',
  advice: NO_GIVEAWAYS,
  sources: {
    domains: [
      { url: 'https://developers.tron.network/v4.4.2', checked: '2026-12-05', domains: ['tron.network'], note: 'the TRON developer hub, © TRON Network Limited' },
      { url: 'https://tronprotocol.github.io/documentation-en/developers/resources/', checked: '2026-12-05', domains: ['tron.network', 'tronscan.org'], note: 'TRON protocol documentation: official website https://tron.network/, blockchain browser https://tronscan.org/' },
    ],
    report: [],
  },
};
