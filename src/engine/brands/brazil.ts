// Brazilian brands: Phishing Pot's honeypots receive many Portuguese lures (Correios customs fees, Receita Federal,
// Detran fines, Bradesco and Itaú token updates).
import type { Brand, SourcedBrand } from '../model';

const BRAZIL = ['BR'];

export const bancoDoBrasil: SourcedBrand = {
  id: 'banco-do-brasil', name: 'Banco do Brasil', names: ['banco do brasil', 'bancodobrasil', 'bb', 'ourocard'],
  domains: ['bb.com.br'],
  assetDomains: ['bb.com.br'],
  sector: 'bank', countries: BRAZIL, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'abuse@bb.com.br' },
  safeUrl: 'https://www.bb.com.br',
  sources: {
    domains: [
      { url: 'http://www.blogleonardorodrigues.com.br/2017/07/site-falso-do-banco-do-brasil-e-quase.html', checked: '2026-12-05', domains: ['bb.com.br'], note: 'quoting Exame: Banco do Brasil\'s official page is www.bb.com.br' },
    ],
    report: [
      { url: 'http://www.blogleonardorodrigues.com.br/2017/07/site-falso-do-banco-do-brasil-e-quase.html', checked: '2026-12-05', channel: 'abuse@bb.com.br', note: 'quoting the bank (via Exame, 2017): similar cases can be reported by e-mail to abuse@bb.com.br' },
    ],
  },
};

export const bradesco: Brand = {
  id: 'bradesco', name: 'Bradesco', names: ['bradesco', 'banco bradesco', 'bradesco prime', 'bradescard'],
  domains: ['bradesco.com.br', 'banco.bradesco', 'bradescoseguros.com.br', 'bradescard.com.br', 'next.me'],
  assetDomains: ['bradesco.com.br', 'banco.bradesco'],
  sector: 'bank', countries: BRAZIL, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'phishing@bradesco.com.br', url: 'https://banco.bradesco/html/classic/promocoes/seguranca/' },
  safeUrl: 'https://banco.bradesco',
};

export const caixa: SourcedBrand = {
  id: 'caixa', name: 'Caixa Econômica Federal', names: ['caixa', 'caixa economica federal', 'caixa economica', 'caixa tem'],
  domains: ['caixa.gov.br'],
  assetDomains: ['caixa.gov.br'],
  sector: 'bank', countries: BRAZIL, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.caixa.gov.br',
  sources: {
    domains: [
      { url: 'https://terrabrasilnoticias.com/2025/11/clientes-da-caixa-devem-ficar-atentos-a-este-aviso-ainda-hoje-08-11', checked: '2026-12-05', domains: ['caixa.gov.br'], note: 'warns against links to domains without "caixa.gov.br", Caixa\'s official channels' },
    ],
    report: [],
  },
};

export const correios: SourcedBrand = {
  id: 'correios', name: 'Correios', names: ['correios', 'correios do brasil', 'empresa brasileira de correios'],
  domains: ['correios.com.br'],
  assetDomains: ['correios.com.br'],
  sector: 'courier', countries: BRAZIL, neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://rastreamento.correios.com.br',
  sources: {
    domains: [
      { url: 'https://www.faxaju.com.br/noticias/alerta-golpistas-se-passam-pelos-correios-em-tentativa-de-fraude-atraves-de-mensagens-falsas-enviadas-por-sms/', checked: '2026-12-05', domains: ['correios.com.br'], note: 'Correios: we only send e-mails from the @correios.com.br domain' },
    ],
    report: [],
  },
};

export const itau: SourcedBrand = {
  id: 'itau', name: 'Itaú', names: ['itau', 'itau unibanco', 'banco itau', 'itaucard', 'personnalite'],
  domains: ['itau.com.br', 'itau-unibanco.com.br'],
  assetDomains: ['itau.com.br'],
  sector: 'bank', countries: BRAZIL, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: { email: 'emailsuspeito@itau-unibanco.com.br', url: 'https://www.itau.com.br/seguranca/' },
  safeUrl: 'https://www.itau.com.br',
  sources: {
    domains: [
      { url: 'https://www.itau.com.br/seguranca/', checked: '2026-12-05', domains: ['itau.com.br', 'itau-unibanco.com.br'], note: 'Itaú\'s own security page, naming its mailboxes @itau-unibanco.com.br' },
    ],
    report: [
      { url: 'https://www.itau.com.br/seguranca/', checked: '2026-12-05', channel: 'emailsuspeito@itau-unibanco.com.br', note: 'quer reportar um golpe? SMS, páginas e e-mails falsos: emailsuspeito@itau-unibanco.com.br' },
      { url: 'https://www.itau.com.br/seguranca/', checked: '2026-12-05', channel: 'https://www.itau.com.br/seguranca/', note: 'the page\'s "quer reportar um golpe?" section lists Itaú\'s report channels' },
    ],
  },
};

export const mercadoLivre: SourcedBrand = {
  id: 'mercado-livre', name: 'Mercado Livre', names: ['mercado livre', 'mercadolivre', 'mercado libre', 'mercadolibre', 'mercado pago', 'mercadopago'],
  domains: ['mercadolivre.com.br'],
  assetDomains: [],
  sector: 'retail', countries: ['BR', 'AR', 'MX'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.mercadolivre.com.br',
  sources: {
    domains: [
      { url: 'https://agencia30.jornalfloripa.com.br/?p=157078', checked: '2026-12-05', domains: ['mercadolivre.com.br'], note: 'Mercado Livre uses only official domains such as @mercadolivre.com.br' },
    ],
    report: [],
  },
};

export const nubank: SourcedBrand = {
  id: 'nubank', name: 'Nubank', names: ['nubank', 'nu bank', 'nu pagamentos'],
  domains: ['nubank.com.br'],
  assetDomains: ['nubank.com.br'],
  sector: 'bank', countries: BRAZIL, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://nubank.com.br',
  sources: {
    domains: [
      { url: 'https://exame.abril.com.br/tecnologia/novo-golpe-usa-e-mail-falso-do-nubank-para-roubar-dados-dos-usuarios/', checked: '2026-12-05', domains: ['nubank.com.br'], note: 'Exame, quoting Nubank\'s blog: the bank uses no e-mail other than @nubank.com.br' },
    ],
    report: [],
  },
};

export const receitaFederal: SourcedBrand = {
  id: 'receita-federal', name: 'Receita Federal', names: ['receita federal', 'receitafederal', 'e-cac', 'gov.br'],
  domains: ['fazenda.gov.br'],
  assetDomains: ['fazenda.gov.br'],
  sector: 'government', countries: BRAZIL, neverAsks: ['password', 'card', 'bank-details', 'payment-by-link', 'attachment'],
  report: {},
  safeUrl: 'https://www.gov.br/receitafederal',
  sources: {
    domains: [
      { url: 'https://gov.br/receitafederal/pt-br/assuntos/noticias/2004/dezembro/receita-federal-volta-a-alertar-sobre-e-mails-falsos', checked: '2026-12-05', domains: ['fazenda.gov.br'], note: 'Receita Federal\'s own warning about fake e-mails, pointing to its site www.receita.fazenda.gov.br' },
    ],
    report: [],
  },
};

export const santander: SourcedBrand = {
  id: 'santander', name: 'Santander', names: ['santander', 'banco santander', 'santander consumer'],
  domains: ['santander.com.br', 'santander.co.uk'],
  assetDomains: ['santander.com.br'],
  sector: 'bank', countries: ['BR', 'ES', 'GB', 'DE', 'PT', 'IT'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.santander.com',
  sources: {
    domains: [
      { url: 'https://www.santander.com.br/blog/o-que-e-phishing', checked: '2026-12-05', domains: ['santander.com.br'], note: 'Santander Brasil\'s own guide to phishing' },
      { url: 'https://www.santander.co.uk/personal/support/fraud-and-security/how-to-report-fraud', checked: '2026-12-05', domains: ['santander.co.uk'], note: 'Santander UK\'s own page on reporting fraud and scams' },
    ],
    report: [],
  },
};

export const amil: SourcedBrand = {
  id: 'amil', name: 'Amil', names: ['planos amil', 'plano amil', 'amil saude', 'plano saude amil', 'amil dental'],
  domains: ['amil.com.br'],
  assetDomains: ['amil.com.br'],
  sector: 'other', countries: BRAZIL, neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.amil.com.br',
  sources: {
    domains: [
      { url: 'https://institucional.amil.com.br', checked: '2026-12-05', domains: ['amil.com.br'], note: 'Amil\'s own service-channels page, served from amil.com.br' },
    ],
    report: [],
  },
  advice: {
    en: 'Amil does not sell plans through brokers that email you unasked: "exclusive proposals" in its name come from lead sellers.',
    it: 'Amil non vende piani tramite intermediari che scrivono senza essere interpellati: le "proposte esclusive" a suo nome vengono da venditori di contatti.',
  },
};

export const hapvida: SourcedBrand = {
  id: 'hapvida', name: 'Hapvida NotreDame Intermédica', names: ['hapvida', 'notredame intermedica', 'notre dame intermedica'],
  domains: ['hapvida.com.br', 'gndi.com.br'],
  assetDomains: ['hapvida.com.br'],
  sector: 'other', countries: BRAZIL, neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.hapvida.com.br',
  sources: {
    domains: [
      { url: 'https://www.gndi.com.br/noticias/faq-transicao-para-o-novo-portal', checked: '2026-12-05', domains: ['gndi.com.br', 'hapvida.com.br'], note: 'NotreDame Intermédica\'s own portal FAQ (gndi.com.br): boletos are e-mailed from boleto.notredamesp@hapvida.com.br' },
    ],
    report: [],
  },
};

export const portoSeguro: SourcedBrand = {
  id: 'porto-seguro', name: 'Porto Seguro', names: ['porto seguro', 'portoseguro', 'porto seguro cartoes', 'porto bank'],
  domains: ['portoseguro.com.br'],
  assetDomains: ['portoseguro.com.br'],
  sector: 'payments', countries: BRAZIL, neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.portoseguro.com.br',
  sources: {
    domains: [
      { url: 'http://atendimento.portoseguro.com.br/', checked: '2026-12-05', domains: ['portoseguro.com.br'], note: 'Porto Seguro\'s own customer-service FAQ, served from portoseguro.com.br' },
    ],
    report: [],
  },
};
