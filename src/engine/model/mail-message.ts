// The typed model of one message: everything a detector may look at, already decoded.
// Built by parseEml (from a raw .eml) or by buildMailMessage (from the parts older Outlook clients expose).

/** One mailbox. `domain` is the lowercased part after the last '@', '' when the address has none. */
export interface MailAddress {
  readonly name: string;
  readonly address: string;
  readonly domain: string;
}

export interface MailHeader {
  /** Lowercased header name. */
  readonly key: string;
  /** Unfolded value, RFC 2047 words not decoded (as the header was written). */
  readonly value: string;
}

/** Where in the message a link was found. */
export type LinkSource = 'anchor' | 'text-url' | 'area' | 'form-action' | 'image-link';

export interface MailLink {
  /** The destination as written (entities decoded, whitespace trimmed). */
  readonly href: string;
  /** What the reader sees: the anchor's text, or the URL itself for plain-text URLs. */
  readonly text: string;
  readonly source: LinkSource;
}

export interface MailImage {
  readonly src: string;
  readonly alt: string;
  /** Rendered size from width/height attributes when given; tracking pixels are 1x1. */
  readonly width?: number;
  readonly height?: number;
  /** Where the image leads when it sits inside a link (a social icon to facebook.com/acme, a store badge): as written. */
  readonly href?: string;
}

export interface MailForm {
  readonly action: string;
  readonly method: string;
  /** Input names and types, e.g. { name: 'password', type: 'password' }. */
  readonly inputs: readonly { readonly name: string; readonly type: string }[];
}

/** Text that is in the HTML but a reader does not see (display:none, zero font size, same colour as the background...). */
export interface HiddenText {
  readonly text: string;
  readonly reason: 'display-none' | 'visibility-hidden' | 'zero-size' | 'invisible-color' | 'zero-opacity' | 'offscreen';
}

/**
 * A message carried as a message/rfc822 attachment (a forward "as attachment"), read by the same MIME parser as the
 * message itself. Header values as postal-mime gives them; addresses, subject and date decoded.
 */
export interface AttachedMessage {
  readonly from?: MailAddress;
  readonly sender?: MailAddress;
  readonly replyTo: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  /** ISO 8601 when the Date header parses, as written otherwise. */
  readonly date: string;
  readonly messageId: string;
  readonly inReplyTo: string;
  readonly returnPath: string;
  readonly headers: readonly MailHeader[];
  readonly text: string;
  readonly html: string;
}

export interface MailAttachment {
  /** Decoded file name ('' when the part has none). */
  readonly filename: string;
  /** Declared MIME type, lowercased. */
  readonly contentType: string;
  readonly disposition: 'attachment' | 'inline' | 'other';
  /** Size of the decoded content in bytes (or as reported by Outlook). */
  readonly size: number;
  /** The first bytes of the content, at most MAX_ATTACHMENT_BYTES_KEPT; absent when unavailable. */
  readonly head?: Uint8Array;
  readonly contentId?: string;
  /** A message/rfc822 attachment, parsed (see parseEml for which ones). */
  readonly message?: AttachedMessage;
}

export type AuthVerdict =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'bestguesspass'
  | 'policy'
  | 'other';

/**
 * An Authentication-Results header the receiving organisation did not write (see parseAuthResults): never believed,
 * kept because one that claims a pass for the sender is itself evidence of a forgery.
 */
export interface UntrustedAuthResults {
  /** Its authserv-id, lowercased; '' when it has none (Exchange Online's style, easy to imitate). */
  readonly authservId: string;
  /** The server that handed the message to the receiving organisation, when the header sits below that hop. */
  readonly belowHopFrom: string;
  readonly dkim: readonly { readonly result: AuthVerdict; readonly domain?: string }[];
  readonly dmarc?: { readonly result: AuthVerdict; readonly domain?: string };
}

export interface AuthResults {
  /** The Authentication-Results header the receiving organisation wrote, as written; '' when there is none. */
  readonly raw: string;
  /** Its authserv-id (RFC 8601), lowercased; '' for Exchange Online, which writes none. */
  readonly authservId?: string;
  readonly spf?: { readonly result: AuthVerdict; readonly domain?: string };
  readonly dkim: readonly { readonly result: AuthVerdict; readonly domain?: string }[];
  readonly dmarc?: { readonly result: AuthVerdict; readonly domain?: string; readonly action?: string };
  /** Microsoft's composite authentication, e.g. { result: 'fail', reason: '001' }. */
  readonly compauth?: { readonly result: AuthVerdict; readonly reason?: string };
  /** Received-SPF header result when present. */
  readonly receivedSpf?: { readonly result: AuthVerdict; readonly domain?: string };
  /** Authentication-Results headers that were not believed (at most MAX_UNTRUSTED_AUTH_RESULTS). */
  readonly untrusted?: readonly UntrustedAuthResults[];
}

export interface MailMessage {
  readonly from?: MailAddress;
  readonly sender?: MailAddress;
  readonly replyTo: readonly MailAddress[];
  /** Return-Path address without angle brackets, '' when absent. */
  readonly returnPath: string;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  /** ISO 8601 when the Date header parses, otherwise as written; '' when absent. */
  readonly date: string;
  readonly messageId: string;
  readonly inReplyTo: string;
  /** Every header in document order, duplicates included. */
  readonly headers: readonly MailHeader[];
  /** The text/plain body ('' when absent). */
  readonly text: string;
  /** The text/html body ('' when absent). Never rendered anywhere. */
  readonly html: string;
  /** What a reader sees: text derived from the HTML (scripts, styles and hidden text removed), or the plain text. */
  readonly visibleText: string;
  readonly links: readonly MailLink[];
  readonly images: readonly MailImage[];
  readonly forms: readonly MailForm[];
  readonly hiddenText: readonly HiddenText[];
  readonly attachments: readonly MailAttachment[];
  readonly auth: AuthResults;
  /** Named limits this message hit while being read (e.g. 'MAX_LINKS'): the analysis is bounded, not complete. */
  readonly limitsHit: readonly string[];
  /** Checks that could not run because the source did not provide the data (e.g. 'headers'). */
  readonly unavailable: readonly UnavailableData[];
}

/** Data an Outlook client could not give us; the pane says which checks did not run. */
export type UnavailableData = 'headers' | 'html' | 'attachments' | 'attachment-content';
