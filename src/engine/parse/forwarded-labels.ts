// The words mail clients write when a person forwards a message, in the languages Occhio reads. Kept apart from the
// parser so a new language is a data change.

/** Which header of the original a label in a forwarded header block introduces. */
export type ForwardedField = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'replyTo';

/**
 * Labels of the header block, lowercased, without the colon. Outlook (desktop and web) writes "From/Sent/To/Cc/Subject"
 * translated; Gmail, Apple Mail and Thunderbird write "From/Date/Subject/To/Reply-To" translated.
 * 'De: Floria <info@x.tr>' => from; 'Envoyé : lundi 2 janvier' => date; 'Oggetto: Pacco in giacenza' => subject.
 */
export const FORWARDED_LABELS: ReadonlyMap<string, ForwardedField> = new Map<string, ForwardedField>([
  // from
  ['from', 'from'], ['da', 'from'], ['de', 'from'], ['von', 'from'], ['van', 'from'], ['mittente', 'from'],
  ['remetente', 'from'], ['expéditeur', 'from'], ['absender', 'from'],
  // date
  ['sent', 'date'], ['date', 'date'], ['inviato', 'date'], ['data', 'date'], ['enviado', 'date'], ['enviada', 'date'],
  ['envoyé', 'date'], ['gesendet', 'date'], ['datum', 'date'], ['fecha', 'date'], ['verzonden', 'date'],
  ['enviado el', 'date'], ['enviado em', 'date'], ['sent at', 'date'],
  // to
  ['to', 'to'], ['a', 'to'], ['para', 'to'], ['à', 'to'], ['an', 'to'], ['aan', 'to'], ['destinatario', 'to'],
  ['destinatari', 'to'],
  // cc
  ['cc', 'cc'], ['bcc', 'cc'], ['ccn', 'cc'], ['cco', 'cc'], ['kopie', 'cc'],
  // subject
  ['subject', 'subject'], ['oggetto', 'subject'], ['assunto', 'subject'], ['asunto', 'subject'], ['objet', 'subject'],
  ['betreff', 'subject'], ['onderwerp', 'subject'],
  // reply-to
  ['reply-to', 'replyTo'], ['reply to', 'replyTo'], ['rispondi a', 'replyTo'], ['responder a', 'replyTo'],
  ['répondre à', 'replyTo'], ['antwort an', 'replyTo'], ['responder para', 'replyTo'],
]);

/** Longest label above plus room for a bold marker: a colon further into the line is not a label's. */
export const MAX_LABEL_CHARS = 16;

/**
 * Separator lines that say "forwarded" outright (Gmail, Thunderbird, Apple Mail, in several languages), lowercased
 * and with dashes and the trailing colon removed: '---------- Forwarded message ---------' => 'forwarded message'.
 * One of these near the top is a forward whatever the subject says.
 */
export const FORWARD_MARKERS: ReadonlySet<string> = new Set([
  'forwarded message', 'messaggio inoltrato', 'mensagem encaminhada', 'mensagem reencaminhada', 'mensaje reenviado',
  'message transféré', 'weitergeleitete nachricht', 'doorgestuurd bericht',
  'begin forwarded message', 'inizio messaggio inoltrato', 'início da mensagem reencaminhada',
  'início da mensagem encaminhada', 'comienzo del mensaje reenviado', 'début du message réexpédié',
  'anfang der weitergeleiteten nachricht', 'anfang der weitergeleiteten e-mail',
]);

/**
 * Separator lines that introduce the original in a forward AND the quoted message in a reply (Outlook desktop's
 * '-----Original Message-----', Thunderbird's '-------- Messaggio originale --------'): they count only when the
 * subject says the message is a forward.
 */
export const AMBIGUOUS_MARKERS: ReadonlySet<string> = new Set([
  'original message', 'messaggio originale', 'mensagem original', 'mensaje original', 'message original',
  "message d'origine", 'ursprüngliche nachricht', 'originalnachricht', 'oorspronkelijk bericht',
]);

/**
 * Lines that end a reply's attribution ("On Mon, 2 Jan 2023, Ann <a@x.com> wrote:"): text quoted under one of these
 * is a reply, never a forward. Matched at the end of a line, lowercased.
 */
export const REPLY_ATTRIBUTION_ENDINGS: readonly string[] = [
  'wrote:', 'ha scritto:', 'escreveu:', 'escribió:', 'a écrit :', 'a écrit:', 'schrieb:', 'geschreven:', 'skrev:',
];

/** "X on behalf of Y": Outlook shows the Sender before and the From after these words. */
export const ON_BEHALF_OF: readonly string[] = [
  ' on behalf of ', ' em nome de ', ' per conto di ', ' en nombre de ', ' de la part de ', ' im auftrag von ',
  ' namens ',
];

/** Subject prefixes of a forward: 'Fw:', 'Fwd:', 'ENC:' (pt), 'WG:' (de), 'TR:' (fr), 'RV:' (es), 'I:' (Outlook it), 'VS:'/'FS:' (nordic). */
export const FORWARD_SUBJECT_PREFIXES: ReadonlySet<string> = new Set(['fw', 'fwd', 'enc', 'wg', 'tr', 'rv', 'i', 'fs', 'vs', 'doorst', 'inoltro']);

/** Subject prefixes of a reply: 'Re:', 'R:' (Outlook it), 'AW:' (de), 'RES:' (pt), 'SV:' (nordic), 'Antw:' (nl), 'RIF:'. */
export const REPLY_SUBJECT_PREFIXES: ReadonlySet<string> = new Set(['re', 'r', 'aw', 'res', 'sv', 'antw', 'ref', 'réf', 'rif', 'odp']);
