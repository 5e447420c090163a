import type { Brand } from '../model';
import { amazon } from './amazon';
import { aarp, harborFreight, lowes, macys, siriusXm, tractorSupply } from './americas';
import { bancoDoBrasil, bradesco, caixa, correios, itau, mercadoLivre, nubank, receitaFederal, santander } from './brazil';
import { exodus, opensea, ripple, uniswap } from './crypto';
import {
  adac, albertHeijn, bbva, bol, caixabank, correosEs, creditAgricole, deutscheBahn, deutscheTelekom, edeka, ikea, laPoste,
  leroyMerlin, lidl, mediaMarkt, orange, rossmann, sparkasse,
} from './europe';
import {
  adobe, americanExpress, apple, att, binance, coinbase, costco, dhl, docusign, dropbox, ebay, facebook, fedex, google,
  instagram, ledger, linkedin, mcafee, metamask, microsoft, netflix, norton, paypal, shein, spotify, temu, trustWallet, ups,
  walmart, wetransfer, whatsapp,
} from './global';
import {
  agenziaEntrate, aruba, autostrade, bancoBpm, bper, brt, enel, fineco, gls, inps, intesaSanpaolo, mediolanum, nexi,
  posteItaliane, sda, spid, telepass, tim, unicredit, vodafone, windtre,
} from './italy';

/** Built-in brand playbooks, sorted by id. Admins add their own through the policy's extraBrands. */
export const BUILT_IN_BRANDS: readonly Brand[] = [
  aarp, adac, adobe, agenziaEntrate, albertHeijn, amazon, americanExpress, apple, aruba, att, autostrade, bancoBpm,
  bancoDoBrasil, bbva, binance, bol, bper, bradesco, brt, caixa, caixabank, coinbase, correios, correosEs, costco,
  creditAgricole, deutscheBahn, deutscheTelekom, dhl, docusign, dropbox, ebay, edeka, enel, exodus, facebook, fedex,
  fineco, gls, google, harborFreight, ikea, inps, instagram, intesaSanpaolo, itau, laPoste, ledger, leroyMerlin, lidl,
  linkedin, lowes, macys, mcafee, mediaMarkt, mediolanum, mercadoLivre, metamask, microsoft, netflix, nexi, norton,
  nubank, opensea, orange, paypal, posteItaliane, receitaFederal, ripple, rossmann, santander, sda, shein, siriusXm,
  sparkasse, spid, spotify, telepass, temu, tim, tractorSupply, trustWallet, unicredit, uniswap, ups, vodafone,
  walmart, wetransfer, whatsapp, windtre,
];

export { brandOwningDomain, isBrandDomain } from './brand-domains';
export { claimedBrands } from './claimed-brands';
export type { BrandClaim, ClaimPlace } from './claimed-brands';
