import { urgencyPressure } from '../../../src/engine/detectors/urgency-pressure';
import { testDetector } from '../../support/detector-tester';

describe('Italian', () => {
  testDetector(urgencyPressure, {
    valid: [
      { name: 'one deadline in a work mail', message: { text: 'Ciao, mi mandi il report entro 24 ore? Grazie!' } },
      { name: 'a shop offer ending today', message: { subject: 'Saldi', text: 'Gli sconti scadono oggi: ultima possibilità per i tuoi acquisti.' } },
      { name: "a condominium's meeting notice", message: { subject: 'Convocazione assemblea condominiale', text: "L'assemblea è convocata per giovedì 3 dicembre alle 18." } },
    ],
    invalid: [
      {
        name: 'suspension within 24 hours',
        message: { text: 'Il tuo account verrà sospeso se non verifichi i tuoi dati entro 24 ore.' },
        findings: [{ messageId: 'threatWithDeadline', severity: 'medium', data: { deadline: 'entro 24 ore' } }],
      },
      {
        name: 'a fake summons with a deadline',
        message: { subject: 'Convocazione urgente', text: 'In allegato trova la convocazione ufficiale. La preghiamo di rispondere entro 48 ore.' },
        findings: [{ messageId: 'threatWithDeadline', severity: 'medium', evidence: 'Convocazione urgente' }],
      },
      {
        name: 'final notice and legal action',
        message: { subject: 'Ultimo avviso', text: 'In mancanza di pagamento procederemo con azioni legali.' },
        findings: [{ messageId: 'pressure', severity: 'low', evidence: 'Ultimo avviso' }],
      },
    ],
  });
});

describe('English', () => {
  testDetector(urgencyPressure, {
    valid: [
      { name: 'please reply immediately', message: { text: 'Please reply immediately, the build is broken.' } },
      { name: 'newsletter last chance', message: { text: 'Last chance! Our summer sale ends tonight.' } },
    ],
    invalid: [
      {
        name: 'deletion within 48 hours',
        message: { text: 'Your files will be permanently deleted within 48 hours unless you upgrade your storage.' },
        findings: [{ messageId: 'threatWithDeadline', severity: 'medium', evidence: 'permanently deleted' }],
      },
      {
        name: 'a threat with a call for haste',
        message: { text: 'Your account will be suspended. Please act immediately.' },
        findings: [{ messageId: 'threatWithDeadline', severity: 'medium', data: { deadline: 'act immediately' } }],
      },
      {
        name: 'haste and a deadline without a threat',
        message: { subject: 'URGENT', text: 'Immediate action required: reply within 24 hours.' },
        findings: [{ messageId: 'pressure', severity: 'low' }],
      },
    ],
  });
});

describe('Portuguese', () => {
  testDetector(urgencyPressure, {
    valid: [{ name: 'one date', message: { text: 'A reunião foi marcada para amanhã às 10h.' } }],
    invalid: [
      {
        name: 'blocking within 24 hours',
        message: { text: 'Sua conta será bloqueada em até 24 horas caso não regularize seu cadastro.' },
        findings: [{ messageId: 'threatWithDeadline' }],
      },
    ],
  });
});

describe('Spanish', () => {
  testDetector(urgencyPressure, {
    valid: [{ name: 'one date', message: { text: 'Nos vemos mañana en la oficina.' } }],
    invalid: [
      {
        name: 'blocking within 24 hours',
        message: { text: 'Su cuenta será bloqueada dentro de 24 horas si no confirma sus datos.' },
        findings: [{ messageId: 'threatWithDeadline' }],
      },
    ],
  });
});

describe('French', () => {
  testDetector(urgencyPressure, {
    valid: [{ name: 'one date', message: { text: 'La réunion aura lieu demain à 10 heures.' } }],
    invalid: [
      {
        name: 'suspension within 24 hours',
        message: { text: 'Votre compte sera suspendu sous 24 heures si vous ne confirmez pas vos informations.' },
        findings: [{ messageId: 'threatWithDeadline' }],
      },
    ],
  });
});

describe('German', () => {
  testDetector(urgencyPressure, {
    valid: [{ name: 'one date', message: { text: 'Das Treffen findet morgen um 10 Uhr statt.' } }],
    invalid: [
      {
        name: 'blocking within 24 hours',
        message: { text: 'Ihr Konto wird gesperrt, wenn Sie Ihre Daten nicht innerhalb von 24 Stunden bestätigen.' },
        findings: [{ messageId: 'threatWithDeadline' }],
      },
    ],
  });
});

describe('fake summonses', () => {
  testDetector(urgencyPressure, {
    valid: [
      {
        name: "a lawyer confirming a hearing",
        message: { text: "Il Tribunale di Milano ha fissato l'udienza per il 15 gennaio. Non è necessaria la sua presenza." },
      },
      {
        name: 'news about a child-abuse trial',
        message: { text: 'The trial on child pornography charges opened today; the court will hear witnesses next week.' },
      },
    ],
    invalid: [
      {
        name: 'fr: judicial summons for child pornography with a deadline',
        message: {
          subject: 'Convocation judiciaire',
          text: 'Vous faites l\'objet de poursuites judiciaires pour pédopornographie. Répondez sous 72 heures, sinon un mandat d\'arrêt sera émis.',
        },
        findings: [{ messageId: 'fakeSummons', severity: 'high' }],
      },
      {
        name: 'it: arrest warrant for child pornography',
        message: { text: 'È stato emesso un mandato di arresto nei suoi confronti per detenzione di materiale pedopornografico. Risponda entro 48 ore.' },
        findings: [{ messageId: 'fakeSummons', severity: 'high', evidence: 'mandato di arresto' }],
      },
      {
        name: 'en: arrest warrant and child pornography',
        message: { text: 'A warrant for your arrest has been issued for viewing child pornography. Reply with your justification within 72 hours.' },
        findings: [{ messageId: 'fakeSummons', severity: 'high' }],
      },
      {
        name: 'es: arrest order for child pornography',
        message: { text: 'Se ha emitido una orden de arresto en su contra por pornografía infantil.' },
        findings: [{ messageId: 'fakeSummons', severity: 'high' }],
      },
      {
        name: 'pt: arrest warrant for child pornography',
        message: { text: 'Foi expedido um mandado de prisão contra você por pornografia infantil.' },
        findings: [{ messageId: 'fakeSummons', severity: 'high' }],
      },
      {
        name: 'de: summons for child pornography',
        message: { text: 'Vorladung: gegen Sie läuft ein Strafverfahren wegen Kinderpornografie.' },
        findings: [{ messageId: 'fakeSummons', severity: 'high' }],
      },
    ],
  });
});
