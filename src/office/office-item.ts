// The parts of Office.js's read-mode message item that Occhio uses, typed structurally so tests can hand in a
// fake mailbox. Names and shapes follow @types/office-js (Office.MessageRead).
import type { AsyncResultLike } from './settle';

type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressLike {
  readonly displayName?: string;
  readonly emailAddress?: string;
}

export interface AttachmentDetailsLike {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  readonly size: number;
  /** 'file' | 'item' | 'cloud' */
  readonly attachmentType: string;
  readonly isInline: boolean;
}

export interface AttachmentContentLike {
  /** 'base64' | 'url' | 'eml' | 'iCalendar' */
  readonly format: string;
  readonly content: string;
}

export interface MessageItemLike {
  /** 'message' | 'appointment' */
  readonly itemType: string;
  /** A string in read mode; an object with getAsync in compose mode (drafts). */
  readonly subject: unknown;
  readonly from?: EmailAddressLike | null;
  readonly sender?: EmailAddressLike | null;
  readonly to?: readonly EmailAddressLike[];
  readonly cc?: readonly EmailAddressLike[];
  readonly internetMessageId?: string;
  readonly dateTimeCreated?: Date;
  readonly attachments?: readonly AttachmentDetailsLike[];
  readonly body: { getAsync(coercionType: string, callback: Callback<string>): void };
  /** Mailbox 1.14 */
  getAsFileAsync?(callback: Callback<string>): void;
  /** Mailbox 1.8 */
  getAllInternetHeadersAsync?(callback: Callback<string>): void;
  /** Mailbox 1.8 */
  getAttachmentContentAsync?(attachmentId: string, callback: Callback<AttachmentContentLike>): void;
}

/** Office.context.mailbox, as far as Occhio uses it. */
export interface MailboxLike {
  readonly item: MessageItemLike | null | undefined;
  addHandlerAsync?(eventType: string, handler: (event?: unknown) => void, callback?: Callback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: Callback<void>): void;
}

/** Office.context.requirements.isSetSupported('Mailbox', version). */
export type SupportsMailbox = (version: string) => boolean;
