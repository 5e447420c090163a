import { moneyLure } from '../../../src/engine/detectors/money-lure';
import { testDetector } from '../../support/detector-tester';

describe('Italian', () => {
  testDetector(moneyLure, {
    valid: [
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
      { name: 'invoice from a supplier', message: { text: 'Attached is the invoice for October. Thanks for your business.' } },
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
    valid: [{ name: 'ordinary mail', message: { text: 'Segue em anexo o relatório mensal.' } }],
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
