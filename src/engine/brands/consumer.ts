// Retail, travel, streaming, gaming, health-insurance and car brands whose names head fake rewards, fake bookings and
// "account on hold" mailings in the US, UK and Europe. Names that are ordinary words ('steam', 'medium', 'disney' in
// a news headline) follow the rules in claim-rules.ts.
import type { Brand } from '../model';

export const airbnb: Brand = {
  id: 'airbnb', name: 'Airbnb', names: ['airbnb', 'air bnb'],
  domains: ['airbnb.com', 'airbnb.it', 'airbnb.co.uk', 'airbnb.de', 'airbnb.fr', 'airbnb.es', 'airbnb.com.br', 'airbnbmail.com', 'muscache.com'],
  assetDomains: ['muscache.com', 'airbnb.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'card', 'bank-details', 'payment-by-link'],
  report: { email: 'report.phishing@airbnb.com', url: 'https://www.airbnb.com/help/article/2319' },
  safeUrl: 'https://www.airbnb.com',
  advice: {
    en: 'Airbnb never asks you to pay or chat outside the Airbnb app or website: a payment link in an email is a scam.',
    it: "Airbnb non chiede mai di pagare o di scrivere fuori dall'app o dal sito Airbnb: un link di pagamento in un'email è una truffa.",
  },
};

export const aok: Brand = {
  id: 'aok', name: 'AOK', names: ['aok', 'aok gesundheitskasse'],
  domains: ['aok.de', 'aok.com', 'aok-mail.de'],
  assetDomains: ['aok.de'],
  sector: 'other', countries: ['DE'], neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.aok.de/pk/kontakt/' },
  safeUrl: 'https://www.aok.de',
};

export const bookingCom: Brand = {
  id: 'booking-com', name: 'Booking.com', names: ['booking.com', 'bookingcom', 'booking com'],
  domains: ['booking.com', 'bstatic.com', 'booking-mail.com', 'booking.cn'],
  assetDomains: ['bstatic.com', 'booking.com'],
  sector: 'retail', countries: [], neverAsks: ['card', 'bank-details', 'payment-by-link'],
  report: { email: 'security@booking.com', url: 'https://www.booking.com/trust-and-safety.html' },
  safeUrl: 'https://secure.booking.com/myreservations.html',
  advice: {
    en: 'Booking.com never asks for your card details by email or chat link: check the reservation in your Booking.com account.',
    it: 'Booking.com non chiede mai i dati della carta con un link in email o in chat: controlla la prenotazione nel tuo account Booking.com.',
  },
};

export const currys: Brand = {
  id: 'currys', name: 'Currys', names: ['currys', 'currys pc world'],
  domains: ['currys.co.uk', 'currys.com', 'currysplc.com', 'dixons.com'],
  assetDomains: ['currys.co.uk'],
  sector: 'retail', countries: ['GB'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.currys.co.uk/services/scam-awareness.html' },
  safeUrl: 'https://www.currys.co.uk',
};

export const disney: Brand = {
  id: 'disney', name: 'Disney+', names: ['disney+', 'disney plus', 'disneyplus', 'disney'],
  domains: ['disneyplus.com', 'disney.com', 'go.com', 'disneystreaming.com', 'bamgrid.com', 'shopdisney.com', 'disneystore.com', 'disney.it', 'disney.co.uk', 'disney.de', 'disney.fr'],
  assetDomains: ['disneyplus.com', 'bamgrid.com', 'disney.com'],
  sector: 'streaming', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://help.disneyplus.com/' },
  safeUrl: 'https://www.disneyplus.com/account',
};

export const geico: Brand = {
  id: 'geico', name: 'GEICO', names: ['geico'],
  domains: ['geico.com'],
  assetDomains: ['geico.com'],
  sector: 'other', countries: ['US'], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.geico.com/fraud/' },
  safeUrl: 'https://www.geico.com',
};

export const louisVuitton: Brand = {
  id: 'louis-vuitton', name: 'Louis Vuitton', names: ['louis vuitton', 'louisvuitton'],
  domains: ['louisvuitton.com', 'lvmh.com'],
  assetDomains: ['louisvuitton.com'],
  sector: 'retail', countries: [], neverAsks: ['card', 'payment-by-link'],
  report: { url: 'https://www.louisvuitton.com/eng-us/contact-us' },
  safeUrl: 'https://www.louisvuitton.com',
  advice: {
    en: 'Louis Vuitton never sells at steep discounts or through "surprise" links: outlet offers in its name are counterfeit shops.',
    it: 'Louis Vuitton non vende mai con forti sconti né tramite link "sorpresa": le offerte outlet a suo nome sono negozi di falsi.',
  },
};

export const steam: Brand = {
  id: 'steam', name: 'Steam', names: ['steam support', 'steam community', 'steampowered', 'steam guard'],
  domains: ['steampowered.com', 'steamcommunity.com', 'valvesoftware.com', 'steamstatic.com', 'steamgames.com'],
  assetDomains: ['steamstatic.com', 'steampowered.com'],
  sector: 'retail', countries: [], neverAsks: ['password', 'otp', 'payment-by-link'],
  report: { url: 'https://help.steampowered.com/' },
  safeUrl: 'https://store.steampowered.com/account/',
  advice: {
    en: 'Steam never asks for your Steam Guard code or password in a message, and never "mistakenly reports" your account.',
    it: 'Steam non chiede mai il codice Steam Guard o la password in un messaggio, e non "segnala per errore" il tuo account.',
  },
};

export const tesla: Brand = {
  id: 'tesla', name: 'Tesla', names: ['tesla', 'tesla motors', 'spacex'],
  domains: ['tesla.com', 'teslamotors.com', 'spacex.com', 'tesla.cn'],
  assetDomains: ['tesla.com'],
  sector: 'other', countries: [], neverAsks: ['card', 'payment-by-link'],
  report: { url: 'https://www.tesla.com/legal/security' },
  safeUrl: 'https://www.tesla.com/teslaaccount',
  advice: {
    en: 'Tesla, SpaceX and Elon Musk run no crypto giveaways or token presales: every such offer is a scam.',
    it: 'Tesla, SpaceX ed Elon Musk non organizzano regali di criptovalute né prevendite di token: ogni offerta del genere è una truffa.',
  },
};

export const timHortons: Brand = {
  id: 'tim-hortons', name: 'Tim Hortons', names: ['tim hortons', 'timhortons'],
  domains: ['timhortons.com', 'timhortons.ca', 'timhortons.co.uk'],
  assetDomains: ['timhortons.com', 'timhortons.ca'],
  sector: 'retail', countries: ['CA', 'US'], neverAsks: ['card', 'payment-by-link'],
  report: { url: 'https://www.timhortons.ca/contact-us' },
  safeUrl: 'https://www.timhortons.ca',
};

export const unitedHealthcare: Brand = {
  id: 'unitedhealthcare', name: 'UnitedHealthcare', names: ['unitedhealthcare', 'united healthcare', 'unitedhealth', 'unitedhealth group', 'optum'],
  domains: ['uhc.com', 'unitedhealthcare.com', 'unitedhealthgroup.com', 'myuhc.com', 'optum.com', 'uhcmedicaresolutions.com'],
  assetDomains: ['uhc.com'],
  sector: 'other', countries: ['US'], neverAsks: ['password', 'bank-details', 'personal-data', 'payment-by-link'],
  report: { url: 'https://www.uhc.com/fraud' },
  safeUrl: 'https://www.myuhc.com',
};

export const verisure: Brand = {
  id: 'verisure', name: 'Verisure', names: ['verisure', 'verisure acompanha'],
  domains: ['verisure.com', 'verisure.com.br', 'verisure.it', 'verisure.es', 'verisure.fr', 'verisure.de', 'verisure.be', 'verisure.nl', 'verisure.co.uk', 'verisure.pt'],
  assetDomains: ['verisure.com'],
  sector: 'other', countries: [], neverAsks: ['password', 'card', 'payment-by-link'],
  report: { url: 'https://www.verisure.com/contact' },
  safeUrl: 'https://www.verisure.com',
};
