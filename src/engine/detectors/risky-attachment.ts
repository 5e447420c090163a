import type { RiskyFileKind, SniffedType } from '../attachments';
import {
  EXECUTABLE_TYPES,
  fileExtensions,
  hasBidiControl,
  hasInvisibleFiller,
  htmlTricks,
  listZipEntries,
  oleHasMacros,
  pdfActiveContent,
  pdfLinks,
  revealInvisible,
  riskyKindOfExtension,
  RUNNABLE_KINDS,
  sniffFileType,
} from '../attachments';
import type { Finding, MailAttachment, Severity } from '../model';
import { defineDetector } from '../model';
import { throwawayDestination } from '../url';

type RiskyAttachmentMessageId =
  | 'disguisedName'
  | 'doubleExtension'
  | 'runnable'
  | 'typeMismatch'
  | 'deviceProfile'
  | 'macros'
  | 'htmlSmuggling'
  | 'htmlAttachment'
  | 'archiveContent'
  | 'encryptedArchive'
  | 'archive'
  | 'pdfScript'
  | 'pdfLink'
  | 'passwordGiven';

/** Extensions people take for harmless documents: the decoy half of 'Invoice.pdf.exe'. */
const DOCUMENT_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'rtf', 'csv', 'odt', 'ods', 'jpg', 'jpeg', 'png', 'gif',
  'bmp', 'tif', 'tiff', 'mp3', 'mp4', 'wav', 'avi', 'mov', 'eml', 'msg', 'xml', 'json', 'ics', 'zip',
]);

/** What a document's first bytes must look like for its extension; other sniffed types contradict the name. */
const EXPECTED_CONTENT: Readonly<Record<string, readonly SniffedType[]>> = {
  pdf: ['pdf'],
  doc: ['ole', 'rtf', 'html'], xls: ['ole', 'html'], ppt: ['ole'], msg: ['ole'],
  docx: ['zip'], xlsx: ['zip'], pptx: ['zip'], odt: ['zip'], ods: ['zip'],
  jpg: ['jpeg', 'png', 'gif', 'webp'], jpeg: ['jpeg', 'png', 'gif', 'webp'], png: ['png', 'jpeg', 'gif', 'webp'],
  gif: ['gif', 'png', 'jpeg', 'webp'], txt: [], csv: [], ics: [], rtf: ['rtf'], xml: ['svg', 'device-profile'],
};

const KIND_OF_SNIFFED: Partial<Record<SniffedType, RiskyFileKind>> = {
  pe: 'executable', elf: 'executable', 'mach-o': 'executable', lnk: 'shortcut', iso: 'disk-image', vhdx: 'disk-image',
  html: 'html', svg: 'svg', 'device-profile': 'device-profile', zip: 'archive', rar: 'archive', '7z': 'archive',
  gzip: 'archive', cab: 'archive',
};

/** Format names people and analysts recognise, the same in every language. */
const FORMAT_LABEL: Partial<Record<SniffedType, string>> = {
  pe: 'EXE', elf: 'ELF', 'mach-o': 'Mach-O', lnk: 'LNK', iso: 'ISO', vhdx: 'VHD', zip: 'ZIP', rar: 'RAR', '7z': '7z',
  gzip: 'GZIP', cab: 'CAB', html: 'HTML', svg: 'SVG', 'device-profile': 'mobileconfig',
};

function formatLabel(sniffed: SniffedType): string {
  return FORMAT_LABEL[sniffed] ?? sniffed;
}

/** Office formats whose ZIP container may hold a VBA project. */
const OOXML_EXTENSIONS = new Set(['docx', 'docm', 'dotm', 'xlsx', 'xlsm', 'xltm', 'xlam', 'pptx', 'pptm', 'potm', 'ppsm', 'ppam']);

/** ZIP-based formats that are documents or apps, not archives to open. */
const ZIP_DOCUMENT_EXTENSIONS = new Set([...OOXML_EXTENSIONS, 'odt', 'ods', 'odp', 'epub', 'jar', 'apk', 'xapk', 'appx', 'msix', 'vsdx', 'xps', 'oxps', 'kmz']);

/** Shortcuts that only open a web address are less dangerous than .lnk loaders. */
const WEB_SHORTCUTS = new Set(['url', 'website']);

interface Verdict {
  messageId: RiskyAttachmentMessageId;
  severity: Severity;
  data: Record<string, string>;
  /** Evidence beyond the file name (the link a PDF carries). */
  also?: string;
}

/** The name as the message shows it, with invisible and bidi characters made visible ('a<U+202E>b'), for the wording. */
function displayName(attachment: MailAttachment): string {
  return revealInvisible(attachment.filename.slice(0, 200)) || attachment.contentType || '?';
}

/** Evidence quotes the message exactly: the file name as written (or its declared type when it has no name). */
function quotedName(attachment: MailAttachment): string {
  return attachment.filename.slice(0, 200) || attachment.contentType || '?';
}

/** The riskiest thing inside a ZIP (by entry name), or undefined when it holds only documents. */
function riskyZipEntry(bytes: Uint8Array): { verdict: 'content' | 'encrypted' | 'plain'; name: string; entries: number } {
  const listing = listZipEntries(bytes);
  for (const entry of listing.entries) {
    const extensions = fileExtensions(entry.name);
    const kind = riskyKindOfExtension(extensions[0] ?? '');
    if (hasBidiControl(entry.name) || (kind && (RUNNABLE_KINDS.has(kind) || kind === 'html' || kind === 'macro-office' || kind === 'device-profile'))) {
      return { verdict: 'content', name: entry.name, entries: listing.entries.length };
    }
  }
  const encrypted = listing.entries.find((e) => e.encrypted);
  if (encrypted) return { verdict: 'encrypted', name: encrypted.name, entries: listing.entries.length };
  return { verdict: 'plain', name: listing.entries[0]?.name ?? '', entries: listing.entries.length };
}

function hasOoxmlMacros(bytes: Uint8Array): boolean {
  return listZipEntries(bytes).entries.some((e) => /vbaProject\.bin$/i.test(e.name));
}

/**
 * The body gives an archive's password ('Password: 4471', 'senha: 123'): the classic way to get malware past
 * scanners, which cannot open the archive but the reader can.
 */
const PASSWORD_IN_BODY = /\b(?:password|passwort|kennwort|senha|contrase[nñ]a|mot de passe|parola d'ordine|pass|pw|pwd)\s{0,3}[:=]\s{0,3}\S{1,40}/i;

/** Every byte of the attachment is in `head`, so the checks on its content saw all of it. */
function readWhole(attachment: MailAttachment): boolean {
  return attachment.head !== undefined && attachment.size > 0 && attachment.head.byteLength >= attachment.size;
}

/**
 * The body hands over a document's password as a value with a digit in it ('Senha PDF: 123', 'Senha de acesso: 4471',
 * 'Password for the attached file: 2024'): up to three words may stand between the word and the colon. A protected
 * document is one a scanner cannot read; a bank that protects a statement tells how the password is built ('your
 * date of birth') and never writes it beside the file, so 'Password: your tax code' does not count.
 */
const DOCUMENT_PASSWORD_GIVEN =
  /\b(?:password|passwort|kennwort|senha|contrase[nñ]a|mot de passe|parola d'ordine|wachtwoord)(?:[ \t]{1,3}[\p{L}]{1,12}){0,3}[ \t]{0,3}[:=][ \t]{0,3}(?=[^\s\d]{0,19}\d)[^\s]{1,20}/iu;

/** Documents a password can lock: PDFs and Office files (archives have their own, stronger check). */
const LOCKABLE_DOCUMENTS: ReadonlySet<string> = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf']);

/** The strongest reason this attachment is risky, or undefined. Checks run from strongest to weakest. */
function judge(attachment: MailAttachment, passwordGiven: boolean, documentPassword: string | undefined): Verdict | undefined {
  const name = attachment.filename;
  const file = displayName(attachment);
  const extensions = fileExtensions(name);
  const extension = extensions[0] ?? '';
  const nameKind = riskyKindOfExtension(extension);
  const bytes = attachment.head ?? new Uint8Array(0);
  const sniffed = sniffFileType(bytes);
  // docx, xlsx, odt, jar and apk are ZIP containers: their risk is judged by their own rules, not as archives.
  const isZipDocument = sniffed === 'zip' && ZIP_DOCUMENT_EXTENSIONS.has(extension);
  const contentKind = isZipDocument ? undefined : KIND_OF_SNIFFED[sniffed];

  // 'invoice\u202Efdp.exe' shows as 'invoiceexe.pdf'; invisible fillers push the real extension out of view.
  if (hasBidiControl(name)) return { messageId: 'disguisedName', severity: 'high', data: { file } };
  if (hasInvisibleFiller(name)) {
    const severity: Severity = nameKind || contentKind ? 'high' : 'medium';
    return { messageId: 'disguisedName', severity, data: { file } };
  }

  const decoy = extensions[1] ?? '';
  if (nameKind && (RUNNABLE_KINDS.has(nameKind) || nameKind === 'html') && DOCUMENT_EXTENSIONS.has(decoy) && !(nameKind === 'html' && decoy === 'xml')) {
    return { messageId: 'doubleExtension', severity: 'high', data: { file, real: extension, shown: decoy } };
  }

  if (nameKind && RUNNABLE_KINDS.has(nameKind)) {
    const severity: Severity = nameKind === 'shortcut' && WEB_SHORTCUTS.has(extension) ? 'medium' : 'high';
    return { messageId: 'runnable', severity, data: { file, kind: nameKind, type: extension.toUpperCase() } };
  }

  // The content is a program (or a disk image, a profile, an archive) but the name or type says a document.
  if (contentKind && sniffed !== 'unknown' && nameKind !== contentKind) {
    const expected = EXPECTED_CONTENT[extension];
    const contradicts = extension === '' || expected === undefined || !expected.includes(sniffed);
    if (EXECUTABLE_TYPES.has(sniffed) || sniffed === 'iso' || sniffed === 'vhdx') {
      return { messageId: 'typeMismatch', severity: 'high', data: { file, actual: formatLabel(sniffed) } };
    }
    if (sniffed === 'device-profile') return { messageId: 'deviceProfile', severity: 'high', data: { file } };
    if ((sniffed === 'html' || sniffed === 'svg') && contradicts && nameKind !== 'html' && nameKind !== 'svg') {
      const tricks = htmlTricks(bytes);
      if (tricks.length > 0) return { messageId: 'htmlSmuggling', severity: 'high', data: { file, tricks: tricks.join(', ') } };
      if (extension !== '') return { messageId: 'typeMismatch', severity: 'medium', data: { file, actual: formatLabel(sniffed) } };
    }
    if (contentKind === 'archive' && expected !== undefined && !expected.includes(sniffed)) {
      return { messageId: 'typeMismatch', severity: 'medium', data: { file, actual: formatLabel(sniffed) } };
    }
  }

  if (nameKind === 'device-profile') return { messageId: 'deviceProfile', severity: 'high', data: { file } };

  if (nameKind === 'html' || nameKind === 'svg') {
    const tricks = htmlTricks(bytes);
    if (tricks.length > 0) return { messageId: 'htmlSmuggling', severity: 'high', data: { file, tricks: tricks.join(', ') } };
    // A plain SVG is a picture; a plain HTML file still opens as a local page with no address bar. Read whole and
    // with nothing that runs, asks or redirects, it is a static document (billing platforms attach invoices so):
    // low. Read in part, or not at all (an older Outlook gives no content), what it does is unknown: medium.
    if (nameKind === 'html') return { messageId: 'htmlAttachment', severity: readWhole(attachment) ? 'low' : 'medium', data: { file } };
  }

  if (nameKind === 'macro-office' || (sniffed === 'zip' && OOXML_EXTENSIONS.has(extension) && hasOoxmlMacros(bytes)) || (sniffed === 'ole' && oleHasMacros(bytes))) {
    return { messageId: 'macros', severity: 'medium', data: { file } };
  }

  if (sniffed === 'zip' && !isZipDocument) {
    const inside = riskyZipEntry(bytes);
    if (inside.verdict === 'content') {
      const inner = revealInvisible(inside.name.slice(0, 200));
      return { messageId: 'archiveContent', severity: 'high', data: { file, inner } };
    }
    if (inside.verdict === 'encrypted') return { messageId: 'encryptedArchive', severity: passwordGiven ? 'high' : 'medium', data: { file } };
    return { messageId: 'archive', severity: 'low', data: { file } };
  }
  if (nameKind === 'archive' || contentKind === 'archive') {
    return { messageId: 'archive', severity: 'low', data: { file } };
  }

  if (sniffed === 'pdf') {
    const actions = pdfActiveContent(bytes);
    if (actions.length > 0 && (actions.includes('/Launch') || !documentPassword)) {
      const severity: Severity = actions.includes('/Launch') ? 'medium' : 'low';
      return { messageId: 'pdfScript', severity, data: { file, actions: actions.join(', ') } };
    }
    // The PDF is a wrapper around a link to a shortener, free hosting or a cheap domain ('Bitcoin_balance.pdf' whose
    // only button opens bit.ly): weak alone, since flyers carry short links too, but filters never look there.
    for (const link of pdfLinks(bytes)) {
      const destination = throwawayDestination(link);
      if (destination && !documentPassword) return { messageId: 'pdfLink', severity: 'low', data: { file, place: destination.place }, also: link.slice(0, 300) };
    }
  }
  // 'Veja no arquivo em anexo. Senha PDF: 123': the file is locked against scanners and the key travels beside it.
  if (documentPassword && (sniffed === 'pdf' || LOCKABLE_DOCUMENTS.has(extension))) {
    return { messageId: 'passwordGiven', severity: 'medium', data: { file }, also: documentPassword };
  }
  return undefined;
}

/** Attachments that run code, hide what they are, or carry something that does (SpamAssassin/Defender file filters). */
export const riskyAttachment = defineDetector({
  id: 'risky-attachment',
  kind: 'attachment',
  title: { en: 'Dangerous attachment', it: 'Allegato pericoloso' },
  severity: 'high',
  explanation: {
    en: 'Opening this attachment can run a program, install settings on your device or open a fake login page. Businesses almost never send such files by email.',
    it: 'Aprire questo allegato può avviare un programma, installare impostazioni sul dispositivo o aprire una falsa pagina di accesso. Le aziende non inviano quasi mai file simili per email.',
  },
  messages: {
    disguisedName: {
      en: 'The name of {file} contains invisible or right-to-left characters that hide its real type.',
      it: 'Il nome di {file} contiene caratteri invisibili o da destra a sinistra che ne nascondono il vero tipo.',
    },
    doubleExtension: {
      en: '{file} looks like a .{shown} file but is really a .{real} file.',
      it: '{file} sembra un file .{shown} ma in realtà è un file .{real}.',
    },
    runnable: {
      en: '{file} is a file that runs when opened ({type}).',
      it: '{file} è un file che si esegue quando viene aperto ({type}).',
    },
    typeMismatch: {
      en: 'The content of {file} is not what its name says: it is really a {actual} file.',
      it: 'Il contenuto di {file} non è quello che dice il nome: in realtà è un file {actual}.',
    },
    deviceProfile: {
      en: '{file} is a configuration profile: installing it hands your mail, contacts or network to someone else.',
      it: '{file} è un profilo di configurazione: installarlo consegna a qualcun altro la posta, i contatti o la rete.',
    },
    macros: {
      en: '{file} is an Office document with macros, a common way to install malware.',
      it: '{file} è un documento Office con macro, un modo comune per installare malware.',
    },
    htmlSmuggling: {
      en: '{file} is a web page that runs code or asks for data when opened ({tricks}).',
      it: '{file} è una pagina web che esegue codice o chiede dati quando viene aperta ({tricks}).',
    },
    htmlAttachment: {
      en: '{file} is a web page attached to the message: it opens with no address to check.',
      it: '{file} è una pagina web allegata al messaggio: si apre senza un indirizzo da controllare.',
    },
    archiveContent: {
      en: 'The archive {file} contains {inner}, a file that runs when opened.',
      it: 'L’archivio {file} contiene {inner}, un file che si esegue quando viene aperto.',
    },
    encryptedArchive: {
      en: 'The archive {file} is password-protected, so security scanners cannot look inside it.',
      it: 'L’archivio {file} è protetto da password, quindi i controlli di sicurezza non possono guardarci dentro.',
    },
    archive: {
      en: '{file} is a compressed archive: check what it contains before opening anything inside.',
      it: '{file} è un archivio compresso: controlla cosa contiene prima di aprire qualcosa al suo interno.',
    },
    pdfScript: {
      en: 'The PDF {file} contains actions that run when it opens ({actions}).',
      it: 'Il PDF {file} contiene azioni che partono quando viene aperto ({actions}).',
    },
    pdfLink: {
      en: 'The PDF {file} contains a link to {place}, an address that hides who runs the page.',
      it: 'Il PDF {file} contiene un link all’indirizzo {place}, che nasconde chi gestisce la pagina.',
    },
    passwordGiven: {
      en: 'The message gives the password that opens {file}: a locked file hides its content from security checks, and a real sender never writes the key next to it.',
      it: 'Il messaggio riporta la password che apre {file}: un file protetto nasconde il contenuto ai controlli di sicurezza, e un mittente vero non scrive mai la chiave accanto al file.',
    },
  },
  run(message) {
    const findings: Finding[] = [];
    const body = message.visibleText.slice(0, 20_000);
    const passwordGiven = PASSWORD_IN_BODY.test(body);
    const documentPassword = DOCUMENT_PASSWORD_GIVEN.exec(body)?.[0];
    for (const attachment of message.attachments) {
      const verdict = judge(attachment, passwordGiven, documentPassword);
      if (!verdict) continue;
      const { also, ...finding } = verdict;
      findings.push({ detectorId: 'risky-attachment', ...finding, evidence: also ? [quotedName(attachment), also] : [quotedName(attachment)] });
    }
    return findings;
  },
});
