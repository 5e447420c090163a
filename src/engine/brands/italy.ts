// Italian brands: banks, public administration, utilities, telecoms and couriers that Italian phishing imitates
// (CERT-AgID's weekly reports name Poste, INPS, Agenzia delle Entrate, Intesa Sanpaolo, UniCredit, Aruba, SPID...).
import type { Brand, SourcedBrand } from '../model';

const ITALY = ['IT'];

export const agenziaEntrate: SourcedBrand = {
  id: 'agenzia-entrate', name: 'Agenzia delle Entrate', names: ['agenzia delle entrate', 'agenzia entrate', 'agenziaentrate', 'entrate riscossione', 'agenzia delle entrate-riscossione'],
  domains: ['agenziaentrate.gov.it', 'agenziaentrateriscossione.gov.it'],
  assetDomains: ['agenziaentrate.gov.it'],
  sector: 'government', countries: ITALY, neverAsks: ['password', 'card', 'bank-details', 'payment-by-link', 'attachment'],
  report: {},
  safeUrl: 'https://www.agenziaentrate.gov.it',
  sources: {
    domains: [
      { url: 'http://www.today.it/attualita/truffa-sms-agenzia-delle-entrate.html', checked: '2026-12-05', domains: ['agenziaentrate.gov.it', 'agenziaentrateriscossione.gov.it'], note: 'Agenzia delle Entrate\'s phishing notice: its institutional sites are www.agenziaentrate.gov.it and (Agenzia delle Entrate-Riscossione) www.agenziaentrateriscossione.gov.it' },
      { url: 'https://corrierecomunicazioni.it/pa-digitale/lagenzia-delle-entrate-mette-in-guardia-attenzione-alle-e-mail-truffa-sui-rimborsi-fiscali', checked: '2026-12-05', domains: ['agenziaentrate.gov.it'], note: 'Agenzia delle Entrate\'s note on fake tax-refund mail: it sends no refund mail; refunds are explained on www.agenziaentrate.gov.it' },
    ],
    report: [],
  },
};

export const aruba: SourcedBrand = {
  id: 'aruba', name: 'Aruba', names: ['aruba', 'aruba.it', 'aruba s.p.a', 'aruba spa', 'aruba pec', 'arubapec'],
  domains: ['aruba.it'],
  assetDomains: ['aruba.it'],
  sector: 'tech', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://admin.aruba.it',
  sources: {
    domains: [
      { url: 'https://support.aruba.it/kb/a2495/unwanted-or-potentially-dangerous-electronic-email-messages.aspx', checked: '2026-12-05', domains: ['aruba.it'], note: 'Aruba\'s own help page: its communications to users all come from @staff.aruba.it addresses' },
      { url: 'https://guide.aruba.it/avvisi/2024/phishing-email-04-02-2025', checked: '2026-12-05', domains: ['aruba.it'], note: 'Aruba\'s own phishing notice: fake mail leads to sites outside the Aruba domain' },
    ],
    report: [],
  },
};

export const autostrade: SourcedBrand = {
  id: 'autostrade', name: 'Autostrade per l\'Italia', names: ['autostrade per l\'italia', 'autostrade', 'autostrade.it'],
  domains: ['autostrade.it'],
  assetDomains: ['autostrade.it'],
  sector: 'other', countries: ITALY, neverAsks: ['card', 'payment-by-link'],
  report: { email: 'info@autostrade.it' },
  safeUrl: 'https://www.autostrade.it',
  sources: {
    domains: [
      { url: 'https://www.autostrade.it/it/campagna-phishing', checked: '2026-12-05', domains: ['autostrade.it'], note: 'Autostrade per l\'Italia\'s own phishing campaign notice' },
      { url: 'https://www.helpconsumatori.it/soldi/truffe-soldi/phishing-nuova-truffa-sfrutta-il-logo-di-autostrade-per-litalia/', checked: '2026-12-05', domains: ['autostrade.it'], note: 'Autostrade per l\'Italia: its official e-mail address always ends in @autostrade.it' },
    ],
    report: [
      { url: 'https://www.helpconsumatori.it/soldi/truffe-soldi/phishing-nuova-truffa-sfrutta-il-logo-di-autostrade-per-litalia/', checked: '2026-12-05', channel: 'info@autostrade.it', note: 'Autostrade per l\'Italia asks people to report phishing attempts to it by mail at info@autostrade.it' },
    ],
  },
};

export const bancoBpm: SourcedBrand = {
  id: 'banco-bpm', name: 'Banco BPM', names: ['banco bpm', 'bancobpm', 'youweb banco bpm', 'webank'],
  domains: ['bancobpm.it', 'webank.it'],
  assetDomains: ['bancobpm.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.bancobpm.it',
  sources: {
    domains: [
      { url: 'https://www.bancobpm.it/magazine/guide/sicurezza-bancaria-la-guida-completa/', checked: '2026-12-05', domains: ['bancobpm.it'], note: 'Banco BPM\'s own guide to recognising false emails and SMS' },
      { url: 'https://webank.it/lndpage/M2017.html', checked: '2026-12-05', domains: ['webank.it'], note: 'Webank\'s own page on its move into the BPM group: keep signing in at www.webank.it' },
    ],
    report: [],
  },
};

export const bper: SourcedBrand = {
  id: 'bper', name: 'BPER Banca', names: ['bper', 'bper banca', 'banca popolare dell\'emilia romagna'],
  domains: ['bper.it', 'gruppobper.com', 'bperbanca.it'],
  assetDomains: ['bper.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.bper.it',
  sources: {
    domains: [
      {
        url: 'https://www.bper.it/it/perche-sceglierci/magazine/articoli-guide/phishing-come-proteggersi-da-truffe-online', checked: '2026-12-05', domains: ['bper.it', 'gruppobper.com', 'bperbanca.it'],
        note: 'BPER ti scrive solo da: info@gruppobper.com, info@bperbanca.it, smart.contact@bper.it e info.smartcontact@bper.it',
      },
    ],
    report: [],
  },
};

export const brt: SourcedBrand = {
  id: 'brt', name: 'BRT', names: ['brt', 'bartolini', 'brt corriere espresso'],
  domains: ['brt.it'],
  assetDomains: ['brt.it'],
  sector: 'courier', countries: ITALY, neverAsks: ['card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.brt.it',
  sources: {
    domains: [
      { url: 'https://docs.shipstation.com/apis/docs/carriers/brt-it-from-shipengine.md', checked: '2026-12-05', domains: ['brt.it'], note: 'ShipStation\'s carrier guide links "BRT IT" to https://www.brt.it/en/' },
    ],
    report: [],
  },
};

export const enel: SourcedBrand = {
  id: 'enel', name: 'Enel', names: ['enel', 'enel energia', 'enel x', 'servizio elettrico nazionale'],
  domains: ['enel.it'],
  assetDomains: ['enel.it'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.enel.it/area-clienti',
  sources: {
    domains: [
      { url: 'https://corporate.enel.it/it/media/news/d/2017/01/mail-enel-energia', checked: '2026-12-05', domains: ['enel.it'], note: 'Enel\'s own page on telling Enel Energia bill mail from fake mail' },
      { url: 'https://quifinanza.it/info-utili/rimborso-enel-da-85-euro-attenzione-alla-mail-truffa-che-svuota-conto-corrente/212710/', checked: '2026-12-05', domains: ['enel.it'], note: 'Enel\'s note on fake refund mail: check through the usual channels, freephone 800.900.860 and www.enel.it' },
    ],
    report: [],
  },
};

// Italian energy suppliers besides Enel: fake "rimborso bolletta" (bill refund) and "fornitura sospesa" (supply cut)
// mails use their names. Each sourced one lists only the domains a cited page names; the others wait unsourced.
export const a2a: SourcedBrand = {
  id: 'a2a', name: 'A2A', names: ['a2a', 'a2a energia'],
  domains: ['a2a.eu'],
  assetDomains: ['a2a.eu'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.a2a.eu',
  sources: {
    domains: [
      { url: 'https://financialreports.eu/filings/a2a/environmental-social-information/2016/2301483', checked: '2026-12-05', domains: ['a2a.eu'], note: 'A2A\'s 2015 sustainability report as filed: the report can be read on the site www.a2a.eu' },
    ],
    report: [],
  },
};

export const acea: SourcedBrand = {
  id: 'acea', name: 'Acea', names: ['acea', 'acea energia'],
  domains: ['acea.it'],
  assetDomains: ['acea.it'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.acea.it',
  sources: {
    domains: [
      { url: 'https://www.acea.it/Agevolazioni-alluvione', checked: '2026-12-05', domains: ['acea.it'], note: 'Acea Energia\'s own page on flood relief for its customers' },
    ],
    report: [],
  },
};

export const edison: SourcedBrand = {
  id: 'edison', name: 'Edison Energia', names: ['edison energia', 'edison'],
  domains: ['edisonenergia.it'],
  assetDomains: ['edisonenergia.it'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.edisonenergia.it',
  sources: {
    domains: [
      { url: 'https://edisonenergia.it/edison/informazioni-e-moduli-utili/servizio-a-tutele-graduali', checked: '2026-12-05', domains: ['edisonenergia.it'], note: 'Edison Energia\'s own page on the Servizio a Tutele Graduali' },
    ],
    report: [],
  },
};

export const hera: SourcedBrand = {
  id: 'hera', name: 'Hera', names: ['gruppo hera', 'hera comm', 'hera'],
  domains: ['gruppohera.it'],
  assetDomains: ['gruppohera.it'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.gruppohera.it/clienti',
  sources: {
    domains: [
      { url: 'https://www.modenatoday.it/cronaca/mail-truffa-rimborsi-hera.html', checked: '2026-12-05', domains: ['gruppohera.it'], note: 'Gruppo Hera on fake refund mail: the only reliable channel is the certified portal www.gruppohera.it/clienti' },
    ],
    report: [],
  },
};

export const iren: SourcedBrand = {
  id: 'iren', name: 'Iren', names: ['iren luce gas', 'iren mercato', 'gruppo iren'],
  domains: ['gruppoiren.it'],
  assetDomains: ['gruppoiren.it'],
  sector: 'utility', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.gruppoiren.it',
  sources: {
    domains: [
      { url: 'https://report2020.gruppoiren.it/it/sostenibilita/clienti-e-comunita/clienti-e-servizi', checked: '2026-12-05', domains: ['gruppoiren.it'], note: 'Gruppo Iren\'s own 2020 report site' },
    ],
    report: [],
  },
};

export const fineco: SourcedBrand = {
  id: 'fineco', name: 'Fineco', names: ['fineco', 'finecobank', 'fineco bank'],
  domains: ['finecobank.com', 'fineco.it'],
  assetDomains: ['finecobank.com'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://finecobank.com',
  sources: {
    domains: [
      { url: 'https://www.targatocn.it/2020/10/01/leggi-notizia/argomenti/cronaca-1/articolo/fineco-mette-in-guardia-i-propri-correntisti-contro-il-rischio-di-truffe-telefoniche-1.html', checked: '2026-12-05', domains: ['finecobank.com'], note: 'Fineco\'s warning to its customers: the legitimate address is https://finecobank.com/it/online/' },
      { url: 'http://www.tuttotrading.it/granditemi/phishing/050906consiglifineco.php', checked: '2026-12-05', domains: ['fineco.it'], note: 'Fineco\'s anti-phishing advice: www.fineco.it is the only valid address for login' },
    ],
    report: [],
  },
};

export const gls: SourcedBrand = {
  id: 'gls', name: 'GLS', names: ['gls', 'gls italy', 'general logistics systems', 'gls parcel'],
  domains: ['gls-italy.com', 'gls-group.com'],
  assetDomains: ['gls-italy.com'],
  sector: 'courier', countries: ['IT', 'DE', 'ES', 'FR'], neverAsks: ['card', 'payment-by-link'],
  report: { email: 'cybersec@gls-italy.com' },
  safeUrl: 'https://www.gls-italy.com',
  sources: {
    domains: [
      { url: 'https://gls-italy.com/it/servizi-per-destinatari/allarme-sicurezza?Itemid=217', checked: '2026-12-05', domains: ['gls-italy.com'], note: 'GLS Italy\'s own security warning' },
      { url: 'https://gls-group.com/IT/it/gls-informa/sicurezza', checked: '2026-12-05', domains: ['gls-group.com'], note: 'GLS group\'s Italian security page' },
    ],
    report: [
      { url: 'https://gls-group.com/IT/it/gls-informa/sicurezza', checked: '2026-12-05', channel: 'cybersec@gls-italy.com', note: 'Informare subito GLS all\'indirizzo e-mail cybersec@gls-italy.com' },
    ],
  },
};

export const inps: SourcedBrand = {
  id: 'inps', name: 'INPS', names: ['inps', 'istituto nazionale della previdenza sociale', 'istituto nazionale previdenza sociale'],
  domains: ['inps.it'],
  assetDomains: ['inps.it'],
  sector: 'government', countries: ITALY, neverAsks: ['password', 'card', 'bank-details', 'personal-data', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.inps.it',
  sources: {
    domains: [
      { url: 'https://castelvetranonews.it/notizie/?r=xhm', checked: '2026-12-05', domains: ['inps.it'], note: 'INPS\'s mail to its users: l\'unico sito ufficiale dell\'INPS è www.inps.it' },
    ],
    report: [],
  },
};

export const intesaSanpaolo: SourcedBrand = {
  id: 'intesa-sanpaolo', name: 'Intesa Sanpaolo', names: ['intesa sanpaolo', 'intesasanpaolo', 'intesa san paolo', 'banca intesa', 'isybank'],
  domains: ['intesasanpaolo.com', 'intesasanpaoloprivatebanking.com', 'intesasanpaoloprivatebanking.it'],
  assetDomains: ['intesasanpaolo.com'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.intesasanpaolo.com',
  sources: {
    domains: [
      { url: 'https://www.intesasanpaolo.com/it/persone-e-famiglie/sicurezza/phishing.html', checked: '2026-12-05', domains: ['intesasanpaolo.com'], note: 'the bank\'s own mail carries @intesasanpaolo.com' },
      { url: 'https://www.intesasanpaoloprivatebanking.it/it/info/sicurezza_71.html', checked: '2026-12-05', domains: ['intesasanpaoloprivatebanking.it', 'intesasanpaoloprivatebanking.com'], note: 'the private bank\'s security page, served from .it, names https://intesasanpaoloprivatebanking.com as its internet banking' },
    ],
    report: [],
  },
};

export const mediolanum: SourcedBrand = {
  id: 'mediolanum', name: 'Banca Mediolanum', names: ['mediolanum', 'banca mediolanum'],
  domains: ['bancamediolanum.it'],
  assetDomains: ['bancamediolanum.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.bancamediolanum.it',
  sources: {
    domains: [
      { url: 'https://bancamediolanum.it/sicurezza/phishing', checked: '2026-12-05', domains: ['bancamediolanum.it'], note: 'Banca Mediolanum\'s own phishing page' },
    ],
    report: [],
  },
};

export const nexi: SourcedBrand = {
  id: 'nexi', name: 'Nexi', names: ['nexi', 'nexi payments', 'nexi pay', 'cartasi'],
  domains: ['nexi.it', 'cartasi.it'],
  assetDomains: ['nexi.it'],
  sector: 'payments', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.nexi.it',
  sources: {
    domains: [
      { url: 'https://www.nexi.it/en/business/services/business-security.html', checked: '2026-12-05', domains: ['nexi.it'], note: 'Nexi\'s own business and security services page' },
      { url: 'https://tuttosullapostaelettronica.it/blog/?p=11419', checked: '2026-12-05', domains: ['nexi.it'], note: 'fake Nexi mail: il dominio di Nexi è nexi.it, not the look-alike nexilogin.it' },
      { url: 'https://tuttosullapostaelettronica.it/blog/direttiva-cartasi-phishing-cartasi-e-nexi', checked: '2026-12-05', domains: ['cartasi.it', 'nexi.it'], note: 'CartaSì became Nexi and moved its site from cartasi.it to nexi.it' },
    ],
    report: [],
  },
};

export const posteItaliane: SourcedBrand = {
  id: 'poste-italiane', name: 'Poste Italiane', names: ['poste italiane', 'posteitaliane', 'poste.it', 'bancoposta', 'banco posta', 'postepay', 'poste pay', 'posteid'],
  domains: ['poste.it', 'posteitaliane.it'],
  assetDomains: ['poste.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'personal-data', 'phone-call'],
  report: { email: 'antiphishing@posteitaliane.it' },
  safeUrl: 'https://www.poste.it',
  sources: {
    domains: [
      { url: 'https://www.agrigentonotizie.it/cronaca/truffe-on-line-addebiti-consigli-poste-italiane.html', checked: '2026-12-05', domains: ['posteitaliane.it'], note: 'Poste Italiane\'s note: report phishing to antiphishing@posteitaliane.it' },
      { url: 'https://www.helpconsumatori.it/archivio/truffa-phishing-poste-italiane-attiva-e-mail-per-proteggere-gli-utenti/', checked: '2026-12-05', domains: ['poste.it'], note: 'Poste Italiane\'s mail service @poste.it' },
    ],
    report: [
      { url: 'https://www.agrigentonotizie.it/cronaca/truffe-on-line-addebiti-consigli-poste-italiane.html', checked: '2026-12-05', channel: 'antiphishing@posteitaliane.it', note: 'Segnala a Poste Italiane eventuali e-mail di phishing inoltrandole all\'indirizzo antiphishing@posteitaliane.it' },
    ],
  },
};

export const sda: SourcedBrand = {
  id: 'sda', name: 'SDA', names: ['sda', 'sda express courier', 'sda corriere'],
  domains: ['sda.it'],
  assetDomains: ['sda.it'],
  sector: 'courier', countries: ITALY, neverAsks: ['card', 'payment-by-link'],
  report: { email: 'infosda@sda.it' },
  safeUrl: 'https://www.sda.it',
  sources: {
    domains: [
      { url: 'http://tech.fanpage.it/c-e-un-pacco-per-te-attenzione-a-questo-link-e-una-truffa/', checked: '2026-12-05', domains: ['sda.it'], note: 'SDA\'s statement on fake SDA mail: report it by writing to infosda@sda.it' },
    ],
    report: [
      { url: 'http://tech.fanpage.it/c-e-un-pacco-per-te-attenzione-a-questo-link-e-una-truffa/', checked: '2026-12-05', channel: 'infosda@sda.it', note: 'SDA asks whoever receives a phishing mail in its name to report it by writing to infosda@sda.it' },
      { url: 'https://www.direttanews.it/2016/12/18/arriva-la-truffa-del-pacco-natalizio-non-caderci/', checked: '2026-12-05', channel: 'infosda@sda.it', note: 'SDA\'s statement on fake SDA mail, quoted: if you received mail of this kind or have any doubt, report it with an e-mail to infosda@sda.it' },
    ],
  },
};

export const spid: Brand = {
  id: 'spid', name: 'SPID', names: ['spid', 'sistema pubblico di identita digitale'],
  // SPID identities are issued by accredited providers, which send the SPID mail themselves.
  domains: [
    'spid.gov.it', 'agid.gov.it', 'italia.it', 'cie.gov.it', 'infocert.it', 'namirial.com', 'namirial.it', 'sielte.it',
    'lepida.it', 'register.it', 'intesa.it', 'infocamere.it', 'teamsystem.com', 'poste.it', 'aruba.it', 'tim.it',
  ],
  assetDomains: ['spid.gov.it'],
  sector: 'government', countries: ITALY, neverAsks: ['password', 'otp', 'personal-data'],
  report: { url: 'https://www.spid.gov.it/serve-aiuto/' },
  safeUrl: 'https://www.spid.gov.it',
};

export const telepass: SourcedBrand = {
  id: 'telepass', name: 'Telepass', names: ['telepass', 'telepass pay'],
  domains: ['telepass.com'],
  assetDomains: ['telepass.com'],
  sector: 'payments', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.telepass.com',
  sources: {
    domains: [
      { url: 'https://cybertrends.it/allerta-phishing-attenzione-alle-false-e-mail-che-utilizzano-il-marchio-telepass', checked: '2026-12-05', domains: ['telepass.com'], note: 'Telepass\'s phishing notice: official e-mail comes only from @telepass.com' },
      { url: 'https://www.telepass.com/it/privati/supporto/domande-frequenti?topic=cambio-targa&faq=come-posso-cambiare-la-targa-associata-al-mio-dispositivo-telepass', checked: '2026-12-05', domains: ['telepass.com'], note: 'Telepass\'s own FAQ: the reserved area is at telepass.com' },
    ],
    report: [],
  },
};

export const tim: SourcedBrand = {
  id: 'tim', name: 'TIM', names: ['tim', 'telecom italia', 'tim business', 'timvision', 'tim vision'],
  // tim.com is left out: Federconsumatori's warning names mail from tim.com (not tim.it) as the fake one.
  domains: ['tim.it', 'telecomitalia.it', 'timbusiness.it', 'gruppotim.it'],
  assetDomains: ['tim.it'],
  sector: 'telecom', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.tim.it',
  sources: {
    domains: [
      { url: 'https://www.tim.it/assistenza/per-i-consumatori/info-consumatori-fisso/news/modifica-del-costo-del-servizio-di-produzione-e', checked: '2026-12-05', domains: ['tim.it', 'telecomitalia.it'], note: 'TIM\'s own consumer notice on tim.it: withdrawals go by PEC to its address disattivazioni_clientiprivati@pec.telecomitalia.it' },
      { url: 'https://assistenza.timbusiness.it/professionisti/domande-risposte/linee-servizi/', checked: '2026-12-05', domains: ['timbusiness.it'], note: 'TIM Business\'s own customer FAQ, served from timbusiness.it' },
      { url: 'https://www.gruppotim.it/en/sustainability/actions-dialogue/customers/child-protection/risks-online-scams.html', checked: '2026-12-05', domains: ['gruppotim.it'], note: 'TIM Group\'s own corporate site (press office, sustainability), served from gruppotim.it' },
      { url: 'https://federconsumatori.it/webnews/showdoc.php?nid=20201016020820', checked: '2026-12-05', domains: ['tim.it'], note: 'Federconsumatori on fake TIM refund mail: it came from a tim.com address, not tim.it' },
    ],
    report: [],
  },
};

export const unicredit: SourcedBrand = {
  id: 'unicredit', name: 'UniCredit', names: ['unicredit', 'uni credit', 'unicredit banca'],
  domains: ['unicredit.it', 'unicreditgroup.eu', 'unicredit.de', 'hypovereinsbank.de'],
  assetDomains: ['unicredit.it'],
  sector: 'bank', countries: ['IT', 'DE'], neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.unicredit.it',
  sources: {
    domains: [
      { url: 'https://www.unicredit.it/it/ucfin/clienticarte/faq.html', checked: '2026-12-05', domains: ['unicredit.it'], note: 'UniCredit\'s own card FAQ page, served from unicredit.it' },
      { url: 'https://happylibnet.com/doc/613762/guida-ai-servizi-bancari', checked: '2026-12-05', domains: ['unicredit.it'], note: 'UniCredit\'s student banking guide: documents available sul sito www.unicredit.it' },
      { url: 'https://www.unicreditgroup.eu/en/info/faq.html', checked: '2026-12-05', domains: ['unicreditgroup.eu'], note: 'the UniCredit group\'s own FAQ, served from unicreditgroup.eu' },
      {
        url: 'https://www.hypovereinsbank.de/portal?view=/de/footer/datenschutz/sicherheit/sicherheitshinweise.jsp', checked: '2026-12-05', domains: ['hypovereinsbank.de', 'unicredit.de'],
        note: 'HypoVereinsbank\'s own security page: report suspicious mail to its Onlineservice, onlineservice@unicredit.de',
      },
    ],
    report: [],
  },
};

export const vodafone: SourcedBrand = {
  id: 'vodafone', name: 'Vodafone', names: ['vodafone'],
  domains: ['vodafone.it', 'vodafone.com', 'vodafone.de', 'vodafone.co.uk', 'vodafone.es', 'vodafone.nl'],
  assetDomains: ['vodafone.it', 'vodafone.com'],
  sector: 'telecom', countries: ['IT', 'DE', 'GB', 'ES', 'PT', 'NL'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.vodafone.it',
  sources: {
    domains: [
      { url: 'https://tecnoandroid.it/2016/06/30/vodafone-attenzione-alla-nuova-truffa-186128/amp', checked: '2026-12-05', domains: ['vodafone.it'], note: 'Vodafone Italia: invoice notices come only from fatture@vodafone.it' },
      { url: 'https://www.vodafone.co.uk/privacy/protecting-you/phishing', checked: '2026-12-05', domains: ['vodafone.co.uk'], note: 'Vodafone UK\'s own phishing help page' },
      { url: 'http://www.gutefrage.net/frage/vodafone-handyrechnung-bezahlen', checked: '2026-12-05', domains: ['vodafone.com', 'vodafone.de'], note: 'answer in Vodafone Germany\'s words: bills come from nicht.antworten@kundenservice.vodafone.com; type www.vodafone.de to log in to MeinVodafone' },
      { url: 'https://info-veritas.com/desinformacion-vodafone-no-regala-iphone16-rellenar-encuesta', checked: '2026-12-05', domains: ['vodafone.es'], note: 'Vodafone España on a fake iPhone survey mail: the URL is not Vodafone\'s official one (Vodafone.es)' },
      { url: 'https://www.vodafone.nl/over-deze-website/privacy-en-disclaimer.shtml', checked: '2026-12-05', domains: ['vodafone.nl'], note: 'Vodafone Netherlands\' own privacy page' },
    ],
    report: [],
  },
};

export const windtre: SourcedBrand = {
  id: 'windtre', name: 'WindTre', names: ['windtre', 'wind tre', 'wind3', 'very mobile'],
  domains: ['windtre.it', 'wind.it'],
  assetDomains: ['windtre.it'],
  sector: 'telecom', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.windtre.it',
  sources: {
    domains: [
      { url: 'https://www.windtre.it/windtre-informa', checked: '2026-12-05', domains: ['windtre.it'], note: 'WindTre\'s own notices to its customers' },
      { url: 'http://www.wind.it/it/privati/assistenza/info_e_copertura/wind_informa/difenditi_dalle_frodi/', checked: '2026-12-05', domains: ['wind.it'], note: 'Wind\'s anti-fraud page: type www.wind.it; wind.it uses no other address' },
    ],
    report: [],
  },
};

export const bnl: SourcedBrand = {
  id: 'bnl', name: 'BNL BNP Paribas', names: ['bnl', 'banca nazionale del lavoro', 'bnl bnp paribas', 'hello bank'],
  domains: ['bnl.it', 'hellobank.it'],
  assetDomains: ['bnl.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://bnl.it',
  sources: {
    domains: [
      { url: 'https://bnl.it/it/Individui-e-Famiglie/Internet-e-Mobile/Navigare-in-sicurezza', checked: '2026-12-05', domains: ['bnl.it'], note: 'BNL\'s own security page; SMS scams lead to a fake clone of bnl.it' },
      { url: 'https://hellobank.it/it/Sicuri-con-noi', checked: '2026-12-05', domains: ['hellobank.it'], note: 'Hello bank!\'s own security page, served from hellobank.it: BNL non chiede mai le tue credenziali' },
    ],
    report: [],
  },
};

export const carabinieri: SourcedBrand = {
  id: 'carabinieri', name: 'Arma dei Carabinieri', names: ['arma dei carabinieri', 'carabinieri'],
  domains: ['carabinieri.it'],
  assetDomains: ['carabinieri.it'],
  sector: 'government', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link', 'attachment'],
  report: { url: 'https://www.commissariatodips.it' },
  safeUrl: 'https://www.carabinieri.it',
  advice: {
    en: 'The police never summon you, fine you or ask for payment by email: an "official summons" with an attachment or a link is a scam.',
    it: "Le forze dell'ordine non convocano, non multano e non chiedono pagamenti per email: una \"convocazione ufficiale\" con allegato o link è una truffa.",
  },
  sources: {
    domains: [
      { url: 'https://wiki.studentb.eu/view_html.php?lang=it&q=Arma_dei_Carabinieri', checked: '2026-12-05', domains: ['carabinieri.it'], note: 'copy of it.wikipedia\'s Arma dei Carabinieri: Sito internet carabinieri.it' },
    ],
    report: [
      { url: 'https://www.torinoggi.it/2025/06/29/leggi-notizia/argomenti/cronaca-11/articolo/lei-e-indagato-per-uso-improprio-della-rete-nuova-mail-truffa-che-sfrutta-limmagine-dei-carabin.html', checked: '2026-12-05', channel: 'https://www.commissariatodips.it', note: 'false Carabinieri summons: the only official channel for reports is the Polizia Postale portal www.commissariatodips.it' },
    ],
  },
};

export const fastweb: SourcedBrand = {
  id: 'fastweb', name: 'Fastweb', names: ['fastweb'],
  domains: ['fastweb.it'],
  assetDomains: ['fastweb.it'],
  sector: 'telecom', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.fastweb.it/myfastweb/',
  sources: {
    domains: [
      { url: 'https://fastweb.it/myfastweb/assistenza/guide/come-richiedere-assistenza', checked: '2026-12-05', domains: ['fastweb.it'], note: 'Fastweb\'s own help page on frauds: change your data only in the MyFastweb customer area' },
    ],
    report: [],
  },
};

export const iliad: SourcedBrand = {
  id: 'iliad', name: 'Iliad', names: ['iliad', 'iliad italia'],
  domains: ['iliad.it'],
  assetDomains: ['iliad.it'],
  sector: 'telecom', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.iliad.it/account/',
  sources: {
    domains: [
      { url: 'https://www.corriere.it/tecnologia/20_giugno_05/truffa-online-falso-concorso-iliad-ruba-dati-carta-credito-5a926abc-a695-11ea-b760-0b897e2dd362.shtml', checked: '2026-12-05', domains: ['iliad.it'], note: 'fake Iliad contest: the URL imitates but is not the genuine one (iliad.it)' },
    ],
    report: [],
  },
};

export const italo: SourcedBrand = {
  id: 'italo', name: 'Italo', names: ['italotreno', 'italo treno', 'italo spa'],
  domains: ['italotreno.it', 'italotreno.com'],
  assetDomains: ['italotreno.it'],
  sector: 'retail', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: {},
  safeUrl: 'https://www.italotreno.com',
  sources: {
    domains: [
      { url: 'https://www.italotreno.it/it/contatti-supporto/reclami', checked: '2026-12-05', domains: ['italotreno.it'], note: 'Italo\'s own complaints page' },
      { url: 'https://www.italotreno.com/en/support-contacts/claims-management', checked: '2026-12-05', domains: ['italotreno.com'], note: 'Italo - Nuovo Trasporto Viaggiatori\'s own claims page' },
    ],
    report: [],
  },
};

export const montePaschi: SourcedBrand = {
  id: 'monte-paschi', name: 'Monte dei Paschi di Siena', names: ['monte dei paschi', 'monte dei paschi di siena', 'banca mps', 'mps'],
  domains: ['mps.it'],
  assetDomains: ['mps.it'],
  sector: 'bank', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.mps.it',
  sources: {
    domains: [
      { url: 'https://www.avvocatobaglini.it/blog/attenzione-agli-sms-di-mps-phishing-bancario/', checked: '2026-12-05', domains: ['mps.it'], note: 'MPS phishing SMS: the link is not www.mps.it (il vero sito del Monte dei Paschi di Siena) but ebanking-mps.com' },
    ],
    report: [],
  },
};

export const poliziaDiStato: SourcedBrand = {
  id: 'polizia-di-stato', name: 'Polizia di Stato', names: ['polizia di stato', 'polizia postale', 'polizia postale e delle comunicazioni', 'commissariato di ps', 'commissariato di ps online'],
  domains: ['poliziadistato.it', 'commissariatodips.it'],
  assetDomains: ['poliziadistato.it', 'commissariatodips.it'],
  sector: 'government', countries: ITALY, neverAsks: ['card', 'bank-details', 'payment-by-link', 'attachment'],
  report: { url: 'https://www.commissariatodips.it' },
  safeUrl: 'https://www.commissariatodips.it',
  advice: {
    en: 'The Postal Police never email you a summons or a fine to pay: report such messages at commissariatodips.it.',
    it: 'La Polizia Postale non invia mai per email convocazioni o multe da pagare: segnala questi messaggi su commissariatodips.it.',
  },
  sources: {
    domains: [
      { url: 'https://www.ersaf.it/?p=14986', checked: '2026-12-05', domains: ['poliziadistato.it'], note: 'fake Polizia di Stato emails: cercare conferme sul sito ufficiale www.poliziadistato.it' },
      { url: 'https://www.ilfattonisseno.it/2025/06/continuano-le-campagne-di-phishing-con-loghi-della-polizia-di-stato-per-truffare-i-cittadini-ecco-i-consigli/', checked: '2026-12-05', domains: ['commissariatodips.it'], note: 'the Polizia Postale: fake emails copy the logo of the Commissariatodips site; stay informed at www.commissariatodips.it' },
    ],
    report: [
      { url: 'https://www.torinoggi.it/2025/06/29/leggi-notizia/argomenti/cronaca-11/articolo/lei-e-indagato-per-uso-improprio-della-rete-nuova-mail-truffa-che-sfrutta-limmagine-dei-carabin.html', checked: '2026-12-05', channel: 'https://www.commissariatodips.it', note: 'the only official channel for reports is the Polizia Postale portal www.commissariatodips.it' },
    ],
  },
};

export const satispay: SourcedBrand = {
  id: 'satispay', name: 'Satispay', names: ['satispay'],
  domains: ['satispay.com'],
  assetDomains: ['satispay.com'],
  sector: 'payments', countries: ITALY, neverAsks: ['password', 'otp', 'card', 'phone-call'],
  report: {},
  safeUrl: 'https://www.satispay.com',
  sources: {
    domains: [
      { url: 'https://docs.stripe.com/payments/satispay?locale=it-IT', checked: '2026-12-05', domains: ['satispay.com'], note: 'Stripe\'s Satispay page links Satispay at https://satispay.com/ and redirects customers to Satispay\'s website' },
    ],
    report: [],
  },
};

export const trenitalia: Brand = {
  id: 'trenitalia', name: 'Trenitalia', names: ['trenitalia', 'ferrovie dello stato', 'fs italiane'],
  domains: ['trenitalia.com', 'trenitalia.it', 'fsitaliane.it', 'lefrecce.it'],
  assetDomains: ['trenitalia.com'],
  sector: 'retail', countries: ITALY, neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.trenitalia.com/it/informazioni/sicurezza-online.html' },
  safeUrl: 'https://www.trenitalia.com',
};
