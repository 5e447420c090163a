import { BUILT_IN_BRANDS, claimedBrands, UNSOURCED_PLAYBOOKS } from '../../../src/engine/brands';

// The matcher is tested on every playbook written, sourced or not: the names are test data here, not trust anchors.
const PLAYBOOKS = [...BUILT_IN_BRANDS, ...UNSOURCED_PLAYBOOKS];
import { joinSpacedLetters } from '../../../src/engine/brands/claimed-brands';
import { buildMessage } from '../../support/build-message';
import type { BuildOptions } from '../../support/build-message';

const claims = (options: BuildOptions): string[] => claimedBrands(buildMessage(options), PLAYBOOKS).map((c) => c.brand.id);

describe('claimedBrands', () => {
  it.each([
    ['plain name', 'Amazon Servizio Clienti'],
    ['digit for a letter', 'Amaz0n Servizio Clienti'],
    ['rn for m', 'Arnazon Servizio Clienti'],
    ['Cyrillic а and о', 'Аmаzоn Servizio Clienti'],
    ['spaced letters', 'A m a z o n'],
    ['dotted letters', 'A.m.a.z.o.n Support'],
    ['mathematical bold letters', '𝐀𝐦𝐚𝐳𝐨𝐧'],
    ['accented letters', 'Àmazón'],
  ])('finds Amazon in a display name written with %s', (_label, name) => {
    expect(claims({ from: `${name} <x@example.com>` })).toContain('amazon');
  });

  it('marks disguised spellings as look-alikes, plain ones not', () => {
    const disguised = claimedBrands(buildMessage({ from: 'PayPa1 <x@example.com>' }), PLAYBOOKS);
    const plain = claimedBrands(buildMessage({ from: 'PayPal <x@example.com>' }), PLAYBOOKS);
    expect(disguised.find((c) => c.brand.id === 'paypal')?.lookalike).toBe(true);
    expect(plain.find((c) => c.brand.id === 'paypal')?.lookalike).toBeUndefined();
  });

  it('reads a name with a trademark sign glued to it', () => {
    expect(claims({ from: 'Mcafee™ <support@shop.example>' })).toContain('mcafee');
    expect(claims({ from: 'Omaha Steaks® Lowes <x@example.com>' })).not.toContain('lowes');
  });

  it('takes English words that are crypto brands only at the head of a display name', () => {
    expect(claims({ from: 'Ledger <noreply@alerts.example>' })).toContain('ledger');
    expect(claims({ from: 'Exodus Support <help@wallet.example>' })).toContain('exodus');
    expect(claims({ from: 'General Ledger Team <gl@acme.example>' })).not.toContain('ledger');
    expect(claims({ text: 'Post the invoice to the ledger, it will ripple through the accounts.' })).toEqual([]);
  });

  it("reads Banco do Brasil's 'BB' only in capitals", () => {
    expect(claims({ from: 'Setor de segurança - BB PJ <bbdigital7@korea.example>' })).toContain('banco-do-brasil');
    expect(claims({ from: 'Bb Shop <x@example.com>' })).not.toContain('banco-do-brasil');
  });

  it('does not match a brand inside a longer word', () => {
    expect(claims({ from: 'Amazonas Tours <x@example.com>' })).not.toContain('amazon');
  });

  it('applies the capitals rule to short names', () => {
    expect(claims({ subject: 'TIM: fattura disponibile' })).toContain('tim');
    expect(claims({ subject: 'Tim is coming tomorrow' })).not.toContain('tim');
  });

  it('keeps common-word names out of the body', () => {
    expect(claims({ text: 'An apple a day keeps the doctor away.' })).not.toContain('apple');
    expect(claims({ subject: 'Apple ID locked' })).toContain('apple');
  });

  it('counts surname-like names in a display name only as its first word', () => {
    expect(claims({ from: 'Norton Support <x@example.com>' })).toContain('norton');
    expect(claims({ from: 'John Norton <x@example.com>' })).not.toContain('norton');
  });

  it('reads Italian energy suppliers only where their names are not words or names', () => {
    expect(claims({ from: 'A2A Energia <noreply@clienti-info.example>' })).toContain('a2a');
    expect(claims({ from: 'Hera Comm <noreply@clienti-info.example>' })).toContain('hera');
    expect(claims({ from: 'Giulia <g@example.com>', text: 'Il mito di Hera e Zeus, e la lampadina di Edison.' })).toEqual([]);
    expect(claims({ from: 'Iren Kowalska <iren.k@example.com>' })).not.toContain('iren');
  });

  it('treats an image served from the brand asset host as its logo', () => {
    const found = claimedBrands(buildMessage({ html: '<img src="https://www.paypal.com/logo.png">' }), PLAYBOOKS);
    expect(found.find((c) => c.brand.id === 'paypal')?.places).toEqual(['logo']);
  });

  it('joins only runs of four or more single letters', () => {
    expect(joinSpacedLetters('p a y p a l now')).toBe('paypal now');
    expect(joinSpacedLetters('a b and c')).toBe('a b and c');
    expect(joinSpacedLetters('p-a-y-p-a-l')).toBe('paypal');
  });

  it('stays fast on a long hostile body', () => {
    const text = 'a m a z o '.repeat(50_000);
    const started = performance.now();
    claimedBrands(buildMessage({ text }), PLAYBOOKS);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('claimedBrands: disguises and common-word names', () => {
  it.each([
    ['Arabic vowel marks between letters', 'Goo\u0650gle P\u0670lay Pro\u0670tect', 'google'],
    ['Syriac marks between letters', 'A\u073fm\u073fa\u073fz\u073fon Service', 'amazon'],
    ['a zero-width non-joiner', 'Goo\u200cgle Play', 'google'],
    ['slashes between the letters of a short name', 'D/H/L-verzending', 'dhl'],
    ['dots between capitals', 'U.P.S. Delivery', 'ups'],
    ['spaced capitals', '_U P S._', 'ups'],
  ])('finds the brand in a display name written with %s, as a disguise', (_label, name, id) => {
    const found = claimedBrands(buildMessage({ from: `${name} <x@example.com>` }), PLAYBOOKS).find((c) => c.brand.id === id);
    expect(found?.places).toContain('display-name');
    expect(found?.lookalike).toBe(true);
  });

  it('takes first-name brands only as a whole display name, with service words at most', () => {
    expect(claims({ from: 'Chase Alerts <alerts@mailer.example>' })).toContain('chase');
    expect(claims({ from: 'Steam Support <help@games.example>' })).toContain('steam');
    expect(claims({ from: 'Chase Miller <chase@acme.example>' })).not.toContain('chase');
    expect(claims({ subject: 'Chase the deadline', text: 'steam cleaning' })).toEqual([]);
    const plain = claimedBrands(buildMessage({ from: 'Chase <x@mailer.example>' }), PLAYBOOKS).find((c) => c.brand.id === 'chase');
    expect(plain?.lookalike).toBeUndefined();
  });

  it('reads surnames and places that are also brands only at the head of a display name', () => {
    expect(claims({ from: '"Charles Schwab & Co., Inc." <postmaster@mailer.example>' })).toContain('charles-schwab');
    expect(claims({ from: 'Klaus Schwab <k@forum.example>' })).not.toContain('charles-schwab');
    expect(claims({ from: 'Tesla <x@presale.example>' })).toContain('tesla');
    expect(claims({ from: 'Nikola Tesla Museum <info@museum.example>' })).not.toContain('tesla');
  });

  it('reads acronyms that are words only in capitals', () => {
    expect(claims({ from: 'IRS Tax Report <x@example.com>' })).toContain('irs');
    expect(claims({ from: 'ING Bank <x@example.com>' })).toContain('ing');
    expect(claims({ subject: 'Looking forward to meeting, irs are fine' })).not.toContain('irs');
  });
});

describe('claimedBrands: one-letter slips in a display name', () => {
  const claim = (from: string, id: string) => claimedBrands(buildMessage({ from }), PLAYBOOKS).find((c) => c.brand.id === id);

  it.each([
    ['Conta Microsft - Atendimento <x@example.com>', 'microsoft'],
    ['LedgeLive - customerservice <x@example.com>', 'ledger'],
    ['Ledge Live <x@example.com>', 'ledger'],
    ['Amazn Support <x@example.com>', 'amazon'],
    ['Netfilx <x@example.com>', 'netflix'],
  ])('reads %s as a disguised %s', (from, id) => {
    expect(claim(from, id)?.lookalike).toBe(true);
  });

  it.each([
    ['Revolt Magazine <x@example.com>', 'revolut'],
    ['Barclay Jones <x@example.com>', 'barclays'],
    ['Correos Express <x@example.com>', 'correios'],
    ['Finance Team <x@example.com>', 'binance'],
    ['Sparkassen-Finanzgruppe <x@example.com>', 'sparkasse'],
    ['Horton Plumbing <x@example.com>', 'norton'],
  ])('leaves the real word or neighbour brand in %s alone', (from, id) => {
    expect(claim(from, id)?.lookalike).toBeUndefined();
  });

  it('reads slips only in display names, not in the body', () => {
    expect(claims({ text: 'Il tuo account Microsft è bloccato' })).not.toContain('microsoft');
  });
});

describe('claimedBrands: slips at the edge of a name are words of their own', () => {
  it.each([
    ['Cloud Storage Team <x@example.com>', 'apple'],
    ['Team Support Center <x@example.com>', 'steam'],
  ])('does not read %s as a slipped %s', (from, id) => {
    expect(claimedBrands(buildMessage({ from }), PLAYBOOKS).map((c) => c.brand.id)).not.toContain(id);
  });
});

describe('claimedBrands: Italian names that are also first names or words', () => {
  it('reads Italo (the train) only as a whole display name, Iliad only at its head', () => {
    expect(claims({ from: 'Italo <noreply@promo.example>' })).toContain('italo');
    expect(claims({ from: 'Italo Rossi <italo.rossi@acme.example>' })).not.toContain('italo');
    expect(claims({ from: 'Iliad Italia <info@offerte.example>' })).toContain('iliad');
    expect(claims({ from: "Club di lettura dell'Iliad <club@libri.example>" })).not.toContain('iliad');
  });

  it('reads the Carabinieri in a display name or subject, not in a news body', () => {
    expect(claims({ from: 'Carabinieri - Comando Provinciale <avviso@notifica.example>' })).toContain('carabinieri');
    expect(claims({ text: 'Ieri i carabinieri hanno chiuso la strada per lavori.' })).not.toContain('carabinieri');
  });
});

describe('claimedBrands: the brand comes from who speaks, not from footer marks', () => {
  const placesOf = (options: BuildOptions, id: string) => claimedBrands(buildMessage(options), BUILT_IN_BRANDS).find((c) => c.brand.id === id)?.places;
  const SHOP = 'Negozio Bianchi <ordini@negoziobianchi.example>';
  const LOGO = '<img src="https://negoziobianchi.example/logo.png" alt="Negozio Bianchi" width="180">';

  it.each([
    ['an App Store badge', '<a href="https://apps.apple.com/it/app/id1"><img src="https://negoziobianchi.example/b.png" alt="Download on the App Store"></a>', 'apple'],
    ['a Google Play badge in Italian', '<img src="https://negoziobianchi.example/g.png" alt="Disponibile su Google Play">', 'google'],
    ['a social icon by its size', '<img src="https://negoziobianchi.example/f.png" alt="Facebook" width="24" height="24">', 'facebook'],
    ['a social icon linking to the network', '<a href="https://www.instagram.com/negoziobianchi"><img src="https://negoziobianchi.example/i.png" alt="Instagram" width="120"></a>', 'instagram'],
    ['a social icon behind a tracker', '<a href="https://click.negoziobianchi.example/?q=1"><img src="https://negoziobianchi.example/f.png" alt="Facebook icon"></a>', 'facebook'],
    ['a "follow us" image', '<img src="https://negoziobianchi.example/f.png" alt="Seguici su Facebook">', 'facebook'],
    ['a caption talking about a brand', '<img src="https://negoziobianchi.example/chart.png" alt="Chart showing Apple\'s market valuation since 2000">', 'apple'],
    ['a row of payment marks', '<img src="https://negoziobianchi.example/v.png" alt="Visa"><img src="https://negoziobianchi.example/p.png" alt="PayPal">', 'paypal'],
    ['a badge served by the store itself', '<a href="https://play.google.com/store/apps/details?id=x"><img src="https://play.google.com/intl/en_us/badges/images/generic/en_badge_web_generic.png"></a>', 'google'],
  ])('does not take %s for a claim', (_label, html, id) => {
    expect(placesOf({ from: SHOP, html: `${LOGO}<p>Il tuo ordine è in viaggio.</p>${html}` }, id)).toBeUndefined();
  });

  it('still takes a lone logo heading the message, by alt text or by host', () => {
    expect(placesOf({ from: 'Avviso <a@conto.example>', html: '<img src="https://conto.example/pp.png" alt="PayPal"><p>Conto limitato.</p>' }, 'paypal')).toEqual(['image-alt']);
    expect(placesOf({ from: 'Avviso <a@conto.example>', html: '<img src="https://www.paypalobjects.com/logo.png"><p>Conto limitato.</p>' }, 'paypal')).toEqual(['logo']);
  });

  it('reads images after the head of the message as footer marks', () => {
    const head = '<img src="https://x.example/1.png" alt="Offerte"><img src="https://x.example/2.png" alt="Novità"><img src="https://x.example/3.png" alt="Saldi">';
    expect(placesOf({ from: SHOP, html: `${head}<img src="https://x.example/4.png" alt="PayPal">` }, 'paypal')).toBeUndefined();
  });

  it('lets a known brand on its own domain speak as itself, whatever its text and images name', () => {
    const options = { from: 'Poste Italiane <noreply@posteitaliane.it>', html: '<img src="https://x.example/ap.png" alt="Apple Pay"><p>Paga con Apple Pay.</p>' };
    expect(placesOf(options, 'apple')).toBeUndefined();
    expect(placesOf({ ...options, from: 'Poste Italiane <noreply@poste-avvisi.example>' }, 'apple')).toContain('image-alt');
  });

  it("reads a brand beside the sender's own organisation in a display name as a partner", () => {
    expect(placesOf({ from: 'Synchrony for your PayPal Extras Mastercard <cs@servicing.synchrony.example>' }, 'paypal')).toBeUndefined();
    expect(placesOf({ from: 'Amazon Benefits at Fidelity <benefits@fidelity.example>' }, 'amazon')).toBeUndefined();
    // The domain's label must be a word of the name: 'PayPal' from paypal-secure.example claims PayPal.
    expect(placesOf({ from: 'PayPal Secure <x@paypal-secure.example>' }, 'paypal')).toEqual(['display-name']);
    expect(placesOf({ from: 'Amazon Prime <x@prime.example>' }, 'amazon')).toEqual(['display-name']);
  });
});
