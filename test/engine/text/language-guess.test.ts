import { guessLanguage } from '../../../src/engine/text/language-guess';
import { tokenize } from '../../../src/engine/text/tokenize';

describe('guessLanguage', () => {
  it.each([
    ['it', 'Gentile cliente, il tuo account è stato sospeso per motivi di sicurezza e non sono possibili accessi con il tuo nome utente fino alla verifica del nostro team.'],
    ['en', 'Dear customer, your account has been limited and we need you to confirm that you are the owner of this account with the form that we have attached for you.'],
    ['pt', 'Prezado cliente, o seu pedido foi enviado para o endereço que você cadastrou e deve chegar em dois dias, com os nossos cumprimentos da equipe.'],
    ['es', 'Estimado cliente, el pedido que usted hizo ya está en camino y llegará en dos días a la dirección que nos dio con sus datos para los envíos.'],
    ['fr', 'Bonjour, votre commande est en route et vous la recevrez dans deux jours à l adresse que vous nous avez donnée pour vos achats et les livraisons.'],
    ['de', 'Sehr geehrter Kunde, Ihre Bestellung ist unterwegs und wir liefern sie in zwei Tagen an die Adresse, die Sie uns für die Lieferung genannt haben und mit der wir arbeiten.'],
  ])('%s', (language, text) => {
    expect(guessLanguage(tokenize(text))).toBe(language);
  });

  it('says nothing about a short text', () => {
    expect(guessLanguage(tokenize('OK, thanks'))).toBeUndefined();
  });
});
