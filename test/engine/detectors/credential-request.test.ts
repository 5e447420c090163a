import { credentialRequest } from '../../../src/engine/detectors/credential-request';
import { testDetector } from '../../support/detector-tester';

describe('Italian', () => {
  testDetector(credentialRequest, {
    valid: [
      {
        name: 'genuine Amazon verification code mail',
        message: {
          from: 'Amazon <account-update@amazon.it>',
          subject: 'Il tuo codice di verifica Amazon',
          text: 'Il tuo codice di verifica è 482913. Non condividere questo codice con nessuno. Amazon non ti chiederà mai questo codice.',
        },
      },
      {
        name: 'genuine new sign-in alert',
        message: {
          subject: 'Nuovo accesso al tuo account',
          text: 'Nuovo accesso al tuo account Amazon da Chrome su Windows. Se sei stato tu, non devi fare nulla. Se non sei stato tu, cambia la password.',
        },
      },
      {
        name: 'order confirmation',
        message: { subject: 'Conferma del tuo ordine', text: 'Grazie per il tuo ordine. Il pacco verrà consegnato domani. Numero ordine 402-1234567-1234567.' },
      },
      {
        name: 'genuine email verification code',
        message: { text: 'Inserisci questo codice per verificare il tuo indirizzo email: 123456. Il codice scade tra 10 minuti.' },
      },
      {
        name: 'colleague mentioning a password',
        message: { text: "Ciao, la password del wifi dell'ufficio è cambiata: la trovi sulla bacheca in cucina." },
      },
    ],
    invalid: [
      {
        name: 'OTP requested after an unauthorized access, with a deadline',
        message: {
          subject: 'Accesso non autorizzato',
          text: 'Gentile cliente, abbiamo rilevato un accesso non autorizzato al tuo account. Inserisci il codice OTP ricevuto via SMS entro 24 ore per confermare la tua identità.',
        },
        findings: [{ messageId: 'code', severity: 'high', evidence: 'Inserisci il codice OTP' }],
      },
      {
        name: 'log in to verify a suspended account',
        message: { text: 'Il tuo account è stato sospeso. Accedi per verificare i tuoi dati personali.' },
        findings: [{ messageId: 'loginToVerify', severity: 'medium', evidence: 'Accedi per verificare' }],
      },
      {
        name: 'password with a threat of deactivation',
        message: { text: 'Conferma la tua password per mantenere attiva la casella, altrimenti verrà disattivata entro 48 ore.' },
        findings: [{ messageId: 'password', severity: 'high', evidence: 'Conferma la tua password' }],
      },
    ],
  });
});

describe('English', () => {
  testDetector(credentialRequest, {
    valid: [
      {
        name: 'genuine one-time code mail',
        message: {
          from: 'Amazon <account-update@amazon.com>',
          subject: 'Your Amazon verification code',
          text: 'Your one-time password (OTP) is 123456. Do not share it with anyone. Amazon will never ask for it.',
        },
      },
      {
        name: 'genuine security alert',
        message: { text: 'New sign-in to your Microsoft account from Windows. If this was you, no action is needed.' },
      },
      {
        name: 'mailing-list talk about passwords',
        message: { text: 'I reset the password on the build server yesterday; the old one leaked in the logs. Ask me if you need the new one.' },
      },
      { name: 'shipping confirmation', message: { text: 'Your order has shipped and will arrive on Thursday. Track your package in Your Orders.' } },
      {
        name: 'genuine email verification code',
        message: { text: "Enter this code to verify your email address: 123456. This code expires in 10 minutes. If you didn't request it, you can safely ignore this email." },
      },
    ],
    invalid: [
      {
        name: 'card details with unusual activity and a deadline',
        message: { text: 'We detected unusual activity on your account. Please confirm your identity and enter your card details within 24 hours to avoid suspension.' },
        findings: [{ messageId: 'card', severity: 'high', evidence: 'enter your card details' }],
      },
      {
        name: 'no secret, but the full story: an alarm, a threat and a login to verify',
        message: {
          subject: 'Urgent: Account Verification Required',
          text: 'We detected unauthorized access to your wallet. Log in to verify your account, or it will be suspended.',
        },
        findings: [{ messageId: 'loginToVerify', severity: 'high' }],
      },
      {
        name: 'a login to verify with an alarm but no threat stays medium',
        message: { text: 'We detected unusual activity. Log in to verify your recent transactions.' },
        findings: [{ messageId: 'loginToVerify', severity: 'medium' }],
      },
      {
        name: 'mailbox password expiring',
        message: { subject: 'Password expiry notice', text: 'Your mailbox password expires today. Log in to verify and keep your current password.' },
        findings: [{ messageId: 'password', severity: 'high' }],
      },
      {
        name: 'misspelled request still read',
        message: { text: 'Please enter your pasword and verify your account now, or your acount will be suspended.' },
        findings: [{ messageId: 'password', evidence: 'enter your pasword' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(credentialRequest, {
    valid: [{ name: 'genuine code mail', message: { text: 'Seu código de verificação é 839201. Não compartilhe este código com ninguém.' } }],
    invalid: [
      {
        name: 'password and SMS code to avoid blocking',
        message: { text: 'Detectamos um acesso não autorizado. Confirme sua senha e o código recebido por SMS em até 24 horas para evitar o bloqueio da sua conta.' },
        findings: [{ messageId: 'password', severity: 'high', evidence: 'Confirme sua senha' }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(credentialRequest, {
    valid: [{ name: 'genuine code mail', message: { text: 'Su código de verificación es 123456. No comparta este código con nadie.' } }],
    invalid: [
      {
        name: 'password and code after suspicious activity',
        message: { text: 'Hemos detectado actividad sospechosa en su cuenta. Introduzca su contraseña y el código recibido por SMS para evitar el bloqueo.' },
        findings: [{ messageId: 'password', severity: 'high', evidence: 'Introduzca su contraseña' }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(credentialRequest, {
    valid: [{ name: 'genuine code mail', message: { text: 'Votre code de vérification est 123456. Ne le partagez avec personne.' } }],
    invalid: [
      {
        name: 'code and identity for a suspended account',
        message: { text: 'Votre compte a été suspendu. Confirmez votre identité et saisissez le code reçu par SMS sous 24 heures.' },
        findings: [{ messageId: 'code', severity: 'high', evidence: 'saisissez le code' }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(credentialRequest, {
    valid: [{ name: 'genuine code mail', message: { text: 'Ihr Bestätigungscode lautet 123456. Geben Sie diesen Code niemals weiter.' } }],
    invalid: [
      {
        name: 'card and identity for a locked account',
        message: { text: 'Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Identität und geben Sie Ihre Kreditkarte innerhalb von 24 Stunden ein.' },
        findings: [{ messageId: 'card', severity: 'high', evidence: 'Kreditkarte' }],
      },
    ],
  });
});

describe('bank and identity kinds', () => {
  testDetector(credentialRequest, {
    valid: [],
    invalid: [
      {
        name: 'bank credentials',
        message: { text: 'Il tuo conto è stato limitato. Inserisci le credenziali home banking per sbloccarlo.' },
        findings: [{ messageId: 'bank' }],
      },
      {
        name: 'identity documents',
        message: { text: 'Your account has been limited. Upload a copy of your passport to restore your account.' },
        findings: [{ messageId: 'identity' }],
      },
      {
        name: 'personal data update with a threat',
        message: { text: 'Aggiorna i tuoi dati entro 48 ore per evitare la sospensione del servizio.' },
        findings: [{ messageId: 'personalData', severity: 'medium' }],
      },
    ],
  });
});

describe('crypto wallet drainers', () => {
  testDetector(credentialRequest, {
    valid: [
      {
        name: "a wallet's own safety tips",
        message: {
          text: 'MetaMask will never ask for your Secret Recovery Phrase. Never type your recovery phrase into a website, and only connect your wallet to sites you trust.',
        },
      },
      { name: 'a developer talking about connecting a wallet in a test app', message: { text: 'The dapp now lets you connect your wallet on the testnet.' } },
    ],
    invalid: [
      {
        name: 'en: airdrop claim, connect your wallet within 48 hours',
        message: { subject: 'Your airdrop allocation is ready', text: 'Connect your wallet and confirm the claim within 48 hours. Unclaimed allocations will be redistributed.' },
        findings: [{ messageId: 'wallet', severity: 'high' }],
      },
      {
        name: 'it: validate the wallet by typing the 12-word recovery phrase',
        message: { text: 'Il tuo portafoglio sarà disattivato. Convalida il portafoglio inserendo la tua frase di recupero di 12 parole entro 24 ore.' },
        findings: [{ messageId: 'wallet', severity: 'high', evidence: 'frase di recupero' }],
      },
      {
        name: 'es: seed phrase to synchronise the wallet',
        message: { text: 'Sincronice su billetera hoy: introduzca las 12 palabras de su frase semilla para evitar la suspensión.' },
        findings: [{ messageId: 'wallet', severity: 'high' }],
      },
      {
        name: 'pt: connect the wallet to receive the airdrop',
        message: { text: 'Conecte sua carteira para resgatar os tokens do airdrop antes que o prazo termine em 24 horas.' },
        findings: [{ messageId: 'wallet', severity: 'high' }],
      },
      {
        name: 'fr: recovery phrase to validate the wallet',
        message: { text: 'Validez votre portefeuille en saisissant votre phrase de récupération sous 24 heures.' },
        findings: [{ messageId: 'wallet', severity: 'high' }],
      },
      {
        name: 'de: seed phrase to verify the wallet',
        message: { text: 'Verifizieren Sie Ihre Wallet innerhalb von 24 Stunden und geben Sie Ihre Wiederherstellungsphrase ein.' },
        findings: [{ messageId: 'wallet', severity: 'high' }],
      },
    ],
  });
});
