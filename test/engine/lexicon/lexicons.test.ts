import { buildMessage } from '../../support/build-message';
import type { Cue, LexiconLanguage } from '../../../src/engine/lexicon';
import { CUES, cueMatcher, findCues, LEXICON_LANGUAGES, LEXICONS } from '../../../src/engine/lexicon';

function cuesIn(text: string): Cue[] {
  return [...findCues(buildMessage({ subject: '', text })).firstByCue.keys()];
}

/** Scam sentences as they are really written, and the cue each must show; legitimate sentences that must not. */
const CASES: Record<LexiconLanguage, { scam: [string, Cue][]; legit: [string, Cue][] }> = {
  it: {
    scam: [
      ['Abbiamo rilevato un accesso non autorizzato al tuo account', 'unauthorized-access'],
      ["L'indirizzo di consegna non è corretto", 'parcel-held'],
      ['Il tuo account è stato sospeso', 'account-locked'],
      ['Verifica i tuoi dati entro 24 ore', 'deadline'],
      ['Inserisci il codice OTP che hai ricevuto', 'ask-code'],
      ['Conferma la tua identità', 'ask-identity'],
      ['Il tuo pacco è in giacenza presso il nostro magazzino', 'parcel-held'],
      ['Hai diritto a un rimborso di 120 euro', 'refund-waiting'],
      ['La tua casella di posta è piena', 'mailbox-full'],
      ['Hai vinto un iPhone 15', 'prize'],
      ['Se non hai autorizzato questo addebito chiama il numero verde', 'dispute'],
      ['Sei in ufficio?', 'bec-availability'],
      ['Ho bisogno che tu esegua oggi stesso un bonifico urgente e riservato', 'bec-transfer'],
      ['Non parlarne con nessuno per ora', 'bec-secrecy'],
      ['Ti scrivo dalla mail personale perché sono in riunione', 'bec-unreachable'],
      ['Da questo mese le nostre coordinate bancarie sono cambiate, ecco il nuovo IBAN', 'bec-bank-change'],
    ],
    legit: [
      ['Il tuo codice è 123456. Non condividerlo con nessuno.', 'ask-code'],
      ['Il pacco è stato consegnato al portiere', 'parcel-held'],
      ['Ci vediamo domani alle 10 in ufficio', 'deadline'],
      ['Il documento è strettamente riservato', 'bec-secrecy'],
    ],
  },
  en: {
    scam: [
      ['Doctors hate this trick', 'miracle-cure'],
      ['Want to lose weight fast?', 'miracle-cure'],
      ['Reply for more details', 'call-to-action'],
      ['Meet hot singles near you', 'dating'],
      ['Lonely women in your area', 'dating'],
      ['Cialis $0.54 per pill', 'miracle-cure'],
      ['Complete a quick survey for a chance to receive a tumbler', 'prize'],
      ['We detected unusual sign-in activity on your account', 'unusual-activity'],
      ['Your account has been suspended', 'account-locked'],
      ['Please confirm your identity within 24 hours', 'ask-identity'],
      ['Enter the verification code we sent to your phone', 'ask-code'],
      ['Your package is on hold due to unpaid customs fees', 'parcel-held'],
      ['Your mailbox storage quota exceeded', 'mailbox-full'],
      ['Your password expires today', 'password-expiring'],
      ['I recorded you through your webcam', 'sextortion'],
      ['You are the next of kin of my late client', 'inheritance'],
      ['Your payment was declined', 'payment-failed'],
      ['Are you at your desk?', 'bec-availability'],
      ['I need you to process an urgent wire transfer today', 'bec-transfer'],
      ["Don't tell anyone about this yet", 'bec-secrecy'],
      ["I'm in a meeting, writing from my personal email", 'bec-unreachable'],
      ['Please note our bank details have changed for this invoice', 'bec-bank-change'],
      ['Buy five gift cards for clients', 'bec-transfer'],
    ],
    legit: [
      ['We will meet the women in engineering group on Friday', 'dating'],
      ['Start your free trial of our editor today', 'prize'],
      ['Inheritance versus composition in Java', 'free-money'],
      ['Your one-time code is 123456. Do not share it with anyone.', 'ask-code'],
      ['Your order has shipped and will arrive on Monday', 'parcel-held'],
      ['Thanks for the lunch yesterday', 'deadline'],
      ['This email and any attachments are confidential', 'bec-secrecy'],
    ],
  },
  pt: {
    scam: [
      ['Você está no escritório? Preciso que faça uma transferência urgente hoje', 'bec-transfer'],
      ['Não comente com ninguém, estou em reunião', 'bec-secrecy'],
      ['Detectamos um acesso não autorizado na sua conta', 'unauthorized-access'],
      ['Sua conta foi bloqueada temporariamente', 'account-locked'],
      ['Seus pontos expiram hoje, resgate agora', 'points-expiring'],
      ['Sua encomenda foi taxada e aguarda pagamento', 'parcel-held'],
      ['Confirme sua senha para continuar', 'ask-password'],
      ['Você tem valores a receber', 'refund-waiting'],
    ],
    legit: [['Seu pedido foi entregue hoje de manhã', 'parcel-held']],
  },
  es: {
    scam: [
      ['¿Estás en la oficina?', 'bec-availability'],
      ['Necesito que hagas una transferencia urgente hoy. No se lo digas a nadie', 'bec-secrecy'],
      ['Hemos detectado un acceso no autorizado a su cuenta', 'unauthorized-access'],
      ['Usted ha sido seleccionado para recibir un regalo', 'prize'],
      ['Su cuenta ha sido bloqueada temporalmente', 'account-locked'],
      ['Introduzca el código que ha recibido por SMS', 'ask-code'],
      ['Su paquete está retenido en aduana', 'parcel-held'],
      ['Usted tiene derecho a un reembolso', 'refund-waiting'],
    ],
    legit: [['Su pedido fue entregado ayer', 'parcel-held']],
  },
  fr: {
    scam: [
      ['Es-tu au bureau ?', 'bec-availability'],
      ['J\'ai besoin que tu effectues un virement urgent, je suis en réunion', 'bec-unreachable'],
      ['Nous avons détecté une connexion inhabituelle sur votre compte', 'unusual-activity'],
      ['Votre compte a été suspendu', 'account-locked'],
      ['Saisissez le code reçu par SMS', 'ask-code'],
      ['Votre colis est en attente de paiement des frais de livraison', 'parcel-held'],
      ['Vous avez droit à un remboursement', 'refund-waiting'],
    ],
    legit: [['Votre colis a été livré ce matin', 'parcel-held']],
  },
  de: {
    scam: [
      ['Sind Sie im Büro? Ich brauche eine dringende Überweisung heute noch', 'bec-transfer'],
      ['Unsere Bankverbindung hat sich geändert, hier die neue IBAN', 'bec-bank-change'],
      ['Wir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt', 'unusual-activity'],
      ['Ihr Konto wurde vorübergehend gesperrt', 'account-locked'],
      ['Bestätigen Sie Ihre Identität innerhalb von 24 Stunden', 'ask-identity'],
      ['Ihr Paket wartet auf die Zahlung der Zollgebühren', 'parcel-held'],
      ['Sie haben gewonnen!', 'prize'],
      ['Sie wurden ausgewählt!', 'prize'],
      ['Dringend: Ihr Abonnement ist abgelaufen!', 'payment-failed'],
      ['Gewinne einen Coca-Cola Jahresvorrat', 'prize'],
      ['Haben Sie Probleme, eine starke Erektion zu bekommen?', 'miracle-cure'],
    ],
    legit: [
      ['Ihr Paket wurde heute zugestellt', 'parcel-held'],
      ['Herzlichen Glückwunsch zum Geburtstag!', 'prize'],
    ],
  },
  nl: {
    scam: [
      ['Ben je op kantoor? Vertel het aan niemand', 'bec-secrecy'],
      ['Ik zit in een vergadering, het is een dringende overboeking', 'bec-unreachable'],
      ['Wij hebben geprobeerd u te bereiken. Reageer alstublieft!', 'parcel-held'],
      ['Reageer alstublieft binnen 24 uur', 'hurry'],
      ['Wij verloten meerdere Albert Heijn cadeaukaarten', 'prize'],
      ['Uw rekening is tijdelijk geblokkeerd', 'account-locked'],
      ['Voer uw contactgegevens in op de volgende pagina', 'ask-personal-data'],
      ['200 gratis spins zonder storting', 'lottery'],
      ['Ontmoet charmante Oekraïense singles', 'dating'],
    ],
    legit: [
      ['Uw pakket is vandaag bezorgd', 'parcel-held'],
      ['Bedankt voor uw bericht, ik reageer morgen', 'hurry'],
    ],
  },
};

describe('lexicons', () => {
  it('compile into one matcher (every pattern is well formed)', () => {
    expect(() => cueMatcher()).not.toThrow();
  });

  it.each(LEXICON_LANGUAGES)('%s lists phrases for every cue', (language) => {
    for (const cue of CUES) expect(LEXICONS[language][cue].length).toBeGreaterThan(0);
  });

  for (const language of LEXICON_LANGUAGES) {
    describe(language, () => {
      it.each(CASES[language].scam)('"%s" shows %s', (text, cue) => {
        expect(cuesIn(text)).toContain(cue);
      });
      it.each(CASES[language].legit)('"%s" does not show %s', (text, cue) => {
        expect(cuesIn(text)).not.toContain(cue);
      });
    });
  }

  it('quotes the message words, not the normalized ones', () => {
    const cues = findCues(buildMessage({ text: 'ABBIAMO RILEVATO UN ACCESSO NON AUTORIZZATO' }));
    expect(cues.firstByCue.get('unauthorized-access')?.evidence).toBe('RILEVATO UN ACCESSO NON AUTORIZZATO');
  });
});
