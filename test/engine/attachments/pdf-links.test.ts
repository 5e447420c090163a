import { pdfLinks } from '../../../src/engine/attachments';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('pdfLinks', () => {
  it('reads literal and hex link annotations, once each', () => {
    const hex = Buffer.from('https://x.example/b').toString('hex');
    const pdf = latin1(`%PDF-1.4\n<</S /URI /URI (https://bit.ly/3Yw04dm)>>\n<</URI(https://bit.ly/3Yw04dm)>>\n<</URI <${hex}>>>`);
    expect(pdfLinks(pdf)).toEqual(['https://bit.ly/3Yw04dm', 'https://x.example/b']);
  });

  it('skips URLs with escaped parentheses and finds nothing in a PDF without links', () => {
    expect(pdfLinks(latin1('%PDF-1.4\n<</URI (https://x.example/a\\(1\\))>>'))).toEqual([]);
    expect(pdfLinks(latin1('%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj'))).toEqual([]);
  });

  it('stops at 20 links', () => {
    const many = Array.from({ length: 30 }, (_, i) => `<</URI (https://x.example/${i})>>`).join('\n');
    expect(pdfLinks(latin1(`%PDF-1.4\n${many}`))).toHaveLength(20);
  });
});
