// A subject whose words are glued by underscores or dots instead of spaces: 'Your_transfer_0.7495_BTC',
// 'Money.transfer.0.7495.Bitcoin', '_Please_Affirm_Your_Reward_'. Keyword filters split on spaces and read one long
// unknown token; a reader's eye reads the sentence. People and mail programs write subjects with spaces: a subject
// that is one glued sentence was written for the filter. Identifiers inside a sentence ('[PATCH] init_module.2:
// document the flag', 'SPAM_PHRASE_55_XX score') are left alone, since the rest of that subject has spaces.

/** Prefixes mail programs add on reply and forward, in the languages the detectors read ('Re:', 'Fwd:', 'ENC:', 'AW:'). */
const REPLY_PREFIX = /^(?:(?:re|fw|fwd|tr|enc|rv|aw|wg|sv|r|i)\s*:\s*)+/i;
/** Decoration kits wrap the glued sentence in: '_Your_Offer_', '**Your_storage_is_full**', '__2023#FALL_GIFT__'. */
const DECORATION = /^[_*#~.-]+|[_*#~.!?-]+$/g;
/** A file name or an address written as the subject: 'report_final.pdf', 'mario.rossi@example.com', 'example.co.uk'. */
const NAME_LIKE = /@|:\/\/|\.(?:pdf|docx?|xlsx?|pptx?|txt|csv|html?|jpe?g|png|gif|zip|rar|com|net|org|info|it|de|fr|es|uk|io|br|eu)$/i;
/** A word a reader reads: two letters at least, one of them a vowel ('transfer', 'BTC' is not one, 'Your' is). */
const WORD = /^(?=.*[aeiouy])[a-z'&]{2,}$/i;
const MIN_PARTS = 4;
const MIN_WORDS = 3;
/** Longer subjects are not read: the trick is short sentences, and a long crafted subject stays cheap. */
const MAX_CHARS = 200;

/** findGluedSubject('Re: Your_transfer_0.7495_BTC') => 'Your_transfer_0.7495_BTC'; findGluedSubject('Quarterly report') => undefined. */
export function findGluedSubject(subject: string): string | undefined {
  if (subject.length > MAX_CHARS) return undefined;
  const sentence = subject.trim().replace(REPLY_PREFIX, '').trim();
  const core = sentence.replace(DECORATION, '');
  if (!core || /\s/.test(core) || NAME_LIKE.test(core) || !/[_.]/.test(core)) return undefined;
  const parts = core.split(/[_.]+/).filter((part) => part.length > 0);
  if (parts.length < MIN_PARTS) return undefined;
  return parts.filter((part) => WORD.test(part.replace(/[!?#*]+$/, ''))).length >= MIN_WORDS ? sentence : undefined;
}
