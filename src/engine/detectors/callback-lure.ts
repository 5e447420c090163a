import type { Finding } from '../model';
import { defineDetector } from '../model';
import { cuesAmong, findCues } from '../lexicon/find-cues';
import { findPhoneNumbers } from '../text/phone-number';

/** Callback lures are short: an invoice and a number. A long newsletter with a phone in its footer is not one. */
const MAX_LINKS_OF_A_CALLBACK_LURE = 10;
const MAX_EVIDENCE = 4;
/** Distinct billing phrases that make an invoice detailed, and the links such a fake invoice carries at most. */
const MIN_BILLING_PHRASES_ALONE = 3;
const MAX_LINKS_OF_A_BARE_INVOICE = 2;
/** What callback invoices sell, as the lexicon's billing phrases name it. */
const CALLBACK_PRODUCTS = /norton|mcafee|webroot|avast|total ?av|antivirus|lifelock|geek ?squad|defender|best buy|paypal/;

/**
 * A phone number to call about a charge, order or renewal the reader never made (the Norton / McAfee / PayPal /
 * Geek Squad invoice scam, "TOAD"): there is no link to catch, the victim calls and is talked into paying or
 * installing remote-access software. As Sublime's callback rule: a phone number (letters for digits and spaced
 * digits tolerated), billing words, and a way out ('if you did not authorize this, call').
 *
 * 'Your Norton subscription has been renewed for $399.99. If you did not authorize this charge, call
 * +1 (8O8) 555-0199' => high. An order confirmation with the shop's number in the footer and no dispute => nothing.
 */
export const callbackLure = defineDetector({
  id: 'callback-lure',
  kind: 'content',
  title: { en: 'Asks you to call about a charge', it: 'Ti chiede di telefonare per un addebito' },
  severity: 'high',
  explanation: {
    en: 'Fake invoices for subscriptions you never bought want you to call their number: on the phone they ask for card details or to install a program that gives them your computer. Check your real accounts instead, and never call a number from such an email.',
    it: 'Le false fatture di abbonamenti mai acquistati vogliono che tu chiami il loro numero: al telefono chiedono i dati della carta o di installare un programma che dà loro il controllo del computer. Controlla i tuoi conti veri e non chiamare mai un numero preso da una email così.',
  },
  messages: {
    callAboutCharge: {
      en: 'It asks you to call {phone} about a charge or order: “{phrase}”.',
      it: 'Ti chiede di chiamare il {phone} per un addebito o un ordine: “{phrase}”.',
    },
  },
  run(message) {
    const cues = findCues(message);
    const billing = cuesAmong(cues, ['billing']);
    if (billing.length === 0) return [];
    const wayOut = cuesAmong(cues, ['dispute', 'call-us']);
    if (wayOut.length === 0) return [];
    if (message.links.filter((link) => link.source !== 'form-action').length > MAX_LINKS_OF_A_CALLBACK_LURE) return [];
    const phones = [...findPhoneNumbers(message.subject), ...findPhoneNumbers(cues.bodyText)];
    const phone = phones[0];
    if (!phone) return [];
    const disputes = cues.firstByCue.has('dispute');
    // An invoice for the products this scam always sells (antivirus, 'Geek Squad' support, PayPal), told in detail
    // ('McAfee LifeLock', 'has been renewed', 'order number'), with a number to call and hardly any links, is the
    // scam's whole shape even without 'if you did not authorize'. A genuine shop's receipt is full of links.
    const billingPhrases = cues.hits.filter((hit) => hit.cue === 'billing').map((hit) => hit.evidence.toLowerCase());
    const detailedInvoice =
      new Set(billingPhrases).size >= MIN_BILLING_PHRASES_ALONE &&
      billingPhrases.some((phrase) => CALLBACK_PRODUCTS.test(phrase)) &&
      message.links.length <= MAX_LINKS_OF_A_BARE_INVOICE;
    const severity: Finding['severity'] = (disputes && wayOut.length >= 2) || detailedInvoice ? 'high' : 'medium';
    const main = wayOut[0] ?? billing[0];
    return [
      {
        detectorId: 'callback-lure',
        messageId: 'callAboutCharge',
        data: { phone: phone.text, phrase: main?.evidence ?? '' },
        severity,
        evidence: [phone.text, ...[...billing, ...wayOut].map((hit) => hit.evidence)].slice(0, MAX_EVIDENCE),
      },
    ];
  },
});
