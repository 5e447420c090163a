// Text normalization for phrase matching: what scammers vary (case, accents, spacing, invisible characters,
// HTML entities, look-alike letters) is folded away so one phrase list matches every variant.

/** Zero-width and formatting characters that split words invisibly ('pass\u200bword'). */
// eslint-disable-next-line no-misleading-character-class -- these are the invisible joiners we strip, one by one
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A few non-Latin letters that look Latin and survive NFKD (Cyrillic and Greek), folded for phrase matching. */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKE_LETTERS).join('')}]`, 'g');

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities a text part can still carry ('&egrave;', '&#233;', '&#xe9;'). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * normalizeText('Verifica  il tuo ACCÒUNT&nbsp;entro 24 ore') => 'verifica il tuo account entro 24 ore'.
 * Linear in the input; the output keeps word boundaries as single spaces.
 */
export function normalizeText(text: string): string {
  return decodeEntities(text)
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LOOKALIKE_PATTERN, (letter) => LOOKALIKE_LETTERS[letter] ?? letter)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
