import type { Finding, MailMessage } from '../model';
import { defineDetector } from '../model';
import { findCues } from '../lexicon/find-cues';
import type { LexiconLanguage } from '../lexicon/types';
import { findDisguisedLetters } from '../text/disguised-letters';
import { guessLanguage } from '../text/language-guess';
import { findSwappedCapitals } from '../text/swapped-capitals';
import { brandWords, COMMONLY_PHISHED_NAMES, findMisspelledBrand, findSpacedBrand } from '../text/misspelled-brand';
import { PhraseMatcher } from '../text/phrase-matcher';
import type { Token } from '../text/tokenize';

/**
 * Wrong gender agreement that Italian speakers do not make and translation engines do: 'nella nostra sistema'
 * (sistema is masculine), 'il tua account', 'la vostro carta'. Word pairs, so the check is a lookup.
 */
const ITALIAN_AGREEMENT_ERRORS: readonly string[] = [
  'il|del|nel|al|dal|sul|lo|dello|nello|allo|questo tua|sua|nostra|vostra|mia',
  'la|della|nella|alla|dalla|sulla|una|questa tuo|suo|nostro|vostro|mio',
  'nostra|vostra|tua|sua|la|della|nella|alla|una|questa sistema|problema|programma',
  'il|del|nel|al|tuo|suo|nostro|vostro password|carta|banca|richiesta|verifica|fattura|spedizione|consegna',
  'e stato sospesa|bloccata|limitata|disattivata',
  'e stata sospeso|bloccato|limitato|disattivato',
];

/** Phrasings no native writer uses, typical of machine translation and of template scams. */
const MACHINE_PHRASES: readonly string[] = [
  'cliente|utente stimato|prezioso',
  'si prega gentilmente',
  'ha|hanno stato',
  'do the needful',
  'dear esteemed',
  'kindly revert',
  'has|have be suspend|suspended|blocked|limited|verify',
  'will be suspend|block|terminate|delete',
  'has been suspend|block|terminate|limit',
];

type Artefact = 'agreement' | 'machine';
let artefactMatcher: PhraseMatcher<Artefact> | undefined;
function artefacts(): PhraseMatcher<Artefact> {
  artefactMatcher ??= new PhraseMatcher<Artefact>([
    ...ITALIAN_AGREEMENT_ERRORS.map((pattern) => ({ pattern, tag: 'agreement' as const })),
    ...MACHINE_PHRASES.map((pattern) => ({ pattern, tag: 'machine' as const })),
  ], { fuzzy: false });
  return artefactMatcher;
}

/** The words a greeting starts with, by language ('caro' is Italian, Portuguese and Spanish alike). */
const GREETINGS: Readonly<Record<string, readonly LexiconLanguage[]>> = {
  dear: ['en'], hello: ['en'], hi: ['en'], greetings: ['en'],
  gentile: ['it'], gentilissimo: ['it'], gentilissima: ['it'], egregio: ['it'], salve: ['it'], buongiorno: ['it'], ciao: ['it'],
  caro: ['it', 'pt', 'es'], cara: ['it', 'pt', 'es'],
  prezado: ['pt'], prezada: ['pt'], ola: ['pt', 'es'],
  estimado: ['es'], estimada: ['es'], hola: ['es'], querido: ['es', 'pt'],
  cher: ['fr'], chere: ['fr'], bonjour: ['fr'],
  sehr: ['de'], hallo: ['de', 'en', 'nl'], beste: ['nl'], geachte: ['nl'], hoi: ['nl'], liebe: ['de'], lieber: ['de'], guten: ['de'],
};
/** How letters close, by language: 'Cordiali saluti' under an English text is a template pasted by a stranger. */
const SIGN_OFFS: readonly [string, LexiconLanguage][] = [
  ['best regards', 'en'], ['kind regards', 'en'], ['yours sincerely', 'en'], ['yours faithfully', 'en'], ['warm regards', 'en'],
  ['cordiali saluti', 'it'], ['distinti saluti', 'it'],
  ['atenciosamente', 'pt'], ['cordialmente', 'pt'], ['obrigado', 'pt'],
  ['atentamente', 'es'], ['saludos cordiales', 'es'], ['un saludo', 'es'],
  ['cordialement', 'fr'], ['bien a vous', 'fr'], ['salutations distinguees', 'fr'],
  ['mit freundlichen grussen', 'de'], ['freundliche grusse', 'de'], ['viele grusse', 'de'],
];
/** The sign-off is looked for among the last words of the text. */
const SIGN_OFF_WINDOW = 40;

const LANGUAGE_NAMES: Readonly<Record<LexiconLanguage, string>> = { it: 'Italiano', en: 'English', pt: 'Português', es: 'Español', fr: 'Français', de: 'Deutsch', nl: 'Nederlands' };

/** 'Dear phishing@pot', 'Gentile mario.rossi': the greeting names the mailbox, because the sender knows nothing else. */
function greetingToMailbox(message: MailMessage, tokens: readonly Token[], text: string): string | undefined {
  const recipients = [...message.to, ...message.cc].map((a) => a.address.toLowerCase()).filter((a) => a.includes('@'));
  if (recipients.length === 0) return undefined;
  for (let index = 0; index < Math.min(tokens.length, 60); index += 1) {
    const token = tokens[index];
    if (!token || !GREETINGS[token.norm]) continue;
    const after = text.slice(token.end, token.end + 80).replace(/^[\s,:]+/, '').toLowerCase();
    for (const address of recipients) {
      const local = address.slice(0, address.indexOf('@'));
      // A bare first name ('Hi bob') is how people write; an address or a dotted/numbered local part is not.
      const mechanical = after.startsWith(address) || (/[._\d]/.test(local) && local.length >= 4 && after.startsWith(local) && !/^[a-z]/.test(after.slice(local.length)));
      if (mechanical) return text.slice(token.start, token.end + 80).split(/[\r\n]/)[0]?.trim().slice(0, 80);
    }
  }
  // The recipient's address in the subject is header-anomaly's evidence ('recipient-in-subject', weaker when the
  // sender authenticated): counting it here too would make one fact look like two kinds of evidence.
  return undefined;
}

/** A greeting in one language on a text in another: a template filled by someone who does not speak either. */
function greetingInOtherLanguage(tokens: readonly Token[], text: string): { greeting: string; language: string } | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  const greetingLanguages = GREETINGS[first.norm];
  if (!greetingLanguages) return undefined;
  const bodyLanguage = guessLanguage(tokens.slice(1));
  if (!bodyLanguage || greetingLanguages.includes(bodyLanguage)) return undefined;
  const greeting = text.slice(first.start, Math.min(text.length, first.end + 40)).split(/[\r\n,]/)[0]?.trim() ?? first.norm;
  return { greeting, language: LANGUAGE_NAMES[bodyLanguage] };
}

/** A sign-off in one language under a text in another ('Dear customer ... Cordiali saluti'). */
function signOffInOtherLanguage(tokens: readonly Token[], text: string): { signOff: string; language: string } | undefined {
  const tail = tokens.slice(-SIGN_OFF_WINDOW);
  const words = tail.map((token) => token.norm);
  for (const [phrase, phraseLanguage] of SIGN_OFFS) {
    const parts = phrase.split(' ');
    for (let index = 0; index + parts.length <= words.length; index += 1) {
      if (!parts.every((part, offset) => words[index + offset] === part)) continue;
      const bodyLanguage = guessLanguage(tokens.slice(0, tokens.length - tail.length + index));
      const first = tail[index];
      const last = tail[index + parts.length - 1];
      if (!bodyLanguage || bodyLanguage === phraseLanguage || !first || !last) return undefined;
      return { signOff: text.slice(first.start, last.end), language: LANGUAGE_NAMES[bodyLanguage] };
    }
  }
  return undefined;
}

/**
 * The sloppiness the Amazon warning tells people to look for: the brand's own name misspelled or spaced out,
 * machine-translation artefacts and wrong agreement ('nella nostra sistema'), a greeting or sign-off in another
 * language than the text, a salutation to the mailbox address. Each is a weak signal: careless real mail exists.
 */
export const languageQuality = defineDetector({
  id: 'language-quality',
  kind: 'content',
  title: { en: 'Poorly written or machine-translated', it: 'Scritto male o tradotto automaticamente' },
  severity: 'medium',
  explanation: {
    en: 'Real companies spell their own name right and write to you by name. Misspelled brands, odd grammar, mixed languages and greetings to your email address suggest a scam made in a hurry or by a translation program.',
    it: 'Le aziende vere scrivono bene il proprio nome e si rivolgono a te per nome. Marchi scritti male, grammatica strana, lingue mescolate e saluti al tuo indirizzo email fanno pensare a una truffa fatta in fretta o con un traduttore automatico.',
  },
  messages: {
    misspelledBrand: { en: 'The brand name is misspelled: “{written}”.', it: 'Il nome del marchio è scritto male: “{written}”.' },
    spacedBrand: { en: 'The brand name is spelled out letter by letter: “{written}”.', it: 'Il nome del marchio è scritto lettera per lettera: “{written}”.' },
    badGrammar: { en: 'It contains grammar no native speaker writes: “{phrase}”.', it: 'Contiene errori che un madrelingua non fa: “{phrase}”.' },
    greetingToAddress: { en: 'It greets you by your email address: “{phrase}”.', it: 'Ti saluta con il tuo indirizzo email: “{phrase}”.' },
    mixedLanguage: { en: 'It greets you with “{greeting}” but is written in {language}.', it: 'Ti saluta con “{greeting}” ma è scritto in {language}.' },
    mixedSignOff: { en: 'It signs off with “{signOff}” but is written in {language}.', it: 'Si congeda con “{signOff}” ma è scritto in {language}.' },
    disguisedLetters: {
      en: 'Words are written with look-alike letters from other alphabets, to slip past filters: “{written}”.',
      it: 'Alcune parole sono scritte con lettere di altri alfabeti che sembrano uguali, per sfuggire ai filtri: “{written}”.',
    },
    styledLetters: {
      en: 'Words are written in special “styled” characters instead of letters: “{written}”.',
      it: 'Alcune parole sono scritte con caratteri “decorati” al posto delle lettere: “{written}”.',
    },
    swappedLetters: {
      en: 'Words in capitals have a letter swapped for a look-alike (a small L for an I, a zero for an O), to slip past filters: “{written}”.',
      it: 'Parole in maiuscolo hanno una lettera sostituita da una simile (una l minuscola per una I, uno zero per una O), per sfuggire ai filtri: “{written}”.',
    },
  },
  run(message, context) {
    const cues = findCues(message);
    const findings: Finding[] = [];
    const add = (messageId: string, data: Record<string, string>, evidence: string, severity: Finding['severity'] = 'low'): void => {
      if (evidence) findings.push({ detectorId: 'language-quality', messageId, data, severity, evidence: [evidence] });
    };
    const names = brandWords([...COMMONLY_PHISHED_NAMES, ...context.brands.flatMap((brand) => brand.names)]);
    const places = [[cues.subjectTokens, cues.subjectText], [cues.bodyTokens, cues.bodyText]] as const;
    for (const [tokens, text] of places) {
      const misspelled = findMisspelledBrand(tokens, text, names);
      if (misspelled) {
        add('misspelledBrand' as const, { written: misspelled.written }, misspelled.written);
        break;
      }
    }
    for (const [tokens, text] of places) {
      const spaced = findSpacedBrand(tokens, text, names);
      if (spaced) {
        add('spacedBrand' as const, { written: spaced.written }, spaced.written);
        break;
      }
    }
    const artefact = artefacts().matchAll(cues.bodyTokens)[0];
    const firstToken = artefact ? cues.bodyTokens[artefact.startToken] : undefined;
    const lastToken = artefact ? cues.bodyTokens[artefact.endToken - 1] : undefined;
    if (firstToken && lastToken) {
      const phrase = cues.bodyText.slice(firstToken.start, lastToken.end);
      add('badGrammar' as const, { phrase }, phrase);
    }
    // Look-alike letters inside Latin words are deliberate: nobody types a Cyrillic 'е' in 'Nеvеr' by accident.
    // Styled letters ('𝐘𝐎𝐔𝐑 𝐏𝐇𝐎𝐓𝐎𝐒') are the same trick: keyword filters read no word at all. Brand
    // notifications never write that way (none in the legitimate corpus); a medium only counts with other evidence.
    const disguised = [findDisguisedLetters(message.subject), findDisguisedLetters(cues.bodyText)];
    const lookalikes = disguised.find((found) => found.mixedWords.length > 0)?.mixedWords;
    // A whole styled phrase, not one emphasized word.
    const styled = disguised.find((found) => found.styledWords.length >= 2)?.styledWords;
    if (lookalikes) add('disguisedLetters' as const, { written: lookalikes.join(' ') }, lookalikes.join(' '), 'medium');
    else if (styled) add('styledLetters' as const, { written: styled.join(' ') }, styled.join(' '), 'medium');
    // 'VlAGRA', 'lRS Tax statement', 'B0NUS': the same trick in plain ASCII, where the sender's name shows it too.
    const swapped = [message.from?.name ?? '', message.subject, cues.bodyText].map(findSwappedCapitals).find((words) => words.length > 0);
    if (swapped) add('swappedLetters' as const, { written: swapped.join(' ') }, swapped.join(' '), 'medium');
    const greeting = greetingToMailbox(message, cues.bodyTokens, cues.bodyText);
    if (greeting) add('greetingToAddress' as const, { phrase: greeting }, greeting);
    const mixed = greetingInOtherLanguage(cues.bodyTokens, cues.bodyText);
    if (mixed) add('mixedLanguage' as const, mixed, mixed.greeting);
    const signOff = mixed ? undefined : signOffInOtherLanguage(cues.bodyTokens, cues.bodyText);
    if (signOff) add('mixedSignOff' as const, signOff, signOff.signOff);
    return findings;
  },
});
