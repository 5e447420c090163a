import type { Brand } from '../model';
import { amazon } from './amazon';
import { aarp, harborFreight, lowes, macys, siriusXm, tractorSupply } from './americas';
import {
  amil, bancoDoBrasil, bradesco, caixa, correios, hapvida, itau, mercadoLivre, nubank, portoSeguro, receitaFederal,
  santander,
} from './brazil';
import {
  airbnb, aok, bookingCom, currys, disney, geico, louisVuitton, steam, tesla, timHortons, unitedHealthcare, verisure,
} from './consumer';
import {
  aave, arbitrum, bitget, bittrex, blockchainCom, electrum, exodus, ftx, kraken, opensea, ripple, tether, tron,
  uniswap,
} from './crypto';
import {
  adac, albertHeijn, bbva, bol, caixabank, correosEs, creditAgricole, deutscheBahn, deutscheTelekom, edeka, ikea, laPoste,
  leroyMerlin, lidl, mediaMarkt, orange, rossmann, sparkasse,
} from './europe';
import {
  abnAmro, bankOfAmerica, barclays, charlesSchwab, chase, citi, commerzbank, hsbc, ing, kbc, lloyds, n26, postbank, rabobank,
  revolut, tfBank, wellsFargo,
} from './finance';
import {
  adobe, americanExpress, apple, att, binance, coinbase, costco, dhl, docusign, dropbox, ebay, facebook, fedex, google,
  instagram, ledger, linkedin, mcafee, metamask, microsoft, netflix, norton, paypal, shein, spotify, temu, trustWallet, ups,
  walmart, wetransfer, whatsapp,
} from './global';
import {
  agenziaEntrate, aruba, autostrade, bancoBpm, bper, brt, enel, fineco, gls, inps, intesaSanpaolo, mediolanum, nexi,
  posteItaliane, sda, spid, telepass, tim, unicredit, vodafone, windtre,
} from './italy';
import { canadaPost, dpd, evri, hmrc, irs, postnl, royalMail, usps } from './posts-and-tax';

/** Built-in brand playbooks, sorted by id. Admins add their own through the policy's extraBrands. */
export const BUILT_IN_BRANDS: readonly Brand[] = [
  aarp, aave, abnAmro, adac, adobe, agenziaEntrate, airbnb, albertHeijn, amazon, americanExpress, amil, aok, apple,
  arbitrum, aruba, att, autostrade, bancoBpm, bancoDoBrasil, bankOfAmerica, barclays, bbva, binance, bitget, bittrex,
  blockchainCom, bol, bookingCom, bper, bradesco, brt, caixa, caixabank, canadaPost, charlesSchwab, chase,
  citi, coinbase, commerzbank, correios, correosEs, costco, creditAgricole, currys, deutscheBahn, deutscheTelekom,
  dhl, disney, docusign, dpd, dropbox, ebay, edeka, electrum, enel, evri, exodus, facebook, fedex, fineco, ftx, geico,
  gls, google, hapvida, harborFreight, hmrc, hsbc, ikea, ing, inps, instagram, intesaSanpaolo, irs, itau, kbc, kraken,
  laPoste, ledger, leroyMerlin, lidl, linkedin, lloyds, louisVuitton, lowes, macys, mcafee, mediaMarkt,
  mediolanum, mercadoLivre, metamask, microsoft, n26, netflix, nexi, norton, nubank, opensea, orange, paypal,
  portoSeguro, postbank, posteItaliane, postnl, rabobank, receitaFederal, revolut, ripple, rossmann, royalMail,
  santander, sda, shein, siriusXm, sparkasse, spid, spotify, steam, telepass, temu, tesla, tether, tfBank,
  tim, timHortons, tractorSupply, tron, trustWallet, unicredit, uniswap, unitedHealthcare, ups, usps, verisure,
  vodafone, walmart, wellsFargo, wetransfer, whatsapp, windtre,
];

export { brandOwningDomain, isBrandDomain } from './brand-domains';
export { claimedBrands } from './claimed-brands';
export type { BrandClaim, ClaimPlace } from './claimed-brands';
