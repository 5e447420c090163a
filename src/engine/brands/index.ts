import type { Brand, SourcedBrand } from '../model';
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
  leroyMerlin, lidl, mediaMarkt, orange, rossmann, sparkasse, vinted, zalando,
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
  a2a, acea, agenziaEntrate, aruba, autostrade, bancoBpm, bnl, bper, brt, carabinieri, edison, enel, fastweb, fineco,
  gls, hera, iliad, inps, intesaSanpaolo, iren, italo, mediolanum, montePaschi, nexi, poliziaDiStato, posteItaliane,
  satispay, sda, spid, telepass, tim, trenitalia, unicredit, vodafone, windtre,
} from './italy';
import { canadaPost, dpd, evri, hmrc, irs, postnl, royalMail, usps } from './posts-and-tax';

/**
 * Every playbook written so far, sorted by id. Only those whose domains and report channels are traced to a public
 * page (SourcedBrand) become BUILT_IN_BRANDS; the rest wait here for their sources and are used by nothing.
 */
const ALL_PLAYBOOKS: readonly (Brand | SourcedBrand)[] = [
  a2a, aarp, aave, abnAmro, acea, adac, adobe, agenziaEntrate, airbnb, albertHeijn, amazon, americanExpress, amil, aok, apple,
  arbitrum, aruba, att, autostrade, bancoBpm, bancoDoBrasil, bankOfAmerica, barclays, bbva, binance, bitget, bittrex,
  blockchainCom, bnl, bol, bookingCom, bper, bradesco, brt, caixa, caixabank, canadaPost, carabinieri, charlesSchwab,
  chase, citi, coinbase, commerzbank, correios, correosEs, costco, creditAgricole, currys, deutscheBahn,
  deutscheTelekom, dhl, disney, docusign, dpd, dropbox, ebay, edeka, edison, electrum, enel, evri, exodus, facebook, fastweb,
  fedex, fineco, ftx, geico, gls, google, hapvida, harborFreight, hera, hmrc, hsbc, ikea, iliad, ing, inps, instagram,
  intesaSanpaolo, iren, irs, italo, itau, kbc, kraken, laPoste, ledger, leroyMerlin, lidl, linkedin, lloyds, louisVuitton,
  lowes, macys, mcafee, mediaMarkt, mediolanum, mercadoLivre, metamask, microsoft, montePaschi, n26, netflix, nexi,
  norton, nubank, opensea, orange, paypal, poliziaDiStato, portoSeguro, postbank, posteItaliane, postnl, rabobank,
  receitaFederal, revolut, ripple, rossmann, royalMail, santander, satispay, sda, shein, siriusXm, sparkasse, spid,
  spotify, steam, telepass, temu, tesla, tether, tfBank, tim, timHortons, tractorSupply, trenitalia, tron,
  trustWallet, unicredit, uniswap, unitedHealthcare, ups, usps, verisure, vinted, vodafone, walmart, wellsFargo,
  wetransfer, whatsapp, windtre, zalando,
];

/**
 * A playbook written as a SourcedBrand. That its sources cover every domain is the test's job
 * (test/engine/brands/brand-sources.test.ts): the pane's build empties them (scripts/webpack/strip-brand-sources-loader.cjs).
 */
function isSourced(brand: Brand): brand is SourcedBrand {
  return brand.sources !== undefined;
}

/**
 * Built-in brand playbooks, sorted by id: a brand's domains exempt its mail from impersonation checks, so a playbook
 * without sources is no trust anchor and is left out (it is neither claimed nor trusted). Admins add their own
 * through the policy's extraBrands.
 */
export const BUILT_IN_BRANDS: readonly SourcedBrand[] = ALL_PLAYBOOKS.filter(isSourced);

/** Playbooks still without sources, for the test and the next person who sources them. */
export const UNSOURCED_PLAYBOOKS: readonly Brand[] = ALL_PLAYBOOKS.filter((brand) => !isSourced(brand));

export { isSharedDomain, SHARED_DOMAIN_GROUPS, SHARED_DOMAINS } from './shared-domains';
export type { SharedDomainGroup, SharedDomainKind } from './shared-domains';
export { brandOwningDomain, isBrandDomain } from './brand-domains';
export { claimedBrands } from './claimed-brands';
export type { BrandClaim, ClaimPlace } from './claimed-brands';
