import { fileExtensions, hasBidiControl, htmlTricks, oleHasMacros, revealInvisible, sniffFileType } from '../../../src/engine/attachments';
import { isoHead, latin1, LNK_HEAD, makeZip, oleWithMacrosHead, OLE_HEAD, PDF_HEAD, PE_HEAD, PNG_HEAD, signedProfileHead } from './make-files';

describe('sniffFileType', () => {
  it.each([
    ['pe', PE_HEAD],
    ['pdf', PDF_HEAD],
    ['png', PNG_HEAD],
    ['ole', OLE_HEAD],
    ['lnk', LNK_HEAD],
    ['zip', makeZip([{ name: 'a.txt' }])],
    ['iso', isoHead()],
    ['device-profile', signedProfileHead()],
    ['html', new TextEncoder().encode('\ufeff  <!DOCTYPE html><html><body>hi</body></html>')],
    ['html', latin1('\xef\xbb\xbf<html>')],
    ['svg', latin1('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['rtf', latin1('{\\rtf1\\ansi')],
    ['unknown', latin1('Just some text')],
    ['unknown', new Uint8Array(0)],
  ])('recognises %s', (expected, bytes) => {
    expect(sniffFileType(bytes)).toBe(expected);
  });

  it('does not take an S/MIME signature (PKCS#7 without a plist) for a profile', () => {
    expect(sniffFileType(Uint8Array.from([0x30, 0x82, 0x0b, 0x18, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]))).toBe('unknown');
  });
});

describe('file names', () => {
  it('reads extensions from last to first as Windows does', () => {
    expect(fileExtensions('Invoice.PDF.exe')).toEqual(['exe', 'pdf']);
    expect(fileExtensions('report.exe. . ')).toEqual(['exe']);
    expect(fileExtensions('README')).toEqual([]);
    expect(fileExtensions('Scan 12.05.2024 copy.pdf')).toEqual(['pdf']);
  });

  it('finds and reveals right-to-left overrides', () => {
    expect(hasBidiControl('invoice\u202Efdp.exe')).toBe(true);
    expect(hasBidiControl('fattura.pdf')).toBe(false);
    expect(revealInvisible('a\u202Eb')).toBe('a<U+202E>b');
  });
});

describe('content tricks', () => {
  it('finds scripts, forms and refreshes in attached pages', () => {
    expect(htmlTricks(latin1('<html><form action="https://x.example">'))).toEqual(['form']);
    expect(htmlTricks(latin1('<meta http-equiv="refresh" content="0;url=https://x.example">'))).toEqual(['meta-refresh']);
    expect(htmlTricks(latin1('<script>const b = new Blob([atob(p)]); navigator.msSaveOrOpenBlob(b)</script>'))).toEqual(['script', 'embedded-file']);
    expect(htmlTricks(latin1('<svg onload="location=1">'))).toEqual(['event-handler']);
    expect(htmlTricks(latin1('<html><p>Meeting notes</p></html>'))).toEqual([]);
  });

  it('finds VBA projects in legacy Office files', () => {
    expect(oleHasMacros(oleWithMacrosHead())).toBe(true);
    expect(oleHasMacros(OLE_HEAD)).toBe(false);
  });
});
