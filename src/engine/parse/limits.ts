// Named limits on reading a message, each with the reason it exists. A message is read within these bounds and
// the limits it hit are listed on the MailMessage (limitsHit), so the pane can say the analysis is partial.

/** A crafted message can be arbitrarily large; Exchange Online's largest message is 150 MB, most mail is < 1 MB. */
export const MAX_RAW_BYTES = 30 * 1024 * 1024;

/** MIME nesting deeper than this is never legitimate and is how MIME bombs exhaust the stack. postal-mime rejects the parse. */
export const MAX_MIME_DEPTH = 64;

/** Total header bytes across all parts (postal-mime rejects beyond it); real mail stays under 100 KB. */
export const MAX_HEADERS_BYTES = 4 * 1024 * 1024;

/** HTML beyond this many characters is not scanned for links, images, forms or text: a 10 MB body would otherwise dominate the time budget. */
export const MAX_HTML_CHARS = 2 * 1024 * 1024;

/** Open elements nested deeper than this end the HTML scan: real mail nests < 100 deep, and the parser's bookkeeping is quadratic in depth. */
export const MAX_HTML_DEPTH = 1000;

/** Text handed to the content detectors; scams state their demand early, and the phrase matchers stay linear in this. */
export const MAX_TEXT_CHARS = 512 * 1024;

/** Links kept per message: a crafted message can carry 100,000 anchors, and every link detector loops over them. */
export const MAX_LINKS = 1000;

/** Images kept per message (logos, pixels); more adds nothing to the evidence. */
export const MAX_IMAGES = 500;

/** Forms kept per message. */
export const MAX_FORMS = 50;

/** Hidden-text runs kept per message. */
export const MAX_HIDDEN_RUNS = 200;

/** Attachments kept per message: a crafted message can carry thousands of tiny parts. */
export const MAX_ATTACHMENTS = 100;

/**
 * Attached messages (message/rfc822 attachments) parsed per message: a forward carries one; a crafted message with
 * hundreds would parse hundreds of messages. Their own attached messages are not parsed (one level only).
 */
export const MAX_ATTACHED_MESSAGES_READ = 3;

/** Bytes of each attachment kept for content checks (magic numbers, archive listings, HTML smuggling). */
export const MAX_ATTACHMENT_BYTES_KEPT = 256 * 1024;

/** A single URL longer than this is cut: real links are < 2 KB, and every URL regex is linear in its length. */
export const MAX_URL_CHARS = 4096;

/**
 * Untrusted Authentication-Results kept per message for the forgery check: real mail carries a few (mailing lists,
 * forwards); a crafted message can carry thousands.
 */
export const MAX_UNTRUSTED_AUTH_RESULTS = 20;
