import { parseEml } from '../../../src/engine';
import { eml, multipart } from '../../support/eml';

async function parseOk(raw: string | Uint8Array) {
  const result = await parseEml(raw);
  if (!result.ok) throw new Error(`expected a message, got ${result.error.code}: ${result.error.reason}`);
  return result.message;
}

const BASE = { From: '"Amazon.it" <no-reply@Mail.Amazon.IT>', To: 'mario@acme.example', Date: 'Wed, 25 Nov 2026 10:00:00 +0100' };

describe('parseEml', () => {
  it('reads addresses, subject and plain text', async () => {
    const message = await parseOk(eml({ ...BASE, Subject: 'Il tuo ordine', 'Reply-To': 'Help <help@gmail.com>', 'Return-Path': '<bounce@ses.example>' }, 'Ciao Mario,\nil tuo ordine è partito.'));
    expect(message.from).toEqual({ name: 'Amazon.it', address: 'no-reply@Mail.Amazon.IT', domain: 'mail.amazon.it' });
    expect(message.replyTo).toEqual([{ name: 'Help', address: 'help@gmail.com', domain: 'gmail.com' }]);
    expect(message.returnPath).toBe('bounce@ses.example');
    expect(message.subject).toBe('Il tuo ordine');
    expect(message.visibleText).toContain('il tuo ordine è partito');
    expect(message.headers.map((h) => h.key)).toEqual(['from', 'to', 'date', 'subject', 'reply-to', 'return-path']);
  });

  it.each([
    ['Gruppo Nexi assistenza@nexi-noreply.com', 'Gruppo Nexi', 'assistenza@nexi-noreply.com'],
    // The shown address is bait; the last one is where the mail comes from and where replies go.
    ['Nexi info@nexi.it assistenza@nexi-noreply.com', 'Nexi info@nexi.it', 'assistenza@nexi-noreply.com'],
    // postal-mime reads 'Name: address' as a group without a name.
    ['Nexi: assistenza@nexi-noreply.com', 'Nexi', 'assistenza@nexi-noreply.com'],
    ['=?utf-8?Q?Gruppo_Nexi?= assistenza@nexi-noreply.com', 'Gruppo Nexi', 'assistenza@nexi-noreply.com'],
    ['Poste Italiane info@poste-it.com (Servizio Clienti)', 'Poste Italiane', 'info@poste-it.com'],
    ['Mario Rossi mario@x.it, Luigi l@y.it', 'Mario Rossi', 'mario@x.it'],
    ['"Gruppo Nexi" <assistenza@nexi.it>', 'Gruppo Nexi', 'assistenza@nexi.it'],
  ])('reads the From line %j as mail clients do (the address is the last word with an @)', async (from, name, address) => {
    const message = await parseOk(eml({ ...BASE, From: from }, 'Ciao'));
    expect(message.from?.name).toBe(name);
    expect(message.from?.address).toBe(address);
  });

  it('decodes RFC 2047 words in the subject and in attachment names', async () => {
    const body = multipart('b1', [
      { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'see attachment' },
      {
        headers: {
          'Content-Type': 'application/pdf; name="=?ISO-8859-1?Q?fattura_n=B0_12.pdf?="',
          'Content-Disposition': 'attachment; filename="=?ISO-8859-1?Q?fattura_n=B0_12.pdf?="',
          'Content-Transfer-Encoding': 'base64',
        },
        body: Buffer.from('%PDF-1.7 test').toString('base64'),
      },
    ]);
    const message = await parseOk(eml({ ...BASE, Subject: '=?UTF-8?B?QXR0ZW56aW9uZTogYWNjZXNzbyBub24gYXV0b3JpenphdG8g4pqg?=', 'MIME-Version': '1.0', 'Content-Type': 'multipart/mixed; boundary="b1"' }, body));
    expect(message.subject).toBe('Attenzione: accesso non autorizzato ⚠');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({ filename: 'fattura n° 12.pdf', contentType: 'application/pdf', disposition: 'attachment', size: 13 });
    expect(new TextDecoder().decode(message.attachments[0]?.head)).toBe('%PDF-1.7 test');
  });

  it('decodes quoted-printable HTML in windows-1252 and extracts links, images and forms', async () => {
    const html = '<html><body><p>Caro cliente, l=92account =E8 sospeso.</p>' +
      '<a href=3D"https://evil.example/login">www.amazon.it</a>' +
      '<a href=3D"https://cdn.example/x"><img src=3D"https://m.media-amazon.com/logo.png" alt=3D"Amazon"></a>' +
      '<form action=3D"https://collect.example/post" method=3D"post"><input type=3D"password" name=3D"pw"></form>' +
      '<div style=3D"display:none">salt words here</div></body></html>';
    const message = await parseOk(eml({ ...BASE, Subject: 'x', 'MIME-Version': '1.0', 'Content-Type': 'text/html; charset=windows-1252', 'Content-Transfer-Encoding': 'quoted-printable' }, html));
    expect(message.visibleText).toContain('l’account è sospeso');
    expect(message.visibleText).not.toContain('salt words');
    expect(message.hiddenText).toEqual([{ text: 'salt words here', reason: 'display-none' }]);
    expect(message.links).toEqual([
      { href: 'https://evil.example/login', text: 'www.amazon.it', source: 'anchor' },
      { href: 'https://cdn.example/x', text: 'Amazon', source: 'image-link' },
      { href: 'https://collect.example/post', text: '', source: 'form-action' },
    ]);
    expect(message.images).toEqual([{ src: 'https://m.media-amazon.com/logo.png', alt: 'Amazon', width: undefined, height: undefined, href: 'https://cdn.example/x' }]);
    expect(message.forms).toEqual([{ action: 'https://collect.example/post', method: 'post', inputs: [{ name: 'pw', type: 'password' }] }]);
  });

  it('reads ISO-8859-15 base64 text and finds plain-text URLs', async () => {
    const text = Buffer.from('Prezzo 10 \xa4. Vai su https://www.poste.it/conto. Fine.', 'latin1').toString('base64');
    const message = await parseOk(eml({ ...BASE, Subject: 'x', 'Content-Type': 'text/plain; charset=ISO-8859-15', 'Content-Transfer-Encoding': 'base64' }, text));
    expect(message.text).toContain('10 €');
    expect(message.links).toEqual([{ href: 'https://www.poste.it/conto', text: 'https://www.poste.it/conto', source: 'text-url' }]);
  });

  it('prefers the HTML part for visible text in multipart/alternative', async () => {
    const body = multipart('alt', [
      { headers: { 'Content-Type': 'text/plain' }, body: 'plain version' },
      { headers: { 'Content-Type': 'text/html' }, body: '<p>html <b>version</b></p><script>alert(1)</script><style>p{}</style>' },
    ]);
    const message = await parseOk(eml({ ...BASE, Subject: 'x', 'Content-Type': 'multipart/alternative; boundary=alt' }, body));
    expect(message.text.trim()).toBe('plain version');
    expect(message.visibleText).toBe('html version');
  });

  it('parses the topmost Authentication-Results', async () => {
    const message = await parseOk(eml({
      'Authentication-Results': 'spf=fail (sender IP is 1.2.3.4) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=amazon.it;compauth=fail reason=000',
      ...BASE,
      Subject: 'x',
    }, 'body'));
    expect(message.auth.spf).toEqual({ result: 'fail', domain: 'evil.example' });
    expect(message.auth.dkim).toEqual([{ result: 'none', domain: undefined }]);
    expect(message.auth.dmarc).toEqual({ result: 'fail', domain: 'amazon.it', action: 'oreject' });
    expect(message.auth.compauth).toEqual({ result: 'fail', reason: '000' });
  });

  it('drops NUL and control characters from text and subject', async () => {
    const message = await parseOk(eml({ ...BASE, Subject: 'pay\u0000pal' }, 'pass\u0000word\u0007 here'));
    expect(message.subject).toBe('paypal');
    expect(message.text.trim()).toBe('password here');
  });

  it('parses message/rfc822 attachments with the same parser, at most MAX_ATTACHED_MESSAGES_READ of them', async () => {
    const attached = (n: number) => ({
      headers: { 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="m${n}.eml"` },
      body: `From: =?utf-8?B?UGF5UGFs?= <n${n}@paypal-resolution.top>\r\nSubject: =?utf-8?Q?Conto_n=C2=B0${n}?=\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nQ29uZmVybWEgbGEgcGFzc3dvcmQ=\r\n`,
    });
    const raw = eml({ From: 'a@acme.example', Subject: 'five', 'Content-Type': 'multipart/mixed; boundary="b"' }, multipart('b', [1, 2, 3, 4, 5].map(attached)));
    const read = (await parseOk(raw)).attachments.map((a) => a.message);
    expect(read[0]).toMatchObject({ from: { name: 'PayPal', address: 'n1@paypal-resolution.top' }, subject: 'Conto n°1', text: 'Conferma la password' });
    expect(read.map((m) => m !== undefined)).toEqual([true, true, true, false, false]);
  });

  it('gives typed errors for empty input and non-mail', async () => {
    expect(await parseEml('')).toEqual({ ok: false, error: { code: 'empty', reason: 'the file is empty' } });
    const garbage = await parseEml('just some words\nwithout any header\n');
    expect(garbage.ok).toBe(false);
    if (!garbage.ok) expect(garbage.error.code).toBe('not-a-message');
  });

  it('reports a MIME bomb nested deeper than the limit as unreadable', async () => {
    let body = 'innermost';
    for (let depth = 100; depth > 0; depth -= 1) {
      body = multipart(`b${depth}`, [{ headers: { 'Content-Type': `multipart/mixed; boundary="b${depth + 1}"` }, body }]);
    }
    const result = await parseEml(eml({ ...BASE, Subject: 'deep', 'Content-Type': 'multipart/mixed; boundary="b1"' }, body));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('mime-too-deep');
  });

  it('keeps at most MAX_LINKS links and says the limit was hit', async () => {
    const anchors = Array.from({ length: 1500 }, (_, i) => `<a href="https://l${i}.example/">link ${i}</a>`).join('');
    const message = await parseOk(eml({ ...BASE, Subject: 'x', 'Content-Type': 'text/html' }, anchors));
    expect(message.links).toHaveLength(1000);
    expect(message.limitsHit).toContain('MAX_LINKS');
  });
});
