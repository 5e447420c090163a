import { languageQuality } from '../../../src/engine/detectors/language-quality';
import { testDetector } from '../../support/detector-tester';

describe('brand spelling', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'brand spelled right', message: { text: 'Il tuo ordine Amazon è stato spedito.' } },
      { name: 'a real word one letter from a brand', message: { text: 'Bring your swimming goggle and the CIA factbook.' } },
      { name: 'plural of a brand-like word', message: { text: 'We sell apples and pears.' } },
      { name: 'initials in a name are not a spelled brand', message: { text: 'Signed: J. R. R. Tolkien' } },
    ],
    invalid: [
      {
        name: 'Amazom in the body',
        message: { text: 'Gentile cliente, il tuo account Amazom è stato sospeso.' },
        findings: [{ messageId: 'misspelledBrand', severity: 'low', data: { written: 'Amazom' } }],
      },
      {
        name: 'digit for a letter in the subject',
        message: { subject: 'Micr0soft account security', text: 'Please review.' },
        findings: [{ messageId: 'misspelledBrand', evidence: 'Micr0soft' }],
      },
      {
        name: 'swapped letters',
        message: { text: 'Your Netfilx membership is on hold.' },
        findings: [{ messageId: 'misspelledBrand', evidence: 'Netfilx' }],
      },
      {
        name: 'brand spelled out letter by letter',
        message: { text: 'Messaggio da A m a z o n: verifica il tuo account.' },
        findings: [{ messageId: 'spacedBrand', evidence: 'A m a z o n' }],
      },
    ],
  });
});

describe('Italian', () => {
  testDetector(languageQuality, {
    valid: [
      {
        name: 'Italian sign-off under an Italian text',
        message: { text: 'Il tuo ordine è stato spedito e arriverà a casa tua entro due giorni, con il corriere che hai scelto per la consegna della merce. Cordiali saluti, il team' },
      },
      { name: 'correct agreement', message: { text: 'Abbiamo aggiornato il nostro sistema e la tua password resta valida.' } },
      { name: 'greeting by name', message: { to: 'Mario Rossi <mario.rossi@acme.example>', text: 'Gentile Mario Rossi, la sua pratica è conclusa.' } },
    ],
    invalid: [
      {
        name: 'nella nostra sistema',
        message: { text: 'Abbiamo rilevato un problema nella nostra sistema di sicurezza.' },
        findings: [{ messageId: 'badGrammar', evidence: 'nostra sistema' }],
      },
      {
        name: 'il tua account',
        message: { text: 'Per favore verifica il tua account.' },
        findings: [{ messageId: 'badGrammar', evidence: 'il tua' }],
      },
      {
        name: 'greeting to the mailbox local part',
        message: { to: 'mario.rossi@acme.example', text: 'Gentile mario.rossi, il tuo account è in scadenza.' },
        findings: [{ messageId: 'greetingToAddress', evidence: 'Gentile mario.rossi' }],
      },
      {
        name: 'English greeting on an Italian text',
        message: {
          text: 'Dear Customer, il tuo account è stato sospeso per motivi di sicurezza. Per favore clicca sul link e conferma i tuoi dati, altrimenti non sarà più possibile accedere al servizio con il tuo nome utente e la tua password. Grazie per la collaborazione con il nostro team.',
        },
        findings: [{ messageId: 'mixedLanguage', data: { greeting: 'Dear Customer', language: 'Italiano' } }],
      },
      {
        name: 'Italian sign-off under an English text',
        message: {
          text: 'Your account has been limited and we need you to confirm that you are the owner of this account with the form that we have attached for you. Please do this today so that we can restore the access. Cordiali saluti, Servizio Clienti',
        },
        findings: [{ messageId: 'mixedSignOff', evidence: 'Cordiali saluti', data: { language: 'English' } }],
      },
    ],
  });
});

describe('English', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'greeting by first name', message: { to: 'bob@acme.example', text: 'Hi bob, lunch at noon?' } },
      { name: 'mailing list subject naming its own address', message: { subject: 'rpm-list@freshrpms.net: digest', headers: [['List-Id', '<rpm-list.freshrpms.net>']], to: 'rpm-list@freshrpms.net', text: 'Today in the digest.' } },
      { name: 'correct English', message: { text: 'Your account will be suspended if you do not pay.' } },
      {
        name: 'a subject naming a longer address that contains the recipient',
        message: { to: 'bob@example.com', subject: 'Forwarded from jbob@example.com.au', text: 'See below.' },
      },
      {
        name: 'a mailing list subject with the address',
        message: { to: 'dev@lists.example.org', headers: [['List-Id', '<dev.lists.example.org>']], subject: 'Welcome to dev@lists.example.org', text: 'Welcome.' },
      },
    ],
    invalid: [
      {
        name: 'Dear phishing@pot',
        message: { to: 'phishing@pot', text: 'Dear phishing@pot, your mailbox is almost full.' },
        findings: [{ messageId: 'greetingToAddress', evidence: 'Dear phishing@pot' }],
      },
      {
        name: 'machine-translated grammar',
        message: { text: 'Your account has be suspended. Kindly do the needful.' },
        findings: [{ messageId: 'badGrammar' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'Portuguese greeting on Portuguese text', message: { text: 'Prezado cliente, o seu pedido foi enviado para o endereço que você cadastrou e deve chegar em dois dias, com os nossos cumprimentos.' } },
    ],
    invalid: [
      {
        name: 'Spanish greeting on Portuguese text',
        message: { text: 'Hola, o seu cadastro foi bloqueado e para que você possa usar a conta de novo é preciso que faça a atualização dos seus dados com o nosso formulário.' },
        findings: [{ messageId: 'mixedLanguage', data: { language: 'Português' } }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'Spanish greeting on Spanish text', message: { text: 'Estimado cliente, el pedido que usted hizo ya está en camino y llegará en dos días a la dirección que nos dio con sus datos.' } },
    ],
    invalid: [
      {
        name: 'Portuguese greeting on Spanish text',
        message: { text: 'Prezado cliente, su cuenta ha sido bloqueada y para que usted pueda usarla de nuevo es necesario que actualice los datos con el formulario que le enviamos por el correo.' },
        findings: [{ messageId: 'mixedLanguage', data: { greeting: 'Prezado cliente', language: 'Español' } }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'French greeting on French text', message: { text: 'Bonjour, votre commande est en route et vous la recevrez dans deux jours à l adresse que vous nous avez donnée pour vos achats.' } },
    ],
    invalid: [
      {
        name: 'English greeting on French text',
        message: { text: 'Dear client, votre compte a été limité et nous avons besoin que vous confirmiez vos informations dans le formulaire que nous vous avons envoyé pour vos achats et les livraisons.' },
        findings: [{ messageId: 'mixedLanguage', data: { language: 'Français' } }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'German greeting on German text', message: { text: 'Sehr geehrter Kunde, Ihre Bestellung ist unterwegs und wir liefern sie in zwei Tagen an die Adresse, die Sie uns für die Lieferung genannt haben.' } },
    ],
    invalid: [
      {
        name: 'German greeting on English text',
        message: { text: 'Sehr geehrter Kunde, your account has been limited and we need you to confirm that you are the owner of this account with the form that we have attached for you. Please do this today.' },
        findings: [{ messageId: 'mixedLanguage', data: { language: 'English' } }],
      },
      {
        name: 'English greeting on German text',
        message: { text: 'Hello, Ihr Konto wurde gesperrt und wir brauchen Ihre Bestätigung, dass Sie der Inhaber des Kontos sind, mit dem Formular, das wir für Sie auf der Seite haben und das Sie ausfüllen.' },
        findings: [{ messageId: 'mixedLanguage', data: { language: 'Deutsch' } }],
      },
    ],
  });
});

describe('disguised letters', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'a Greek colleague writes Greek', message: { subject: 'Συνάντηση αύριο', text: 'Καλημέρα, τα λέμε αύριο στις 10. Thanks, Nikos' } },
      { name: 'a Russian newsletter in Cyrillic with a Latin brand name', message: { subject: 'Новости Linux', text: 'Вышла новая версия ядра Linux 6.1.' } },
      { name: 'one emphasized styled word', message: { subject: 'Spring sale is 𝐋𝐈𝐕𝐄', text: 'Our spring sale has started.' } },
      { name: 'maths in a technical mail', message: { subject: 'Re: proof', text: 'Let α be the angle and x the side; then sin α = x / r.' } },
    ],
    invalid: [
      {
        name: 'Cyrillic and Greek look-alikes inside English words',
        message: { subject: 'Ηеar Likе Nеvеr Βеfore', text: 'Premium sound.' },
        findings: [{ messageId: 'disguisedLetters', severity: 'medium', evidence: 'Ηеar' }],
      },
      {
        name: 'a subject in styled bold letters',
        message: { subject: '𝐘𝐎𝐔𝐑 𝐏𝐇𝐎𝐓𝐎𝐒 𝐎𝐍 𝐂𝐀𝐍𝐕𝐀𝐒', text: 'Affordable prints.' },
        findings: [{ messageId: 'styledLetters', severity: 'medium', data: { written: '𝐘𝐎𝐔𝐑 𝐏𝐇𝐎𝐓𝐎𝐒 𝐎𝐍' } }],
      },
    ],
  });
});

describe('capital words with a swapped look-alike character', () => {
  testDetector(languageQuality, {
    valid: [
      { name: 'plain capitals and product codes', message: { subject: 'BONUS: IRS FORM W-9 and the X100 printer', text: 'COVID19 rules, ISO9001, B2B offers.' } },
      { name: 'a small l in an address or a link', message: { text: 'Write to lRS@example.com or open https://example.com/B0NUS.' } },
    ],
    invalid: [
      {
        name: 'a small L for an I in the sender name',
        message: { from: 'BEST VlAGRA&ClALlS <shop@pharma-deals.example>', subject: 'Special prices', text: 'Order today.' },
        findings: [{ messageId: 'swappedLetters', severity: 'medium', data: { written: 'VlAGRA ClALlS' } }],
      },
      {
        name: 'a tax office written lRS in the body',
        message: { subject: 'Statement Information', text: 'Your updated lRS Tax statement is now available.' },
        findings: [{ messageId: 'swappedLetters', evidence: 'lRS' }],
      },
      {
        name: 'a zero for an O in the subject',
        message: { subject: 'Your B0NUS is waiting', text: 'Claim it now.' },
        findings: [{ messageId: 'swappedLetters', evidence: 'B0NUS' }],
      },
    ],
  });
});

describe('the recipient address in the subject', () => {
  // That fact is header-anomaly's evidence (recipient-in-subject); language-quality does not count it a second time.
  testDetector(languageQuality, {
    valid: [
      { name: 'subject opening with the address', message: { to: 'phishing@pot', subject: 'phishing@pot, your reward is waiting', text: 'Open now.' } },
      { name: 'subject ending with the address', message: { to: 'mario.rossi@example.com', subject: 'Am I your dream love? mario.rossi@example.com', text: 'Write to me.' } },
    ],
    invalid: [],
  });
});
