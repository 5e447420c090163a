import { extractHtml } from '../../../src/engine/parse/extract-html';

describe('extractHtml', () => {
  it('gives the text a reader sees, without scripts, styles or the head', () => {
    const { visibleText } = extractHtml('<html><head><title>T</title><style>.a{}</style></head><body><p>Hello&nbsp;<b>there</b></p><script>x()</script><td>a</td><td>b</td></body></html>');
    expect(visibleText).toBe('Hello there\na\nb');
  });

  it.each([
    ['<span style="display: none !important">x1</span>', 'display-none'],
    ['<span style="visibility:hidden">x1</span>', 'visibility-hidden'],
    ['<span style="font-size:0px">x1</span>', 'zero-size'],
    ['<span style="opacity:0">x1</span>', 'zero-opacity'],
    ['<span style="color:#FFFFFF">x1</span>', 'invisible-color'],
    ['<div style="background-color:#123456"><span style="color: #123456">x1</span></div>', 'invisible-color'],
    ['<div style="max-height:0;overflow:hidden">x1</div>', 'zero-size'],
    ['<p hidden>x1</p>', 'display-none'],
  ])('records hidden text: %s', (html, reason) => {
    const result = extractHtml(`<p>shown</p>${html}`);
    expect(result.hiddenText).toEqual([{ text: 'x1', reason }]);
    expect(result.visibleText).toBe('shown');
  });

  it('does not call white text on a dark background hidden', () => {
    expect(extractHtml('<td bgcolor="#000000"><span style="color:#ffffff">Buy</span></td>').hiddenText).toEqual([]);
  });

  it.each([
    // The inline-block layout of responsive mail: font-size:0 on the row, each cell sets its own size.
    ['<td style="font-size:0"><div style="font-size:14px">Your order</div></td>', 'Your order'],
    // A dark footer whose paragraph is written black and whose span is written white.
    ['<td bgcolor="#000000"><p style="color:#000000"><span style="color: rgb(255, 255, 255)">Unsubscribe</span></p></td>', 'Unsubscribe'],
  ])('shows text whose own size or colour undoes an ancestor\'s hiding: %s', (html, shown) => {
    const result = extractHtml(html);
    expect(result.hiddenText).toEqual([]);
    expect(result.visibleText).toBe(shown);
  });

  it.each([
    ['<div style="display:none"><span style="font-size:14px">x1</span></div>', 'display-none'],
    ['<div style="font-size:0;max-height:0;overflow:hidden"><span style="font-size:14px">x1</span></div>', 'zero-size'],
    ['<span style="font-size:0"><b style="font-size:inherit">x1</b></span>', 'zero-size'],
    ['<span style="font-size:0"><b>x1</b></span>', 'zero-size'],
  ])('keeps hiding that a descendant cannot undo: %s', (html, reason) => {
    expect(extractHtml(html).hiddenText).toEqual([{ text: 'x1', reason }]);
  });

  it('records where a linked image leads', () => {
    const result = extractHtml('<img src="https://a.example/logo.png" alt="Acme"><a href="https://facebook.com/acme"><img src="https://a.example/fb.png" alt="Facebook"></a>');
    expect(result.images.map((image) => image.href)).toEqual([undefined, 'https://facebook.com/acme']);
  });

  it('survives HTML that never closes its tags', () => {
    const result = extractHtml('<div><a href="https://a.example/">open <b>bold <i>italic');
    expect(result.visibleText).toBe('open bold italic');
    expect(result.links).toEqual([{ href: 'https://a.example/', text: 'open bold italic', source: 'anchor' }]);
  });

  it('finds area links and keeps image alt as the text of image-only links', () => {
    const result = extractHtml('<map><area href="https://x.example/a" alt="Login"></map><a href="https://y.example/"><img src="logo.png" alt="PayPal"></a>');
    expect(result.links).toEqual([
      { href: 'https://x.example/a', text: 'Login', source: 'area' },
      { href: 'https://y.example/', text: 'PayPal', source: 'image-link' },
    ]);
  });

  it('cuts HTML beyond MAX_HTML_CHARS and says so', () => {
    const result = extractHtml(`<p>${'a '.repeat(1_100_000)}</p>`);
    expect(result.limitsHit).toEqual(['MAX_HTML_CHARS']);
  });
});
