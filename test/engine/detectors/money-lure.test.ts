import { moneyLure } from '../../../src/engine/detectors/money-lure';
import { testDetector } from '../../support/detector-tester';

describe('Italian', () => {
  testDetector(moneyLure, {
    valid: [
      {
        name: 'a supplier mentions an inheritance case, replies not diverted: only a topic',
        message: { from: 'Ufficio Acquisti <acquisti@fornitore.example>', text: "Vi comunico che la pratica dell'eredità del signor Bianchi è chiusa." },
      },
      { name: 'a colleague whose aunt is ill', message: { text: 'Mia zia è malata di cancro, domani non vengo in ufficio.' } },
      { name: 'a colleague mentions bitcoin', message: { text: 'Hai letto che il bitcoin è sceso ancora? Ne parliamo a pranzo.' } },
      { name: 'shop gift card without push', message: { text: 'Con ogni ordine sopra i 50 euro ricevi una carta regalo.' } },
      {
        name: "a colleague asks to pay an invoice through the usual procedure",
        message: {
          from: 'Laura Neri <laura.neri@acme.it>',
          text: 'Ciao Mario, puoi registrare la fattura di Rossi Srl e metterla in pagamento con il giro di fine mese come al solito? Sono in riunione fino alle 15, poi ne parliamo.',
        },
      },
      {
        name: 'a supplier announcing its new IBAN, nothing else',
        message: { text: 'Vi informiamo che dal 1 dicembre il nostro nuovo IBAN è IT60X0542811101000000123456. Restiamo a disposizione.' },
      },
    ],
    invalid: [
      {
        name: 'advance-fee proposal from a hijacked company mailbox, replies diverted to webmail',
        message: {
          from: 'Marco Ferri <m.ferri@comune.example.it>',
          replyTo: 'marcoferri.consulenze@gmail.com',
          text: "Ho una proposta d'affari per lei: un cliente deve trasferire dei capitali all'estero. Mi risponda per i dettagli.",
        },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
      {
        name: 'one offer phrase with replies diverted to webmail is medium, never high',
        message: { from: 'Anna Verdi <anna.verdi@studio.example>', replyTo: 'anna.verdi.1960@gmail.com', text: 'Buongiorno, ho una proposta per lei. Mi risponda appena può.' },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
      {
        name: 'advance-fee letter: an ill widow donating a sum',
        message: { text: 'Mi scusi per questa lettera inaspettata. Sono vedova e sono malata di cancro. Ho deciso di donare la somma di 4.500.000 € a una persona onesta.' },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
      {
        name: 'CEO fraud: urgent confidential transfer, secrecy, at your desk, personal mail',
        message: {
          from: 'Giovanni Bianchi - Amministratore Delegato <giovanni.bianchi.ceo@gmail.com>',
          subject: 'Urgente',
          text: "Mario, sei in ufficio? Ho bisogno che tu esegua oggi stesso un bonifico urgente e riservato. Non parlarne con nessuno. Ti scrivo dalla mail personale perché sono in riunione.",
        },
        findings: [{ messageId: 'bec', severity: 'high', evidence: 'Non parlarne con nessuno' }],
      },
      {
        name: 'CEO fraud with two cues: medium',
        message: { text: 'Ho bisogno di un bonifico urgente per un fornitore. Ti scrivo dalla mia mail personale, ti mando i dettagli.' },
        findings: [{ messageId: 'bec', severity: 'medium' }],
      },
      {
        name: 'prize with a lottery',
        message: { subject: 'Congratulazioni!', text: 'Hai vinto il primo premio della nostra lotteria. Riscatta il tuo premio ora.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'Hai vinto' }],
      },
      {
        name: 'sextortion asking for bitcoin',
        message: { text: 'Ti ho registrato tramite la tua webcam mentre guardavi siti per adulti. Invia 500 euro in bitcoin a questo indirizzo.' },
        findings: [{ messageId: 'sextortion', severity: 'high' }],
      },
    ],
  });
});

describe('English', () => {
  testDetector(moneyLure, {
    valid: [
      { name: 'discussion of a lottery article', message: { text: 'Did you see the article about the state lottery budget? Interesting numbers.' } },
      {
        name: 'a shop promo: a gift card with a purchase, a deadline and a button is shop talk',
        message: { subject: 'Warm coats are back', text: 'Get a $25 gift card when you spend $100 or more. Redeem within 60 days. Shop now.' },
      },
      {
        name: "a bookshop's free gift with purchase, and a giveaway to enter: shop talk",
        message: { text: 'Order any two books this week and get a free* gift. Enter our holiday giveaway too. Shop now.' },
      },
      {
        name: "'a testament to' is English, not the German will",
        message: { text: 'The crowds at the reopening are a testament to how much the city missed its theatre. Read more.' },
      },
      {
        name: "'resale' is not a misspelt 'presale', 'elected' not a misspelt 'selected'",
        message: { text: 'Fuel resale prices rose this week. You have elected to receive your receipts by email. Click here to change it.' },
      },
      { name: 'invoice from a supplier', message: { text: 'Attached is the invoice for October. Thanks for your business.' } },
      { name: 'a market update with a percentage', message: { subject: 'Bitcoin up +12.88% in the last 7d', text: 'Prices this week.' } },
      {
        name: "a real CFO's newsletter from the company's own domain",
        message: {
          from: 'Anna Smith, CFO <anna.smith@acme.example>',
          subject: 'Q3 results',
          text: 'Dear colleagues, Q3 revenue grew 8%. Payments to suppliers now run through the new procurement portal; please keep using the usual approval workflow. Questions? I am in meetings most of Monday, write to finance@acme.example.',
        },
      },
      {
        name: 'a colleague asks to pay an invoice as usual',
        message: { text: 'Hi Tom, could you pay the Globex invoice in the Friday payment run as usual? The PO is attached. Thanks!' },
      },
    ],
    invalid: [
      {
        name: 'a reward to claim as the whole subject',
        message: { subject: 'Claim Your rewards:', text: 'Access Portal' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'a casino deposit bonus alone in the body is weak',
        message: { text: 'Today BONUS! 50% bonus at every deposit just today!' },
        findings: [{ messageId: 'prize', severity: 'low' }],
      },
      {
        name: 'a loan offer with replies sent to webmail',
        message: { from: 'Mr. Ricky Mann <mail@fastnet.example>', replyTo: 'rickymann.loans@outlook.com', subject: 'Re', text: 'Do you need a loan? We give out loans for mortgage, personal or business at low rates. Get back to us.' },
        findings: [{ messageId: 'investment', severity: 'medium' }],
      },
      {
        name: 'a fake balance: a credited amount in the subject and a link',
        message: { subject: 'Score released: +$354 date 2023.12.21', text: 'Click here to withdraw: https://docs.google.com/forms/d/e/x' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: '+$354' }],
      },
      {
        name: 'CEO fraud: desk check, urgent wire, secrecy',
        message: { text: "Are you at your desk? I need you to process an urgent wire transfer today. Keep this between us for now, I'm in a meeting and can't take calls." },
        findings: [{ messageId: 'bec', severity: 'high', evidence: 'Keep this between us' }],
      },
      {
        name: 'gift cards for clients, from a boss who cannot talk',
        message: { text: "I need you to buy some Apple gift cards for clients today. I'm in a conference and cannot take calls, just email me the codes." },
        findings: [{ messageId: 'bec', severity: 'medium' }],
      },
      {
        name: 'advance-fee inheritance',
        message: { text: 'I am the lawyer of your late client who left an inheritance of 10.5 million US dollars. You are the next of kin.' },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
      {
        name: 'survey reward with a push',
        message: { text: 'Congratulations! You have been selected to receive an exclusive reward. Click here to claim it.' },
        findings: [{ messageId: 'prize', severity: 'low' }],
      },
      {
        name: 'a giveaway as the headline, pushed',
        message: { subject: 'Giveaway: win a new router', text: 'Enter now, click here.' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'a free gift first, then a real prize: the prize speaks',
        message: { text: 'A free gift for you. Congratulations, you have won an iPhone! Click here to claim it.' },
        findings: [{ messageId: 'prize', evidence: 'you have won' }],
      },
      {
        name: 'investment scheme',
        message: { text: 'Join our trading platform: guaranteed returns of 300% and passive income every week with bitcoin.' },
        findings: [{ messageId: 'investment' }],
      },
      {
        name: 'gift card demanded',
        message: { text: 'I need you to buy 5 Google Play cards and send me the codes. Send the amount today, it is urgent.' },
        findings: [{ messageId: 'giftCard' }],
      },
      {
        name: 'prize paid in gift cards',
        message: { text: 'Claim your prize: a $500 gift card is waiting for you.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'gift card' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(moneyLure, {
    valid: [
      { name: 'ordinary mail', message: { text: 'Segue em anexo o relatório mensal.' } },
      {
        name: "business mail about 'gerência' (management), which is one slip from Spanish 'herencia'",
        message: { text: 'Mensagem da gerência: a plataforma de investimento com retorno garantido foi descontinuada.' },
      },
    ],
    invalid: [
      {
        name: 'prize draw',
        message: { text: 'Parabéns, você foi sorteado! Resgate seu prêmio no sorteio de Natal.' },
        findings: [{ messageId: 'prize' }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(moneyLure, {
    valid: [{ name: 'ordinary mail', message: { text: 'Adjunto el informe mensual.' } }],
    invalid: [
      {
        name: 'lottery win',
        message: { text: 'Enhorabuena, ha ganado el sorteo de la lotería. Reclame su premio hoy mismo.' },
        findings: [{ messageId: 'prize' }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(moneyLure, {
    valid: [{ name: 'ordinary mail', message: { text: 'Veuillez trouver ci-joint le rapport mensuel.' } }],
    invalid: [
      {
        name: 'prize draw',
        message: { text: 'Félicitations, vous avez gagné le tirage au sort ! Réclamez votre cadeau maintenant.' },
        findings: [{ messageId: 'prize' }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(moneyLure, {
    valid: [{ name: 'ordinary mail', message: { text: 'Anbei der Monatsbericht.' } }],
    invalid: [
      {
        name: 'a will that names the reader as heir',
        message: { text: 'Laut Testament sind Sie der Erbe meines Mandanten. Antworten Sie mir innerhalb von 48 Stunden. Klicken Sie hier.' },
        findings: [{ messageId: 'inheritance', evidence: 'Testament' }],
      },
      {
        name: 'a voucher as the headline, pressed',
        message: { subject: 'Ihr Gutschein', text: 'Jetzt mitmachen und Gutschein sichern, nur heute.' },
        findings: [{ messageId: 'giftCard' }],
      },
      {
        name: 'voucher prize',
        message: { subject: 'Glückwunsch!', text: 'Sie haben gewonnen! Ihr 250 € Einkaufsgutschein wartet auf Sie.' },
        findings: [{ messageId: 'prize' }],
      },
    ],
  });
});

describe('payment demands', () => {
  testDetector(moneyLure, {
    valid: [
      { name: 'overdue invoice reminder', message: { text: 'Your overdue invoice must be settled by wire transfer. Pay the balance by Friday.' } },
    ],
    invalid: [
      {
        name: 'pay in bitcoin',
        message: { text: 'Send the amount of 0.5 BTC to this wallet address today.' },
        findings: [{ messageId: 'paymentDemand', severity: 'medium', evidence: 'Send the amount' }],
      },
      {
        name: 'advance fee to release funds',
        message: { text: 'Pay the processing fee of $250 by Western Union to release your funds.' },
        findings: [{ messageId: 'prize', evidence: 'release your funds' }],
      },
    ],
  });
});

describe('solicitation and reward spam', () => {
  testDetector(moneyLure, {
    valid: [
      { name: 'a conference talk about dating apps', message: { subject: 'Talk proposal', text: 'My talk covers how dating apps rank profiles. Slides attached.' } },
      { name: 'a pharmacy order confirmation', message: { subject: 'Your order has shipped', text: 'Your prescription order has shipped and will arrive on Monday.' } },
      {
        name: 'a mailing-list digest with a giveaway in passing',
        message: {
          subject: 'Weekly digest',
          headers: [['List-Id', '<digest.lists.example.org>']],
          text: 'This week: new releases, a giveaway for subscribers, and our favourite casino films.',
        },
      },
    ],
    invalid: [
      {
        name: 'dating spam with a button',
        message: { subject: 'Meet hot singles tonight', text: 'Hot girls in your area are waiting for you. Click here to see their private photos.' },
        findings: [{ messageId: 'dating', severity: 'medium' }],
      },
      {
        name: 'German dating spam',
        message: { subject: 'Treffen Sie heiße ukrainische Singles', text: 'Michelle hat dir eine Nachricht geschickt. Jetzt anmelden!' },
        findings: [{ messageId: 'dating', severity: 'medium' }],
      },
      {
        name: 'miracle pills with another money cue',
        message: { subject: 'Your 5% voucher', text: 'Cialis $0.54 / pill, Viagra $0.27 / pill. Claim your free gift today.' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'miracle cure with a deal',
        message: { subject: 'Reverse fatty liver', text: 'Doctors hate this morning ritual. Earn money online while you sleep.' },
        findings: [{ messageId: 'miracleCure', evidence: 'fatty liver' }],
      },
      {
        name: 'a prize alone in the body: weak',
        message: { subject: 'Important for you!', text: "Congratulations! You've been selected to receive an exclusive iPhone 16 Pro." },
        findings: [{ messageId: 'prize', severity: 'low' }],
      },
      {
        name: 'a bait headline with nothing else',
        message: { subject: '🔥 Deine 200 Freispiele warten auf dich!', text: 'Abmelden' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'Freispiele' }],
      },
      {
        name: 'casino free spins with no deposit',
        message: { subject: '300 Freispiele warten auf dich', text: 'Bonus ohne Einzahlung! Jetzt anmelden.' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'survey reward headline with a push',
        message: { subject: 'Your reward is waiting', text: 'Complete a quick survey for a chance to receive a Yeti tumbler. Click here, offer ends today.' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'gift card reward headline, pressed hard',
        message: { subject: 'Your reward is waiting', text: 'Answer 3 questions to claim a $500 gift card. Click here, offer ends today.' },
        findings: [{ messageId: 'prize', severity: 'high', evidence: 'gift card' }],
      },
    ],
  });
});

// Wording families found missing on the corpus (issue 4): fake crypto balances, airdrop shares, 419 openers and
// compensation programmes, casino bonus claims, adult-dating solicitations. Each with a legitimate look-alike.
describe('fake crypto balances and airdrop shares (en)', () => {
  testDetector(moneyLure, {
    valid: [
      {
        name: "a bank's balance notice that mentions withdrawing",
        message: { subject: 'Your monthly statement', text: 'Your account balance is $1,234.56. You can withdraw up to $500 a day at any ATM.' },
      },
      {
        name: "a programmer's class inheritance after an unexpected email",
        message: { text: 'Apologies for the unexpected email: I saw your talk on class inheritance in TypeScript and have a question about mixins.' },
      },
      { name: 'an exchange newsletter about bitcoin mining difficulty', message: { text: 'Bitcoin mining difficulty rose 4% this week; fees stayed low.' } },
    ],
    invalid: [
      {
        name: 'a mining balance to withdraw before the account is blocked',
        message: {
          subject: 'You have 24 hours to withdraw +17,794$',
          text: 'For the past year you have been earning Bitcoin automatically on our platform. Your account will be blocked within 24 hours: withdraw your funds now.',
        },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'hours to withdraw +17' }],
      },
      {
        name: 'a wallet funded with BTC',
        message: { subject: 'Your bitcoin wallet has been funded with 51.85 BTC', text: 'Log in to see your balance.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'funded with 51.85 BTC' }],
      },
      {
        name: 'an airdrop share to claim',
        message: { subject: 'Claim your share of $1,040,666.67', text: 'Connect your wallet to receive your ETH bonus.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'Claim your share' }],
      },
    ],
  });
});

describe('419 openers and compensation programmes (pt, es, it, fr, de)', () => {
  testDetector(moneyLure, {
    valid: [
      {
        name: "a lawyer's note on a real estate, inheritance only (pt)",
        message: { text: 'Segue a minuta do inventário do falecido Sr. João; a partilha da herança será assinada na próxima semana.' },
      },
      {
        name: "an insurer's approved claim (pt)",
        message: { text: 'O pagamento da sua indenização foi aprovado e será creditado em 5 dias úteis na conta cadastrada.' },
      },
      { name: 'a notary on an estate (es)', message: { text: 'Le remito el testamento de su difunto marido para la firma de la herencia.' } },
    ],
    invalid: [
      {
        name: 'surprise letter, a fund to transfer (pt)',
        message: {
          subject: 'Bom dia',
          text: 'Por favor, aceite minhas desculpas por lhe escrever uma carta surpresa. Tenho a oportunidade de transferir o fundo restante de 15,8 milhões de dólares.',
        },
        findings: [{ messageId: 'inheritance', severity: 'medium', evidence: 'carta surpresa' }],
      },
      {
        name: 'a compensation programme paying through Western Union (pt)',
        message: {
          subject: 'SEUS $350.000,00 ESTÃO COM A WESTERN UNION',
          text: 'ESTE PROGRAMA DE INDENIZAÇÃO FOI ORGANIZADO PARA INDENIZAR TODAS AS VÍTIMAS DA INTERNET.',
        },
        findings: [{ messageId: 'inheritance', severity: 'medium', evidence: 'PROGRAMA DE INDENIZAÇÃO' }],
      },
      {
        name: 'a dying widow donating funds (es)',
        message: { text: 'Perdone este mensaje sorpresa. Padezco una enfermedad terminal y deseo donar los fondos de mi difunto esposo: 4,5 millones de dólares.' },
        findings: [{ messageId: 'inheritance', severity: 'medium', evidence: 'mensaje sorpresa' }],
      },
      {
        name: 'a terminally ill donor (it)',
        message: { text: 'Sono malata terminale e voglio donare i fondi del mio defunto marito. Contattami per ricevere la donazione di 2 milioni.' },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
      {
        name: 'a surprise letter about an inheritance (fr)',
        message: { text: 'Pardonnez cette lettre surprise. Atteinte d une maladie incurable, je souhaite faire don de mes fonds: 3 millions de dollars.' },
        findings: [{ messageId: 'inheritance', severity: 'medium', evidence: 'lettre surprise' }],
      },
      {
        name: 'an unexpected message from a terminally ill donor (de)',
        message: { text: 'Entschuldigen Sie diese unerwartete Nachricht. Ich bin unheilbar krank und möchte Ihnen 2 Millionen Euro spenden.' },
        findings: [{ messageId: 'inheritance', severity: 'medium' }],
      },
    ],
  });
});

describe('casino bonus claims (de, fr, nl)', () => {
  testDetector(moneyLure, {
    valid: [
      {
        name: "a real casino's terms (de)",
        message: { text: 'Freispiele unterliegen einer 35-fachen Umsatzbedingung. Gewinne werden als Bonusguthaben verbucht.' },
      },
      { name: "a real casino's terms (en)", message: { text: 'Free spins expire after 7 days and winnings are subject to wagering requirements.' } },
      { name: 'a bank crediting a refund (de)', message: { text: 'Der Betrag von 49,90 € wurde Ihrem Konto gutgeschrieben.' } },
    ],
    invalid: [
      {
        name: 'free spins without deposit, claim the bonus (de)',
        message: { text: '300 GRATIS-FREISPIELE BEI DER REGISTRIERUNG – ganz ohne Einzahlung! MEINEN BONUS ANFORDERN' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'BONUS ANFORDERN' }],
      },
      {
        name: 'a VIP bonus credited, in the subject (de)',
        message: { subject: 'Herzlichen Glückwunsch! €12.500 wurden deinem Konto gutgeschrieben', text: 'Dein VIP-Bonus ist bereit.' },
        findings: [{ messageId: 'prize', severity: 'medium' }],
      },
      {
        name: 'claim your casino bonus (fr)',
        message: { subject: 'Réclamez votre bonus', text: 'Tours gratuits sans dépôt au casino.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'Réclamez votre bonus' }],
      },
      {
        name: 'free spins are waiting (nl)',
        message: { subject: 'Gratis Spins Wachten op je!', text: 'Bonus claimen: 200 gratis spins bij je eerste storting.' },
        findings: [{ messageId: 'prize', severity: 'medium', evidence: 'Spins Wachten' }],
      },
    ],
  });
});

describe('adult-dating solicitations (en, nl, fr, de)', () => {
  testDetector(moneyLure, {
    valid: [
      { name: 'a genuine dating app notification (en)', message: { subject: 'You have a new match', text: 'Emma liked your profile. Open the app to say hello.' } },
      { name: 'a genuine dating app notification (nl)', message: { subject: 'Je hebt een nieuwe match', text: 'Sanne vindt je leuk. Open de app om te chatten.' } },
      { name: 'a job ad (nl)', message: { text: 'Voor de receptie zoeken wij een ervaren vrouw of man, vanaf 1 maart.' } },
      { name: 'a team chat (en)', message: { text: 'Can you chat with the design team about the new logo?' } },
    ],
    invalid: [
      { name: 'looking for a lover (en)', message: { subject: 'I am 19 years old, looking for a lover.', text: 'Click for date' }, findings: [{ messageId: 'dating', severity: 'medium', evidence: 'looking for a lover' }] },
      { name: 'dating for sex only (en)', message: { text: 'Only the best models we have. Dating for s3x only. Start a chat with a girl.' }, findings: [{ messageId: 'dating', severity: 'low' }] },
      {
        name: 'an experienced woman to meet (nl)',
        message: { subject: 'Durf jij een ervaren vrouw te ontmoeten?', text: 'Ik ben Martha, 57 jaar. Ontmoet mij nu.' },
        findings: [{ messageId: 'dating', severity: 'medium', evidence: 'Durf jij een ervaren vrouw' }],
      },
      { name: 'a woman looking for a man (nl)', message: { text: 'Ik zoek een man die durft te genieten. Klik hier voor mijn profiel.' }, findings: [{ messageId: 'dating', severity: 'low' }] },
      { name: 'Ukrainian beauties (fr)', message: { subject: 'Rencontrer des beautés ukrainiennes', text: 'Inscrivez-vous.' }, findings: [{ messageId: 'dating', severity: 'medium' }] },
      { name: 'sex dating (de)', message: { text: 'Sex Dating in deiner Stadt: erotische Abenteuer ohne Verpflichtung.' }, findings: [{ messageId: 'dating', severity: 'low' }] },
    ],
  });
});

describe('stranded friend and advance-fee letters from webmail', () => {
  testDetector(moneyLure, {
    valid: [
      {
        name: 'a friend on holiday with a lost suitcase, asking for nothing',
        message: { from: 'Giulia Ferri <giulia.ferri82@gmail.com>', text: 'Sono a Lisbona, mi hanno perso la valigia per un giorno ma ora è tutto a posto. Ti devo ancora 20 euro della cena.' },
      },
      {
        name: 'a colleague stuck at the airport by a strike, no money asked',
        message: { text: "I'm stuck at the airport in Frankfurt because of the strike, I'll join the call from my phone." },
      },
      {
        name: 'a friend writing from Gmail about her inheritance',
        message: { from: 'Giulia Ferri <giulia.ferri82@gmail.com>', text: "Il notaio ha letto il testamento: l'eredità della nonna è la casa al mare. Ne parliamo sabato?" },
      },
    ],
    invalid: [
      {
        name: 'it: stranded abroad, robbed, asks for gift cards from Gmail',
        message: {
          from: 'Luca Bianchi <luca.bianchi.viaggi78@gmail.com>',
          text: 'Sono bloccato a Istanbul, mi hanno rubato il portafoglio. Mi servirebbero 850 euro, te li restituisco appena rientro. Puoi comprare delle carte regalo?',
        },
        findings: [{ messageId: 'strandedFriend', severity: 'high', evidence: 'bloccato a' }],
      },
      {
        name: 'en: stranded colleague, gift cards, secrecy',
        message: { text: "I'm stuck at a conference abroad and my wallet was stolen. Could you buy 4 gift cards and send me the codes? Please keep this between us." },
        findings: [{ messageId: 'strandedFriend', severity: 'high' }],
      },
      {
        name: 'es: robbed abroad, promises to pay back, on a company domain: medium',
        message: { text: 'Estoy atrapado en Londres, me robaron la cartera y el pasaporte. ¿Me puedes enviar 600 euros? Te lo devuelvo al volver.' },
        findings: [{ messageId: 'strandedFriend', severity: 'medium' }],
      },
      {
        name: 'pt: stuck abroad asking for money back',
        message: { from: 'Ana <ana.souza.viagem@hotmail.com>', text: 'Estou presa em Madrid, me roubaram a carteira e o celular. Preciso de 500 euros, te devolvo assim que voltar.' },
        findings: [{ messageId: 'strandedFriend', severity: 'high' }],
      },
      {
        name: 'fr: stranded, robbed, will pay back',
        message: { from: 'Paul <paul.martin.voyage@yahoo.fr>', text: "Je suis bloqué à Madrid, on m'a volé mon portefeuille. Peux-tu m'envoyer 500 euros ? Je te rembourse dès que je rentre." },
        findings: [{ messageId: 'strandedFriend', severity: 'high' }],
      },
      {
        name: 'de: stranded, wallet stolen, gift cards',
        message: { from: 'Jonas <jonas.weber.reise@gmx.de>', text: 'Ich sitze in Istanbul fest, mir wurde die Geldbörse gestohlen. Kannst du mir Geschenkkarten kaufen? Ich zahle dir alles zurück.' },
        findings: [{ messageId: 'strandedFriend', severity: 'high' }],
      },
      {
        name: 'es: unclaimed inheritance from Gmail is high',
        message: {
          from: 'Abogado Daniel Moreno <danielmoreno.abogados44@gmail.com>',
          text: 'Soy abogado de un cliente fallecido. Dejó un depósito de 8.700.000 dólares y como pariente más cercano usted puede recibir la herencia.',
          subject: 'Herencia no reclamada',
        },
        findings: [{ messageId: 'inheritance', severity: 'high' }],
      },
      {
        name: 'it: the same letter with replies to webmail is high',
        message: {
          from: 'Fondazione <info@fondazione-aiuti.example>',
          replyTo: 'margaret.fondazione@gmail.com',
          text: 'Mi scusi per questa lettera inaspettata. Sono malata di cancro e ho deciso di donare la somma di 4.500.000 € a una persona onesta.',
        },
        findings: [{ messageId: 'inheritance', severity: 'high' }],
      },
    ],
  });
});
