// Property-based test for the link and attachment detectors: whatever links, HTML and attachments arrive (random,
// adversarial, huge), each detector returns well-formed findings without throwing, in bounded time.
import fc from 'fast-check';
import type { Detector, MailAttachment } from '../../../src/engine';
import { listZipEntries, sniffFileType } from '../../../src/engine/attachments';
import { brandAssetHotlink } from '../../../src/engine/detectors/brand-asset-hotlink';
import { brandLinkMismatch } from '../../../src/engine/detectors/brand-link-mismatch';
import { hiddenText } from '../../../src/engine/detectors/hidden-text';
import { htmlForm } from '../../../src/engine/detectors/html-form';
import { riskyAttachment } from '../../../src/engine/detectors/risky-attachment';
import { suspiciousLink } from '../../../src/engine/detectors/suspicious-link';
import { abusedHosting, downloadedFile, hostToUnicode, ipHost, splitHref, unwrapRedirect } from '../../../src/engine/url';
import { latin1, makeZip, PE_HEAD } from '../attachments/make-files';
import { FUZZ_SEED, runDetectorsTimed } from '../../support/fuzz-detectors';

const DETECTORS: readonly Detector[] = [brandAssetHotlink, brandLinkMismatch, hiddenText, htmlForm, riskyAttachment, suspiciousLink];
/** Generous bound for one analysis of a huge message: linear work is tens of milliseconds, quadratic is minutes. */
const MAX_MS_FOR_HUGE_INPUT = 2_000;

/** URLs assembled from the pieces attackers vary: schemes, userinfo, IP forms, punycode, brand prefixes, extensions. */
const adversarialUrl = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTP:\\\\', 'http:', 'javascript:', 'data:text/html,', 'search-ms:', 'ftp://', '//', 'www.', ''),
    fc.constantFrom('', 'paypal.com@', 'user:pw@', '@', '@@', 'a@b@'),
    fc.constantFrom(
      '0x7f.1', '3232235777', '010036057336', '[::1]', '1.2.3.4', 'xn--pypal-4ve.com', 'xn--', 'xn--!!', 'a.b.c.d.e.f.g.example.com',
      'www.amazon.it.verify.top', 'bit.ly', 'evil.web.app', 'docs.google.com', 'x.ipfs.dweb.link', 'amzn.to', '', '.', '..',
      'a'.repeat(300), `${'a.'.repeat(100)}com`, '0x', '999999999999', '1.1.1.1.1',
    ),
    fc.constantFrom('', ':8080', ':', ':99999'),
    fc.constantFrom('', '/', '/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', '/a/Invoice.pdf.exe', '/%E0%A4%A', '/forms/d/x', '?url=https%3A%2F%2F0x7f.1%2F', '#x.iso'),
    fc.string({ maxLength: 30 }),
  )
  .map((parts) => parts.join(''));

const anyUrl = fc.oneof(adversarialUrl, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'binary', maxLength: 100 }));

/** HTML pieces that exercise links, forms, hidden text and images, glued in random order. */
const htmlPiece = fc.oneof(
  anyUrl.map((url) => `<a href="${url.replace(/"/g, '&quot;')}">${url.slice(0, 20)}</a>`),
  anyUrl.map((url) => `<a href="${url.replace(/"/g, '&quot;')}">Verify now</a>`),
  anyUrl.map((url) => `<img src="${url.replace(/"/g, '&quot;')}" alt="Amazon">`),
  anyUrl.map((url) => `<form action="${url.replace(/"/g, '&quot;')}"><input type=password name=pw><input name=cvv>`),
  fc.constantFrom(
    '<span style="display:none">', '</span>', '<div style="font-size:0">', '</div>', '<p>', 'Amazon', 'PayPal', 'pass\u200bword',
    'Frее', '\u202e', '&#8203;', '&zwnj;', '<form>', '</form>', '<input type="text" name="q">', '<a href=', '<', '>', '"',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const attachmentArb: fc.Arbitrary<Partial<MailAttachment>> = fc.record({
  filename: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('.pdf', '.pdf.exe', '\u202efdp.exe', '.zip', '.html', '.svg', '.docm', '.iso', '.mobileconfig', '. . .', '.', '')).map(([a, b]) => a + b),
  ),
  contentType: fc.constantFrom('application/pdf', 'application/octet-stream', 'text/html', 'image/png', 'application/zip', ''),
  disposition: fc.constantFrom('attachment' as const, 'inline' as const, 'other' as const),
  head: fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.uint8Array({ maxLength: 200 }).map((rest) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest])),
    fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }).map((names) => makeZip(names.map((name) => ({ name })))),
    fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }).chain((names) =>
      fc.nat({ max: 400 }).map((cut) => makeZip(names.map((name) => ({ name, dataDescriptor: true })), cut)),
    ),
    fc.constant(PE_HEAD),
    fc.string({ maxLength: 200 }).map((s) => latin1(`<html>${s}<script>`)),
  ),
});

describe('link and attachment detectors under fuzzing', () => {
  it('url helpers never throw on random and adversarial URLs', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const parts = splitHref(url);
        ipHost(parts.host);
        hostToUnicode(parts.host);
        abusedHosting(parts.host, parts.rest);
        downloadedFile(parts.rest);
        unwrapRedirect(url);
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });

  it('never throw and return well-formed findings on random links and HTML', () => {
    fc.assert(
      fc.property(fc.array(htmlPiece, { maxLength: 30 }), fc.array(anyUrl, { maxLength: 5 }), fc.string({ maxLength: 60 }), (pieces, textUrls, subject) => {
        runDetectorsTimed(DETECTORS, { html: pieces.join(''), subject, from: 'Amazon <x@y.example>' });
        runDetectorsTimed(DETECTORS, { text: textUrls.join(' '), subject, from: subject });
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('never throw on random attachments and bytes', () => {
    fc.assert(
      fc.property(fc.array(attachmentArb, { maxLength: 4 }), (attachments) => {
        runDetectorsTimed(DETECTORS, { attachments });
        for (const attachment of attachments) {
          if (!attachment.head) continue;
          sniffFileType(attachment.head);
          listZipEntries(attachment.head);
        }
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it.each([
    ['1,000 IP links', Array.from({ length: 1_000 }, (_, i) => `<a href="http://10.0.${i % 250}.${i % 200}/x">Verify</a>`).join('')],
    ['a 2 MB link', `<a href="http://a.example/${'%41'.repeat(700_000)}">x</a>`],
    ['deeply nested hidden spans', '<span style="display:none">a'.repeat(20_000)],
    ['200 hidden runs of salt', '<span style="display:none">lorem ipsum dolor sit amet consectetur </span>'.repeat(5_000)],
    ['a megabyte of zero-width joiners between letters', `<p>${'a\u200c'.repeat(500_000)}</p>`],
    ['a megabyte of mixed-script letters', `<p>${'аa'.repeat(500_000)}</p>`],
    ['forms with thousands of inputs', `<form action="x">${'<input type=text name=email>'.repeat(20_000)}</form>`],
  ])('stay bounded on %s', (_name, html) => {
    expect(runDetectorsTimed(DETECTORS, { html, subject: 'Amazon' })).toBeLessThan(MAX_MS_FOR_HUGE_INPUT);
  });

  it('stays bounded on hostile attachment bytes', () => {
    const headers = new Uint8Array(256 * 1024);
    for (let i = 0; i + 4 <= headers.length; i += 4) headers.set([0x50, 0x4b, 0x03, 0x04], i);
    const markup = latin1('<'.repeat(256 * 1024));
    const zipOfMany = makeZip(Array.from({ length: 2_000 }, (_, i) => ({ name: `f${i}.txt` })));
    const attachments = [
      { filename: 'a.zip', head: headers },
      { filename: 'b.html', head: markup },
      { filename: 'c.svg', head: markup },
      { filename: 'd.zip', head: zipOfMany },
      { filename: 'e.pdf', head: latin1(`%PDF-1.7 ${'/'.repeat(256 * 1024)}`) },
      { filename: `${'.'.repeat(10_000)}exe` },
    ];
    expect(runDetectorsTimed(DETECTORS, { attachments })).toBeLessThan(MAX_MS_FOR_HUGE_INPUT);
  });
});
