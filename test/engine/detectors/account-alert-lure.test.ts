import { accountAlertLure } from '../../../src/engine/detectors/account-alert-lure';
import { testDetector } from '../../support/detector-tester';

describe('Italian', () => {
  testDetector(accountAlertLure, {
    valid: [
      {
        name: 'genuine new sign-in alert with reassurance',
        message: { text: 'Abbiamo rilevato un nuovo accesso al tuo account da Chrome su Windows. Se sei stato tu, puoi ignorare questa email.' },
      },
      { name: 'genuine shipping notice', message: { text: 'Il tuo ordine è stato spedito e arriverà giovedì. Grazie per aver acquistato da noi.' } },
      {
        name: "a card offer's fine print lists fraudulent charges and wire transfers among what earns no bonus",
        message: {
          subject: 'Earn up to 75,000 bonus miles',
          text: 'Purchases do not include balance transfers, cash advances, wire transfers, unauthorized or fraudulent charges, and fees of any kind. Apply now.',
        },
      },
    ],
    invalid: [
      {
        name: 'unauthorized access and click to verify',
        message: { text: 'Abbiamo rilevato un accesso non autorizzato al tuo account. Clicca qui per verificare la tua identità.' },
        findings: [{ messageId: 'accountProblem', severity: 'medium', evidence: 'accesso non autorizzato' }],
      },
      {
        name: 'parcel held with customs fee',
        message: { subject: 'Pacco in giacenza', text: 'Il tuo pacco è in giacenza. Paga le spese di sdoganamento cliccando sul link.' },
        findings: [{ messageId: 'parcelHeld', evidence: 'Pacco in giacenza' }],
      },
      {
        name: 'refund waiting',
        message: { text: 'Hai diritto a un rimborso di 248,50 euro. Clicca sul pulsante e inserisci i dati della carta per ricevere il rimborso.' },
        findings: [{ messageId: 'refundWaiting', severity: 'medium' }],
      },
    ],
  });
});

describe('English', () => {
  testDetector(accountAlertLure, {
    valid: [
      { name: 'genuine security alert', message: { text: 'We noticed a new sign-in to your account. If this was you, you can safely ignore this email.' } },
      { name: 'order confirmation', message: { text: 'Thank you for your order. Your package will arrive on Monday.' } },
      { name: 'an alert word alone', message: { text: 'The payment was declined by the bank, so I paid cash instead.' } },
      {
        name: 'genuine security alert with the alarm as its subject, reassuring',
        message: { subject: 'Unusual sign-in activity', text: 'We detected a sign-in from a new device. If this was you, you can safely ignore this email.' },
      },
    ],
    invalid: [
      {
        name: 'an alert that found fraudulent charges on the card, with something to do',
        message: { text: 'We detected fraudulent charges on your card. Click here to confirm your recent transactions.' },
        findings: [{ messageId: 'accountProblem', severity: 'medium' }],
      },
      {
        name: 'the cloud is full, as a subject',
        message: { subject: 'Your cloud is full. Access at risk', text: 'Storage management for your connected account.' },
        findings: [{ messageId: 'mailboxFull', severity: 'medium' }],
      },
      {
        name: 'mailbox full, click to release messages',
        message: { text: 'Your mailbox storage quota exceeded. 12 incoming messages are held. Click here to release them.' },
        findings: [{ messageId: 'mailboxFull', severity: 'medium' }],
      },
      {
        name: 'password expiring',
        message: { text: 'Your password expires today. Click here to keep your current password.' },
        findings: [{ messageId: 'passwordExpiring' }],
      },
      {
        name: 'payment failed with a link',
        message: { text: 'Your payment was declined. Please update your payment method by clicking the link below.' },
        findings: [{ messageId: 'paymentProblem' }],
      },
      {
        name: 'two alerts without an explicit action',
        message: { text: 'Unusual sign-in activity detected. Your account has been suspended.' },
        findings: [{ messageId: 'accountProblem', severity: 'low' }],
      },
      {
        name: 'the alarm as the subject, nothing else to read',
        message: { subject: 'Your Membership has Expired!', text: 'Unsubscribe' },
        findings: [{ messageId: 'paymentProblem', severity: 'medium', evidence: 'Membership has Expired' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(accountAlertLure, {
    valid: [{ name: 'genuine alert', message: { text: 'Detectamos um novo acesso à sua conta. Se foi você, desconsidere este e-mail.' } }],
    invalid: [
      {
        name: 'points expiring, redeem now',
        message: { subject: 'Seus pontos expiram em breve', text: 'Seus 245.579 pontos expiram hoje. Clique aqui e resgate agora.' },
        findings: [{ messageId: 'pointsExpiring' }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(accountAlertLure, {
    valid: [{ name: 'ordinary delivery', message: { text: 'Su pedido fue entregado esta mañana.' } }],
    invalid: [
      {
        name: 'parcel held at customs',
        message: { text: 'Su paquete está retenido en aduana. Haga clic aquí para pagar las tasas de aduana.' },
        findings: [{ messageId: 'parcelHeld' }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(accountAlertLure, {
    valid: [{ name: 'ordinary delivery', message: { text: 'Votre commande a été livrée ce matin.' } }],
    invalid: [
      {
        name: 'account suspended, click to reactivate',
        message: { text: 'Votre compte a été suspendu. Cliquez ici pour le réactiver.' },
        findings: [{ messageId: 'accountProblem' }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(accountAlertLure, {
    valid: [{ name: 'ordinary delivery', message: { text: 'Ihre Bestellung wurde heute zugestellt.' } }],
    invalid: [
      {
        name: 'unusual activity, click to confirm',
        message: { text: 'Wir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. Klicken Sie hier, um Ihre Daten zu bestätigen.' },
        findings: [{ messageId: 'accountProblem' }],
      },
    ],
  });
});

describe('scareware, cloud storage and "new security system" lures', () => {
  testDetector(accountAlertLure, {
    valid: [
      {
        name: "Google's genuine storage notice: full soon, nothing deleted",
        message: {
          text: "Il tuo spazio di archiviazione Google è quasi esaurito. Hai utilizzato l'89% dello spazio. Quando sarà esaurito non potrai caricare nuovi file. I file che hai già salvato non verranno toccati.",
        },
      },
      {
        name: "a vendor's genuine renewal date",
        message: { text: 'Il tuo abbonamento Norton 360 si rinnoverà automaticamente il 14/12/2026. Puoi gestire il rinnovo dal tuo account.' },
      },
    ],
    invalid: [
      {
        name: 'it: cloud full, photos deleted today, update payment',
        message: {
          subject: 'Ultimo avviso: le tue foto e i tuoi video verranno eliminati oggi',
          text: 'Il tuo spazio di archiviazione Cloud è pieno. Se non aggiorni il metodo di pagamento, tutti i tuoi file saranno cancellati definitivamente.',
        },
        findings: [{ messageId: 'mailboxFull', severity: 'high' }],
      },
      {
        name: 'en: storage full, files deleted within 24 hours',
        message: { text: 'Your cloud storage is full. Your photos and files will be permanently deleted within 24 hours unless you update your payment information.' },
        findings: [{ messageId: 'mailboxFull', severity: 'high' }],
      },
      {
        name: 'it: device at risk, renewal offer ends today',
        message: { text: 'La protezione del tuo dispositivo è scaduta. La scansione ha rilevato 5 virus. Rinnova subito la licenza: l\'offerta scade oggi.' },
        findings: [{ messageId: 'deviceAtRisk', severity: 'high' }],
      },
      {
        name: 'en: device at risk, act now',
        message: { text: 'Your computer is at risk: 3 viruses detected. Your subscription has expired. Click here to renew within 24 hours.' },
        findings: [{ messageId: 'deviceAtRisk', severity: 'high' }],
      },
      {
        name: 'de: device infected, licence expired, click to renew today',
        message: { text: 'Ihr Computer ist infiziert: 4 Viren gefunden. Ihre Lizenz ist abgelaufen. Klicken Sie hier und verlängern Sie innerhalb von 24 Stunden.' },
        findings: [{ messageId: 'deviceAtRisk', severity: 'high' }],
      },
      {
        name: 'it: activate the new card security system or the card is disabled',
        message: {
          subject: 'Attiva il nuovo sistema di sicurezza della tua carta',
          text: 'Attiva ora la nuova protezione confermando i dati della carta. Le carte non attivate saranno disabilitate.',
        },
        findings: [{ messageId: 'securityUpgrade', severity: 'medium' }],
      },
      {
        name: 'fr: activate the new security measure',
        message: { subject: 'Activez le nouveau dispositif de sécurité', text: 'Cliquez ici pour activer la nouvelle protection de votre carte.' },
        findings: [{ messageId: 'securityUpgrade', severity: 'medium' }],
      },
    ],
  });
});
