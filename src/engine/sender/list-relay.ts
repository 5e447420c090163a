import type { MailMessage } from '../model';

/** Six consonants in a row: no list name in any language we read has them ('xdtcfjhvtrsdfg', 'ksjdhlasjddklaskd'). */
const CONSONANT_RUN = /[^aeiou]{6}/;

/**
 * A List-Id whose list name is keys mashed on a keyboard: '<xdtcfjhvtrsdfgcgbnbxgvcbnn.bravo67.click>'. Bulk kits
 * open a throwaway group on a throwaway domain per campaign and name it so; a real list has a name people read
 * ('<linux-man.vger.kernel.org>', '<spamassassin-talk.lists.sourceforge.net>'). Only names of ten or more letters
 * are judged.
 */
export function isGeneratedListId(value: string): boolean {
  const id = /<([^>]{1,300})>/.exec(value)?.[1] ?? value.trim().slice(0, 300);
  const label = (id.split('.')[0] ?? '').toLowerCase();
  return /^[a-z]{10,}$/.test(label) && CONSONANT_RUN.test(label);
}

/**
 * Mail relayed by a real list server: it writes List-Id (RFC 2919) or List-Post (RFC 2369). A bare
 * 'Precedence: bulk' is not enough here: bulk senders, and phishing posing as newsletters, write it too, and a
 * list relay is a reason to excuse broken authentication or a list Reply-To. A list with a generated name (see
 * isGeneratedListId) is a campaign's throwaway, not a list anyone joined: it excuses nothing.
 */
export function isListRelay(message: MailMessage): boolean {
  const listHeaders = message.headers.filter((h) => h.key === 'list-id' || h.key === 'list-post');
  if (listHeaders.length === 0) return false;
  return !listHeaders.some((h) => h.key === 'list-id' && isGeneratedListId(h.value));
}
