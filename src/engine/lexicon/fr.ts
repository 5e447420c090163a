import type { Lexicon } from './types';

// French: bank, Ameli/impots, courier and account lures ('votre compte a été suspendu', 'colis en attente',
// 'saisissez le code reçu par SMS'). Elisions are split by the tokenizer: "l'accès" is 'l' + 'acces'.
// Syntax: text/phrase-matcher.ts.
const VOTRE = '[le|la|les|l|votre|vos|ton|ta|tes|du|de|des]';
const VOTRE2 = '[votre|vos|ton|ta|tes]';
const VERBS = 'saisissez|saisir|saisis|entrez|entrer|confirmez|confirmer|confirme|verifiez|verifier|mettez|mettre|fournissez|fournir|renseignez|renseigner|validez|valider|envoyez|envoyer|indiquez|indiquer|completez|completer|actualisez';

export const fr: Lexicon = {
  'ask-password': [`${VERBS} ${VOTRE} ${VOTRE2} [a] [jour] mot de passe`, `${VERBS} ${VOTRE} ${VOTRE2} identifiants|pin`],
  'ask-code': [`${VERBS} ${VOTRE} ${VOTRE2} [le] code|otp`, 'code ~ recu|envoye ~ sms|telephone|mobile|email'],
  'ask-card': [
    `${VERBS} ${VOTRE} ${VOTRE2} [a] [jour] [informations|coordonnees|donnees|numero] [de] [la] carte|cartes|cvv`,
    'numero de [la] carte ~ expiration ~ cryptogramme|cvv',
    'cryptogramme|cvv|cvc',
    `${VERBS} ${VOTRE} ${VOTRE2} [a] [jour] [informations|moyen|mode|donnees] [de] paiement|facturation`,
  ],
  'ask-bank': [`${VERBS} ${VOTRE} ${VOTRE2} coordonnees|informations bancaires`, 'rib ~ envoy*|fourni*|transmet*'],
  'ask-identity': [`${VERBS} ${VOTRE} ${VOTRE2} identite`, 'piece d identite', 'carte d identite|vitale ~ copie|photo|envoy*|numero'],
  'ask-personal-data': [`${VERBS} ${VOTRE} ${VOTRE2} [a] [jour] informations|donnees|coordonnees|profil`, 'mise a jour ~ informations|donnees|coordonnees|dossier'],
  'login-to-verify': [
    'connectez|identifiez vous ~ pour ~ verifier|confirmer|debloquer|reactiver|retablir|valider|mettre',
    `verifiez|confirmez|validez ${VOTRE} ${VOTRE2} compte|identite|acces|informations ~ maintenant|immediatement|ici|ci`,
    'cliquez ~ pour ~ verifier|confirmer|debloquer|reactiver|retablir|valider',
    `debloquez|reactivez|retablissez|debloquer|reactiver ${VOTRE} ${VOTRE2} compte|acces|carte`,
  ],
  'safety-notice': [
    'ne vous demandera|demanderons|demandons jamais',
    'jamais ~ demander ~ mot|code|donnees',
    'ne partagez|communiquez ~ code|mot|personne',
    'si c etait vous',
    'aucune action [n] [est] requise|necessaire',
    'vous pouvez ignorer',
  ],
  deadline: [
    'sous # heures|h|jours',
    'dans les # heures|prochaines',
    'dans un delai de #',
    'avant # heures|h',
    'expire|expirent aujourd|demain|bientot',
    'derniere chance',
  ],
  hurry: [
    'immediatement|urgent|urgence',
    'des que possible',
    'au plus vite',
  ],
  'suspension-threat': [
    'sera|seront|pourrait [etre] ~ suspendu*|bloque*|desactive*|ferme*|restreint*|resilie*',
    'suspension|blocage|fermeture|resiliation ~ definitive|compte|carte|acces',
    'eviter ~ suspension|blocage|fermeture|interruption',
    'perdre ~ acces|compte',
  ],
  'deletion-threat': ['sera|seront ~ supprime*|efface*|perdu*', 'supprime*|efface* definitivement'],
  'legal-threat': ['poursuites|procedure|action|mesures judiciaires|legales|penales', 'police|gendarmerie ~ plainte|dossier', 'huissier|tribunal'],
  'fine-threat': ['amende|amendes|penalite|penalites|majoration|majorations'],
  'final-notice': ['dernier|derniere avis|rappel|relance|notification', 'avis|notification ~ important*|urgent*|final*', 'action requise|necessaire|immediate'],
  'unauthorized-access': [
    'acces|connexion|achat|transaction|tentative|operation|paiement non autorise*|reconnu*',
    'nous avons detecte|remarque ~ connexion|acces|tentative|activite|transaction',
    'tentative de connexion',
    'activite|transaction|operation frauduleu*',
  ],
  'unusual-activity': ['activite|connexion|acces|transaction|operation suspect*|inhabituel*|anormal*|irreguli*', 'nouvel appareil',
    'nouvelle connexion'],
  'account-locked': [
    `${VOTRE} ${VOTRE2} compte|carte|acces [a] [ete|est|sera] [temporairement] suspendu*|bloque*|desactive*|limite*|restreint*`,
    'temporairement ~ suspendu*|bloque*|limite*|restreint*',
  ],
  'payment-failed': [
    'abonnement|protection|licence ~ expire|expiree|termine',
    'paiement ~ refuse|rejete|echoue|echec|attente',
    'echec ~ paiement|prelevement',
    'impossible de ~ traiter|prelever|renouveler ~ paiement|carte|abonnement',
    'abonnement ~ suspendu|expire|annule|attente',
  ],
  'parcel-held': [
    'colis|livraison|envoi|commande ~ attente|retenu*|bloque*|suspendu*|retourne*',
    'tentative de livraison',
    'frais ~ douane|livraison|expedition|reexpedition|dedouanement',
    'douane|dedouanement',
  ],
  'refund-waiting': ['remboursement', 'droit a ~ remboursement', 'impots ~ remboursement|trop', 'trop percu'],
  'mailbox-full': ['boite|messagerie|stockage ~ pleine|plein|saturee|limite|quota', 'quota ~ depasse|atteint'],
  'password-expiring': ['mot de passe ~ expire|expirera|expiration'],
  'points-expiring': ['points ~ expirent|expirer|expiration|echange*', 'echangez|utilisez ~ points'],
  'call-to-action': ['cliquez|appuyez ici|ci|sur', 'cliquez ~ lien|bouton', 'connectez vous ici|maintenant', 'ouvrez|telechargez ~ piece jointe'],
  prize: [
    'reclamez|recuperez|activez ~ bonus', 'bonus ~ vous attend|reclamer',
    'court|petit ~ sondage|questionnaire', 'repondez ~ sondage|questionnaire', 'gagnez un|une', 'vous avez ete choisi*', 'recevoir ~ cadeau|recompense', 'votre cadeau|recompense ~ attend|vous attend', 'pour reclamer',
    'vous avez gagne',
    'vous etes ~ selectionne*|gagnant*',
    'gagnez ~ euros|cadeau|bon',
    'vous avez ete ~ selectionne*|tire*|choisi*',
    'felicitations ~ gagne|gagnant*|selectionne*|prix|cadeau',
    'reclamez|recuperez|obtenez ~ prix|cadeau|recompense|gain',
  ],
  lottery: [
    'sans depot', 'tours|spins gratuits', 'casino ~ bonus|spins|tours|depot',
    'loterie|tirage|jackpot|tombola', 'tours gratuits', 'bonus ~ casino|bienvenue'],
  inheritance: [
    'lettre|message|courrier surprise', 'phase terminale', 'maladie incurable', 'feu mon|ma mari|epoux|pere',
    'heritier|heritiere',
    'heritage|succession|testament ~ defunt*|million*|fonds|beneficiaire', 'defunt*|decede*', 'beneficiaire ~ fonds|heritage|succession', 'millions de ~ dollars|euros', 'don ~ millions|fonds'],
  investment: ['rendement|profit|profits|gains garanti*', 'revenu|revenus passif*', 'plateforme de ~ trading|investissement', 'opportunite d investissement', 'gagnez|gagner ~ par jour|mois'],
  crypto: ['bitcoin|btc|cryptomonnaie*|crypto|usdt|ethereum', 'portefeuille ~ bitcoin|btc|crypto*|adresse', 'phrase de recuperation'],
  'gift-card': ['carte|cheque|bon cadeau', 'gift card', 'coupon ~ valeur|euros', 'bon|bons d achat'],
  sextortion: ['je vous ai filme|enregistre', 'video|videos|photos ~ intime*|compromettant*', 'sites ~ adultes|porno*', 'pirate|infecte ~ appareil|ordinateur|telephone|compte', 'masturb*'],
  'payment-demand': ['payez|payer|transferez|virer|envoyez ~ montant|somme|frais', 'facture ~ impayee|retard|attente', 'paiement ~ sous # heures|jours'],
  'free-money': [
    'faire don ~ fonds|somme|heritage|fortune',
    'argent gratuit|facile', 'pret ~ approuve|accorde', 'fonds ~ disponibles|debloques'],
  billing: [
    'votre|ton|ta commande|abonnement|facture|renouvellement',
    'numero de commande|facture',
    'renouvellement automatique',
    'a ete debite|facture|renouvele|preleve',
    'sera debite|facture|renouvele|preleve',
    'montant ~ debite|preleve|total',
    'norton|mcafee|antivirus|paypal',
  ],
  dispute: ['si vous n ~ pas ~ autorise|effectue|demande|reconnaissez|commande', 'pour annuler ~ commande|abonnement|achat|prelevement', 'annuler ~ abonnement|commande|renouvellement', 'demander ~ remboursement|annulation'],
  'call-us': ['appelez|appeler|contactez|contacter ~ numero|au|service|assistance', 'service client ~ numero|telephone', 'numero vert', 'appel gratuit'],
  'dating': [
    'beautes|beaute ~ ukrainiennes|russes|slaves', 'je cherche ~ homme ~ plaisir|coquin|aventure', 'femmes|filles ~ coquines|chaudes|matures',
    'filles|femmes ~ ukrainiennes|russes|chaudes|seules|sexy', 'rencontre* ~ celibataires|femmes|filles', 'celibataires ~ pres|proximite', 'photos privees', 'rendez vous chaud'],
  'miracle-cure': ['viagra|cialis', 'dysfonction erectile', 'perdre du poids', 'remede miracle'],
  'bec-transfer': ['virement ~ urgent|confidentiel', 'virement ~ aujourd hui', 'effectuer|effectuez|effectues|faire|realiser ~ virement ~ urgent|aujourd|confidentiel', 'cartes cadeaux ~ pour ~ clients|employes'],
  'bec-secrecy': ['n en parle|parlez ~ personne', 'ne ~ dis|dites|parle|parlez ~ personne', 'entre nous', 'en toute discretion'],
  'bec-availability': ['es tu au bureau', 'etes vous au bureau', 'tu es au bureau', 'vous etes au bureau', 'etes vous disponible ~ maintenant', 'es tu disponible ~ maintenant'],
  'bec-unreachable': ['je suis en reunion', 'ma messagerie|adresse|boite personnelle', 'mon mail|email|adresse personnel*', 'je ne peux pas ~ parler|repondre|telephoner'],
  'bec-bank-change': ['nouveau|nouvel|nouvelle rib|iban', 'nouvelles coordonnees bancaires', 'changement|modification ~ rib|iban', 'changement|modification ~ coordonnees bancaires'],
};
