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
  const id = listIdOf(value);
  const label = (id.split('.')[0] ?? '').toLowerCase();
  return /^[a-z]{10,}$/.test(label) && CONSONANT_RUN.test(label);
}

/**
 * The List-Id a bulk-mail service writes on one sender's own campaign: Mailchimp's '<hash.NNN.list-id.mcsv.net>',
 * Salesforce Marketing Cloud's '<NNN.xt.local>'. Such a list relays nobody else's mail (the sender is the one
 * writing), so it excuses nothing a list relay excuses.
 */
const ESP_CAMPAIGN_LIST_ID = /\.(?:list-id\.mcsv\.net|xt\.local)$/i;

function listIdOf(value: string): string {
  return /<([^>]{1,300})>/.exec(value)?.[1] ?? value.trim().slice(0, 300);
}

/**
 * Mail relayed by a real list server: it writes List-Id (RFC 2919) or List-Post (RFC 2369). A bare
 * 'Precedence: bulk' is not enough here: bulk senders, and phishing posing as newsletters, write it too, and a
 * list relay is a reason to excuse broken authentication or a list Reply-To. A list with a generated name (see
 * isGeneratedListId) is a campaign's throwaway, not a list anyone joined, and a bulk-mail service's campaign id
 * (ESP_CAMPAIGN_LIST_ID) without List-Post is one sender's newsletter: neither excuses anything.
 */
export function isListRelay(message: MailMessage): boolean {
  const listHeaders = message.headers.filter((h) => h.key === 'list-id' || h.key === 'list-post');
  if (listHeaders.length === 0) return false;
  const ids = listHeaders.filter((h) => h.key === 'list-id');
  if (ids.some((h) => isGeneratedListId(h.value))) return false;
  const posts = listHeaders.length > ids.length;
  return posts || !ids.every((h) => ESP_CAMPAIGN_LIST_ID.test(listIdOf(h.value)));
}
