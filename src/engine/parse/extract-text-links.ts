import type { MailLink } from '../model';
import { MAX_LINKS, MAX_URL_CHARS } from './limits';

// Bounded, non-nested quantifiers only: each match is linear in the URL's length, so a long run of URL
// characters cannot make this backtrack. `www.` URLs have no scheme; we keep them as written.
// eslint-disable-next-line no-control-regex -- control characters end a URL
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\u0000-\u001f\u007f]{1,4096}/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Plain-text URLs: 'see https://a.com/x.' => [{ href: 'https://a.com/x', text: 'https://a.com/x', source: 'text-url' }]. */
export function extractTextLinks(text: string, limit = MAX_LINKS): MailLink[] {
  const links: MailLink[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (links.length >= limit) break;
    const url = match[0].replace(TRAILING_PUNCTUATION, '').slice(0, MAX_URL_CHARS);
    links.push({ href: url, text: url, source: 'text-url' });
  }
  return links;
}
