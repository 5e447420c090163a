import { callbackLure } from '../../../src/engine/detectors/callback-lure';
import { testDetector } from '../../support/detector-tester';

describe('English', () => {
  testDetector(callbackLure, {
    valid: [
      {
        name: 'genuine order confirmation with the shop phone in the footer',
        message: { text: 'Thank you for your order. Order number 1234. Questions? Our store is open 9-5 at 212-555-0123.' },
      },
      {
        name: 'billing words but no phone number',
        message: { text: 'Your subscription has been renewed. If you did not authorize this, cancel it in your account settings.' },
      },
      {
        name: 'a phone number without a charge',
        message: { text: 'Call me at +1 (415) 555-0199 when you land, and we can have dinner.' },
      },
    ],
    invalid: [
      {
        name: 'Norton renewal with a letter O in the number',
        message: {
          subject: 'Invoice #AXR-1121',
          text: 'Your Norton subscription has been renewed for $399.99. If you did not authorize this charge, call our billing department at +1 (8O8) 555-0199 within 24 hours.',
        },
        findings: [{ messageId: 'callAboutCharge', severity: 'high', evidence: '+1 (8O8) 555-0199', data: { phone: '+1 (8O8) 555-0199' } }],
      },
      {
        name: 'Geek Squad auto-renewal with spaced digits',
        message: { text: 'Geek Squad auto renewal: the amount charged is $299. To cancel your subscription call 1 8 0 5 5 5 5 0 1 9 9.' },
        findings: [{ messageId: 'callAboutCharge', evidence: '1 8 0 5 5 5 5 0 1 9 9' }],
      },
      {
        name: 'PayPal invoice with toll free number, told in detail with no way out: still the scam shape',
        message: { text: 'PayPal: your order has been charged $749. Call our helpline 888-555-0147.' },
        findings: [{ messageId: 'callAboutCharge', severity: 'high' }],
      },
      {
        name: 'McAfee order confirmation with a number and no link',
        message: {
          subject: 'Thank you for your order (#375829)',
          text: 'McAfee LifeLock Total. Your payment has been received: USD 503.00. Order number: 823-70-898. Questions? Call us at 1 (833) 317-4505.',
        },
        findings: [{ messageId: 'callAboutCharge', severity: 'high', evidence: '1 (833) 317-4505' }],
      },
      {
        name: 'a shop receipt with its customer line: the same words about no callback product stay medium',
        message: {
          subject: 'Thank you for your order',
          text: 'Order number 5512. Total amount: EUR 45.00. Your order has been charged to your card. Call us at +39 02 5555 0199.',
        },
        findings: [{ messageId: 'callAboutCharge', severity: 'medium' }],
      },
    ],
  });
});

describe('Italian', () => {
  testDetector(callbackLure, {
    valid: [{ name: 'order confirmation', message: { text: 'Grazie per il tuo ordine. Lo riceverai domani.' } }],
    invalid: [
      {
        name: 'fake antivirus renewal',
        message: { text: 'Il tuo abbonamento antivirus è stato rinnovato. Importo addebitato: 349 euro. Se non hai autorizzato il pagamento, chiama il numero verde +39 02 1234 5678.' },
        findings: [{ messageId: 'callAboutCharge', evidence: '+39 02 1234 5678' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(callbackLure, {
    valid: [{ name: 'order confirmation', message: { text: 'Obrigado pelo seu pedido. Entrega amanhã.' } }],
    invalid: [
      {
        name: 'fake charge',
        message: { text: 'Sua assinatura foi renovada e o valor cobrado foi R$ 899. Se você não reconhece esta compra, ligue para a central de atendimento +55 11 4004 0001.' },
        findings: [{ messageId: 'callAboutCharge' }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(callbackLure, {
    valid: [{ name: 'order confirmation', message: { text: 'Gracias por su pedido. Llegará mañana.' } }],
    invalid: [
      {
        name: 'fake charge',
        message: { text: 'Su suscripción ha sido renovada. Importe cobrado: 399 €. Para cancelar su suscripción llame al +34 91 123 45 67.' },
        findings: [{ messageId: 'callAboutCharge' }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(callbackLure, {
    valid: [{ name: 'order confirmation', message: { text: 'Merci pour votre commande. Livraison demain.' } }],
    invalid: [
      {
        name: 'fake charge',
        message: { text: 'Votre abonnement a été renouvelé, montant débité : 399 €. Pour annuler votre abonnement appelez le +33 1 23 45 67 89.' },
        findings: [{ messageId: 'callAboutCharge' }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(callbackLure, {
    valid: [{ name: 'order confirmation', message: { text: 'Vielen Dank für Ihre Bestellung. Lieferung morgen.' } }],
    invalid: [
      {
        name: 'fake charge',
        message: { text: 'Ihr Abonnement wurde verlängert, der Betrag wurde abgebucht. Um zu stornieren, rufen Sie uns unter +49 30 1234 5678 an.' },
        findings: [{ messageId: 'callAboutCharge' }],
      },
    ],
  });
});
