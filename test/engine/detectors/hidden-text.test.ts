import { hiddenText } from '../../../src/engine/detectors/hidden-text';
import { testDetector } from '../../support/detector-tester';

const FILLER = '&zwnj;&nbsp;&#847;'.repeat(40);
const SALT_WORDS =
  'gardening tomatoes seasonal compost watering sunlight harvest pruning fertilizer orchard blossom vineyard meadow ' +
  'cucumber zucchini lettuce spinach radish carrot beetroot parsley basil rosemary thyme oregano lavender mulch trellis ' +
  'greenhouse seedling sprout irrigation drought rainfall earthworm pollinator butterfly beehive sparrow robin finch';
const VISIBLE = '<p>Your parcel could not be delivered. Please confirm your address to schedule a new delivery.</p>';

testDetector(hiddenText, {
  valid: [
    {
      name: 'newsletter preheader with fillers',
      message: { html: `<div style="display:none;max-height:0;overflow:hidden">Your October statement is ready ${FILLER}</div>${VISIBLE}` },
    },
    {
      name: 'responsive mail hiding a mobile copy of the visible text',
      message: {
        html: `${VISIBLE}<div class="mobile" style="display:none">Your parcel could not be delivered. Please confirm your address to schedule a new delivery. Your parcel could not be delivered. Please confirm your address to schedule a new delivery. Your parcel could not be delivered. Please confirm your address.</div>`,
      },
    },
    { name: 'Persian text with zero-width non-joiners', message: { text: 'می‌خواهم این نامه را بخوانم و کتاب‌ها را ببینم' } },
    { name: 'German soft hyphens for hyphenation', message: { text: 'Ihre Bestellbe\u00adstätigung und Rechnungs\u00adadresse' } },
    { name: 'maths with a Greek letter next to a Latin one', message: { text: 'The ratio iπ and the angle θx are defined below.' } },
    { name: 'a Russian sentence', message: { text: 'Привет, это обычное письмо на русском языке.' } },
    { name: 'emoji joined with a zero-width joiner', message: { text: 'Family trip 👨\u200d👩\u200d👧 photos' } },
    { name: 'Hebrew with embedding marks', message: { text: '\u202bשלום עולם\u202c hello' } },
    { name: 'brand named in the preheader only', message: { html: '<span style="display:none">Your Amazon order has shipped</span><p>Order 123 is on its way.</p>' } },
    {
      name: 'one account name broken by zero-width spaces (game stores do it so mail apps make no link of it)',
      message: { html: '<p>Thank you for your purchase, evanp\u200burkhi\u200bser\u200b!</p>' },
    },
    { name: 'a stray byte-order mark inside one word of a template', message: { html: '<h2>RELATE\ufeffD BOOKS</h2><p>New this week.</p>' } },
  ],
  invalid: [
    {
      name: 'salting: a paragraph of unrelated hidden words',
      message: { html: `${VISIBLE}<div style="font-size:0px">${SALT_WORDS}</div>` },
      findings: [{ messageId: 'salting', severity: 'medium', evidence: 'gardening tomatoes' }],
    },
    {
      name: 'words split by tiny hidden pieces',
      message: { html: `<p>Ver<span style="display:none">x</span>ify you<span style="display:none">q</span>r acc<span style="display:none">z</span>ount a<span style="display:none">k</span>t Pay<span style="display:none">w</span>Pal no<span style="display:none">j</span>w</p>` },
      findings: [{ messageId: 'splitWords', data: { runs: 6 } }],
    },
    {
      name: 'a brand hidden past the preheader',
      message: { html: `<span style="display:none">Hello</span>${VISIBLE}<span style="color:#ffffff">PayPal secure</span>` },
      findings: [{ messageId: 'hiddenBrand', severity: 'low', data: { brand: 'paypal' } }],
    },
    {
      name: 'one brand name broken by zero-width spaces',
      message: { html: '<p>Your Coin\u200bba\u200bse wallet needs attention.</p>' },
      findings: [{ messageId: 'zeroWidthInWords', severity: 'medium', data: { count: 1 } }],
    },
    {
      name: 'zero-width spaces inside words of the visible text',
      message: { html: '<p>Your pass\u200bword expires today. Ver\u200bify your acc\u200bount.</p>' },
      findings: [{ messageId: 'zeroWidthInWords', severity: 'medium', data: { count: 3, word: 'pass<U+200B>word' }, evidence: 'pass\u200bword' }],
    },
    {
      name: 'zero-width entities inside words of the HTML',
      message: { html: '<p>Reset your pass&#8203;word and con&zwnj;firm the acc&#x200B;ount</p>' },
      findings: [{ messageId: 'zeroWidthInWords', data: { word: 'con<U+200C>firm' } }],
    },
    {
      name: 'combining grapheme joiners between letters in the subject',
      message: { subject: 'A\u034fm\u034fa\u034fz\u034fo\u034fn: order suspended', text: 'See details.' },
      findings: [{ messageId: 'zeroWidthInWords', data: { word: 'A<U+34F>m<U+34F>a<U+34F>z<U+34F>o<U+34F>n' }, evidence: 'A\u034fm\u034fa\u034fz\u034fo\u034fn' }],
    },
    {
      name: 'right-to-left override in the text',
      message: { text: 'Open the file \u202Efdp.exe to see your invoice' },
      findings: [{ messageId: 'bidiOverride', severity: 'medium', data: { text: 'Open the file <U+202E>fdp.exe to see your invoice' }, evidence: '\u202efdp.exe' }],
    },
    {
      name: 'Latin word with Cyrillic look-alikes (English)',
      message: { subject: 'Frее Rеwаrds for you', text: 'Claim now' },
      findings: [{ messageId: 'mixedScript', severity: 'medium', data: { word: 'Frее' } }],
    },
    {
      name: 'Italian word with a Cyrillic o',
      message: { text: 'Il tuo cоnto è stato bloccato' },
      findings: [{ messageId: 'mixedScript', data: { word: 'cоnto' } }],
    },
    {
      name: 'Portuguese word with a Greek alpha',
      message: { text: 'Sua cοnta foi suspensa' },
      findings: [{ messageId: 'mixedScript' }],
    },
    {
      name: 'sender name with a Cyrillic a',
      message: { from: 'Pаypal Service <help@service.example>', text: 'Hi' },
      findings: [{ messageId: 'mixedScript', data: { word: 'Pаypal' } }],
    },
  ],
});
