import { normalizeText } from '../text/normalize';

// Links every brand's mail and every newsletter carries that say nothing about who sent it: social profiles, app
// stores, unsubscribe and privacy pages. A real Amazon mail links to Facebook; so does a fake one.

/** Registrable domains of social networks, app stores and messengers that mail footers link to. */
export const FOOTER_LINK_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com', 'fb.com', 'fb.me', 'twitter.com', 'x.com', 'instagram.com', 'linkedin.com', 'youtube.com',
  'youtu.be', 'tiktok.com', 'pinterest.com', 'threads.net', 'whatsapp.com', 'wa.me', 't.me', 'telegram.me',
  'snapchat.com', 'reddit.com', 'flickr.com', 'vimeo.com', 'tumblr.com', 'apps.apple.com', 'itunes.apple.com',
  'play.google.com', 'microsoft.com', 'w3.org',
]);

/** Footer link wording in the six languages we read (normalized: lowercase, no accents). */
const FOOTER_TEXT =
  /\b(?:unsubscri|opt.?out|manage (?:your )?(?:preferences|subscription)|email preferences|privacy|cookie|terms|disiscri|annulla (?:l'?)?iscrizione|cancella (?:l'?)?iscrizione|informativa|preferenze|descadastr|cancelar (?:a )?inscri|darse de baja|baja de|desuscri|privacidad|desabonn|se desinscrire|confidentialite|abmelden|abbestellen|datenschutz|impressum|view (?:it |this (?:email |message )?)?in (?:your )?browser|visualizza (?:nel|sul) browser|ver no navegador|ver en (?:el )?navegador|version en ligne|im browser)/;

/** True when the link text is a footer or housekeeping link ('Unsubscribe', 'Privacy', 'Annulla iscrizione'). */
export function isFooterLinkText(text: string): boolean {
  return FOOTER_TEXT.test(normalizeText(text.slice(0, 200)));
}

/** Call-to-action wording of the buttons scams want clicked, in the six languages (normalized stems). */
const CALL_TO_ACTION =
  /\b(?:verif|confirm|update|log ?in|sign ?in|access|unlock|restore|reactivat|validat|review|pay now|track|claim|click here|verifica|conferm|aggiorna|accedi|sblocca|ripristin|riattiva|paga|traccia|clicca|verificar|atualiz|acess|entrar|desbloque|regulariz|pagar|rastre|clique|actualiz|acceder|iniciar sesion|haz clic|verifier|confirmer|mettre a jour|se connecter|acceder|debloquer|payer|cliquez|bestatig|verifizier|aktualisier|anmelden|einloggen|entsperr|bezahlen|hier klicken)/;

/** True when the link text asks to act: 'Verify now', 'Accedi', 'Clique aqui', 'Jetzt bestätigen'. */
export function isCallToAction(text: string): boolean {
  return CALL_TO_ACTION.test(normalizeText(text.slice(0, 200)));
}
