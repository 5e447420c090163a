import { parseEml } from '../../../src/engine';
import { extractForwardedOriginal, forwardedAsMessage, subjectPrefixKind } from '../../../src/engine/parse/forwarded';
import { buildMessage } from '../../support/build-message';
import { eml, multipart } from '../../support/eml';

// The forwarder: a colleague whose own mail passes every check. The evidence is in what they forward.
const COLLEAGUE = 'Giulia Rossi <giulia.rossi@acme.example>';
const PASS = 'mx.acme.example; spf=pass smtp.mailfrom=acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example';

function forward(subject: string, text: string, html?: string) {
  return buildMessage({ from: COLLEAGUE, to: 'soc@acme.example', subject, text, html, authenticationResults: PASS });
}

async function parseOk(raw: string) {
  const result = await parseEml(raw);
  if (!result.ok) throw new Error(result.error.reason);
  return result.message;
}

describe('subjectPrefixKind', () => {
  it.each([
    ['Fw: Your account', 'forward'],
    ['FWD: Your account', 'forward'],
    ['ENC: Sua conta', 'forward'],
    ['WG: Ihr Konto', 'forward'],
    ['TR : Votre compte', 'forward'],
    ['RV: Su cuenta', 'forward'],
    ['I: Il tuo conto', 'forward'],
    ['[Fwd: old style]', 'forward'],
    ['Sun donates code (fwd)', 'forward'],
    ['Re: Fw: Your account', 'reply'],
    ['R: Il tuo conto', 'reply'],
    ['AW: Ihr Konto', 'reply'],
    ['Invoice: 2026-11', undefined],
    ['Il tuo ordine', undefined],
  ])('%s => %s', (subject, kind) => {
    expect(subjectPrefixKind(subject)).toBe(kind);
  });
});

describe('extractForwardedOriginal: inline header blocks', () => {
  it('Outlook desktop, English: note, rule, From/Sent/To/Subject', () => {
    const message = forward(
      'FW: Your account has been limited',
      [
        'Hi team, is this real? I did not click.',
        'Giulia',
        '',
        '________________________________',
        'From: PayPal Service <service@paypa1-secure.com>',
        'Sent: Monday, November 23, 2026 9:12 AM',
        'To: Giulia Rossi <giulia.rossi@acme.example>',
        'Subject: Your account has been limited',
        '',
        'Dear customer, confirm your password within 24 hours.',
      ].join('\r\n'),
    );
    const original = extractForwardedOriginal(message);
    expect(original).toMatchObject({
      via: 'inline',
      from: { name: 'PayPal Service', address: 'service@paypa1-secure.com', domain: 'paypa1-secure.com' },
      subject: 'Your account has been limited',
      date: 'Monday, November 23, 2026 9:12 AM',
      text: 'Dear customer, confirm your password within 24 hours.',
    });
    expect(original?.to.map((a) => a.address)).toEqual(['giulia.rossi@acme.example']);
  });

  it('Outlook on the web, Portuguese, HTML only (the block is in the rendered text)', () => {
    const html =
      '<div><br></div><hr><div id="divRplyFwdMsg"><b>De:</b> Floria Morton &lt;info@mestoto.com.tr&gt;<br>' +
      '<b>Enviado:</b> segunda-feira, 2 de janeiro de 2023 18:23<br><b>Para:</b> giulia &lt;giulia.rossi@acme.example&gt;<br>' +
      '<b>Assunto:</b> ON MY DYING BED</div><div>May the peace of God be with you. I want to entrust my money.</div>';
    const original = extractForwardedOriginal(forward('ENC: ON MY DYING BED', '', html));
    expect(original?.from.address).toBe('info@mestoto.com.tr');
    expect(original?.subject).toBe('ON MY DYING BED');
    expect(original?.visibleText).toBe('May the peace of God be with you. I want to entrust my money.');
  });

  it('Outlook, Italian: Da/Inviato/A/Oggetto with Outlook plain-text mailto links', () => {
    const text = [
      '',
      '________________________________',
      'Da: Poste Italiane <avvisi@poste-verifica.info<mailto:avvisi@poste-verifica.info>>',
      'Inviato: lunedì 23 novembre 2026 09:12',
      'A: Giulia Rossi <giulia.rossi@acme.example<mailto:giulia.rossi@acme.example>>',
      'Oggetto: Il tuo conto BancoPosta è sospeso',
      '',
      'Gentile cliente, accedi entro 24 ore.',
    ].join('\n');
    const original = extractForwardedOriginal(forward('I: Il tuo conto BancoPosta è sospeso', text));
    expect(original?.from).toEqual({ name: 'Poste Italiane', address: 'avvisi@poste-verifica.info', domain: 'poste-verifica.info' });
    expect(original?.subject).toBe('Il tuo conto BancoPosta è sospeso');
    expect(original?.text).toBe('Gentile cliente, accedi entro 24 ore.');
  });

  it('Outlook, French: "De :" with a space before the colon', () => {
    const text = '\n____\nDe : Service Client <client@ameli-remboursement.fr>\nEnvoyé : lundi 23 novembre 2026 09:12\nÀ : giulia.rossi@acme.example\nObjet : Remboursement en attente\n\nVous avez droit à un remboursement.';
    const original = extractForwardedOriginal(forward('TR : Remboursement en attente', text));
    expect(original?.from.address).toBe('client@ameli-remboursement.fr');
    expect(original?.subject).toBe('Remboursement en attente');
  });

  it('Outlook desktop, German: Von with [mailto:] and a Reply-To shown', () => {
    const text =
      '-----Ursprüngliche Nachricht-----\nVon: DHL Paket [mailto:paket@dhl-zustellung.top]\nGesendet: Montag, 23. November 2026 09:12\nAn: Giulia Rossi\nAntwort an: support@gmail.com\nBetreff: Ihr Paket wartet\n\nBitte Zollgebühr bezahlen.';
    const original = extractForwardedOriginal(forward('WG: Ihr Paket wartet', text));
    expect(original?.from).toEqual({ name: 'DHL Paket', address: 'paket@dhl-zustellung.top', domain: 'dhl-zustellung.top' });
    expect(original?.replyTo.map((a) => a.address)).toEqual(['support@gmail.com']);
    expect(original?.text).toBe('Bitte Zollgebühr bezahlen.');
  });

  it('Outlook, Spanish: "Enviado el" and the sender shown "en nombre de" another', () => {
    const text =
      '________________________________\nDe: bounce@relay.example en nombre de Correos <avisos@correos-envio.top>\nEnviado el: lunes, 23 de noviembre de 2026 9:12\nPara: giulia.rossi@acme.example\nAsunto: Su paquete está retenido\n\nPague 1,99 EUR.';
    const original = extractForwardedOriginal(forward('RV: Su paquete está retenido', text));
    expect(original?.from.address).toBe('avisos@correos-envio.top');
    expect(original?.sender?.address).toBe('bounce@relay.example');
    expect(original?.date).toBe('lunes, 23 de noviembre de 2026 9:12');
  });

  it('Gmail: the separator alone makes it a forward, bold names are unwrapped', () => {
    const text =
      'look at this\n\n---------- Forwarded message ---------\nFrom: *Amazon* <account-update@amazon-security.help>\nDate: Mon, Nov 23, 2026 at 9:12 AM\nSubject: Unusual sign-in\nTo: <giulia.rossi@acme.example>\n\n\nWe locked your account. Verify your identity.';
    const original = extractForwardedOriginal(forward('Unusual sign-in', text));
    expect(original?.from).toEqual({ name: 'Amazon', address: 'account-update@amazon-security.help', domain: 'amazon-security.help' });
    expect(original?.subject).toBe('Unusual sign-in');
    expect(original?.text).toBe('We locked your account. Verify your identity.');
  });

  it('Gmail, Italian separator (Gmail keeps English labels after it)', () => {
    const text = '---------- Messaggio inoltrato ---------\nDa: Agenzia Entrate <rimborsi@agenzia-rimborso.it>\nDate: lun 23 nov 2026 alle ore 09:12\nSubject: Rimborso fiscale\nTo: <giulia.rossi@acme.example>\n\nHai diritto a un rimborso.';
    expect(extractForwardedOriginal(forward('Fwd: Rimborso fiscale', text))?.from.address).toBe('rimborsi@agenzia-rimborso.it');
  });

  it('Apple Mail: "Begin forwarded message:" with a blank line and a Reply-To', () => {
    const text =
      'Begin forwarded message:\n\nFrom: Netflix <info@netflix-billing.co>\nSubject: Payment declined\nDate: 23 November 2026 at 09:12:00 CET\nTo: giulia.rossi@acme.example\nReply-To: netflix.help@outlook.com\n\nUpdate your card now.';
    const original = extractForwardedOriginal(forward('Fwd: Payment declined', text));
    expect(original?.replyTo.map((a) => a.address)).toEqual(['netflix.help@outlook.com']);
    expect(original?.text).toBe('Update your card now.');
  });

  it('Thunderbird, Italian: Oggetto/Data/Mittente/A under "Messaggio inoltrato"', () => {
    const text = '\n\n-------- Messaggio inoltrato --------\nOggetto: \tPacco in giacenza\nData: \tMon, 23 Nov 2026 09:12:00 +0100\nMittente: \tBRT <notifiche@brt-giacenze.site>\nA: \tgiulia.rossi@acme.example\n\nPaga 1,99 euro per lo svincolo.';
    const original = extractForwardedOriginal(forward('Fwd: Pacco in giacenza', text));
    expect(original?.from.address).toBe('notifiche@brt-giacenze.site');
    expect(original?.subject).toBe('Pacco in giacenza');
  });

  it('Thunderbird "Original Message" counts only with a forward subject', () => {
    const text = '-------- Original Message --------\nSubject: Invoice\nDate: Mon, 23 Nov 2026 09:12:00 +0100\nFrom: Billing <billing@vendor.example>\nTo: giulia.rossi@acme.example\n\nPlease find the invoice.';
    expect(extractForwardedOriginal(forward('Fwd: Invoice', text))?.from.address).toBe('billing@vendor.example');
    expect(extractForwardedOriginal(forward('Invoice', text))).toBeUndefined();
  });
});

describe('MailMessage.forwarded (inline)', () => {
  it('holds the original for a forward and nothing for a reply', () => {
    const block = ['________________________________', 'From: Microsoft account team <no-reply@access-accsecurity.com>', 'Sent: Tuesday, November 24, 2026 9:12 PM', 'To: giulia.rossi@acme.example', 'Subject: Unusual sign-in activity', '', 'Verify your account now.'].join('\n');
    const forwarded = forward('Fw: Unusual sign-in activity', `Is this real?\n\n${block}`).forwarded;
    expect(forwarded?.via).toBe('inline');
    expect(forwarded?.message).toMatchObject({ subject: 'Unusual sign-in activity', from: { address: 'no-reply@access-accsecurity.com' }, headers: [] });
    expect(forwarded?.message.unavailable).toContain('headers');
    expect(forward('Re: Unusual sign-in activity', `See below.\n\n${block}`).forwarded).toBeUndefined();
  });
});

describe('extractForwardedOriginal: normal mail is left alone', () => {
  const outlookBlock = '________________________________\nFrom: Marco Bianchi <marco@partner.example>\nSent: Monday, November 23, 2026 9:12 AM\nTo: Giulia Rossi\nSubject: Meeting\n\nCan we meet tomorrow?';

  it('an Outlook reply (RE:) quoting the message it answers', () => {
    expect(extractForwardedOriginal(forward('RE: Meeting', `Sure, 10am works.\n\n${outlookBlock}`))).toBeUndefined();
  });

  it('the same block without a forward prefix (a reply whose prefix was lost)', () => {
    expect(extractForwardedOriginal(forward('Meeting', `Sure, 10am works.\n\n${outlookBlock}`))).toBeUndefined();
  });

  it('a reply attribution or quoted lines before a separator', () => {
    const quoted = 'Thanks!\n\nOn Mon, Nov 23, 2026 at 9:12 AM Marco <marco@partner.example> wrote:\n> ---------- Forwarded message ---------\n> From: x <x@y.example>\n> Subject: z';
    expect(extractForwardedOriginal(forward('Fwd: z', quoted))).toBeUndefined();
  });

  it('prose that mentions a sender and a subject is no header block', () => {
    const text = 'From: the sales team, with thanks.\nWe wrote about the subject last week.\nRegards';
    expect(extractForwardedOriginal(forward('Fw: notes', text))).toBeUndefined();
  });

  it('a forward whose block is past the first lines (a long thread under a note) is not read', () => {
    const note = Array.from({ length: 80 }, (_, i) => `line ${i}`).join('\n');
    expect(extractForwardedOriginal(forward('Fw: x', `${note}\n${outlookBlock}`))).toBeUndefined();
  });

  it('stays fast on a hostile body (a megabyte of rules and labels)', () => {
    const hostile = `${'_'.repeat(100_000)}\n${'From: a <'.repeat(50_000)}\n${'De:\n'.repeat(100_000)}`;
    const start = performance.now();
    extractForwardedOriginal(forward('Fw: x', hostile));
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('extractForwardedOriginal: attached original (message/rfc822)', () => {
  const attachedMessage = [
    'Authentication-Results: mx.acme.example; dmarc=pass header.from=paypal.com',
    'From: =?utf-8?B?UGF5UGFs?= <service@paypal-resolution.top>',
    'Reply-To: help@gmail.com',
    'To: giulia.rossi@acme.example',
    'Subject: =?utf-8?Q?Il_tuo_conto_=C3=A8_limitato?=',
    'Date: Mon, 23 Nov 2026 09:12:00 +0100',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Conferma la password entro 24 ore: =C3=A8 urgente.',
    '--inner',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Conferma la <a href="https://paypal-resolution.top/login">password</a></p>',
    '--inner--',
    '',
  ].join('\r\n');

  async function forwardedAsAttachment(contentType = 'message/rfc822') {
    const body = multipart('outer', [
      { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'See the attached message.' },
      { headers: { 'Content-Type': contentType, 'Content-Disposition': 'attachment; filename="conto.eml"' }, body: attachedMessage },
    ]);
    return parseOk(eml({ From: COLLEAGUE, To: 'soc@acme.example', Subject: 'Phishing?', 'Content-Type': 'multipart/mixed; boundary="outer"' }, body));
  }

  it('reads its headers and bodies, drops its authentication results', async () => {
    const original = extractForwardedOriginal(await forwardedAsAttachment());
    expect(original).toMatchObject({
      via: 'attachment',
      from: { name: 'PayPal', address: 'service@paypal-resolution.top' },
      subject: 'Il tuo conto è limitato',
      date: '2026-11-23T08:12:00.000Z',
      // postal-mime ends a text part with its line break, as it does for every message.
      text: 'Conferma la password entro 24 ore: è urgente.\n',
    });
    expect(original?.replyTo.map((a) => a.address)).toEqual(['help@gmail.com']);
    expect(original?.html).toContain('https://paypal-resolution.top/login');
    expect(original?.headers.some((h) => h.key === 'authentication-results')).toBe(false);
  });

  it('is parsed once into the message: MailMessage.forwarded, with no forward of its own and no authentication', async () => {
    const message = await forwardedAsAttachment();
    expect(message.forwarded?.via).toBe('attachment');
    const original = message.forwarded?.message;
    expect(original?.from?.address).toBe('service@paypal-resolution.top');
    expect(original?.subject).toBe('Il tuo conto è limitato');
    expect(original?.links.map((l) => l.href)).toEqual(['https://paypal-resolution.top/login']);
    expect(original?.auth.dmarc).toBeUndefined();
    expect(original?.forwarded).toBeUndefined();
    // The outer message itself is unchanged: its own sender, its own authentication.
    expect(message.from?.address).toBe('giulia.rossi@acme.example');
  });

  it('an inline message/rfc822 part (no Content-Disposition) is written into the text by postal-mime, and read from there', async () => {
    const body = multipart('outer', [
      { headers: { 'Content-Type': 'text/plain' }, body: 'see below' },
      { headers: { 'Content-Type': 'message/rfc822' }, body: 'From: Bank <alert@bank-secure.top>\r\nSubject: Locked\r\nDate: Mon, 23 Nov 2026 09:12:00 +0100\r\n\r\nUnlock your account today.' },
    ]);
    const outer = await parseOk(eml({ From: COLLEAGUE, Subject: 'Fwd: Locked', 'Content-Type': 'multipart/mixed; boundary="outer"' }, body));
    const original = extractForwardedOriginal(outer);
    expect(original?.from.address).toBe('alert@bank-secure.top');
    expect(original?.subject).toBe('Locked');
    expect(original?.text).toContain('Unlock your account today.');
  });

  it('a delivery report or a digest carries messages too and is no forward', async () => {
    const part = { headers: { 'Content-Type': 'message/rfc822', 'Content-Disposition': 'attachment; filename="m.eml"' }, body: attachedMessage };
    const report = await parseOk(
      eml(
        { From: 'MAILER-DAEMON <postmaster@acme.example>', Subject: 'Undeliverable: hello', 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="outer"' },
        multipart('outer', [{ headers: { 'Content-Type': 'text/plain' }, body: 'Delivery failed.' }, part]),
      ),
    );
    expect(report.attachments[0]?.message).toBeDefined();
    expect(extractForwardedOriginal(report)).toBeUndefined();
    const twoMessages = await parseOk(eml({ From: COLLEAGUE, Subject: 'Two of them', 'Content-Type': 'multipart/mixed; boundary="outer"' }, multipart('outer', [part, part])));
    expect(twoMessages.attachments.filter((a) => a.message)).toHaveLength(2);
    expect(extractForwardedOriginal(twoMessages)).toBeUndefined();
  });
});

describe('forwardedAsMessage', () => {
  it('inline: the original sender and subject, no authentication, headers unavailable, outer links kept', () => {
    const html =
      '<hr><div><b>From:</b> PayPal &lt;service@paypa1-secure.com&gt;<br><b>Sent:</b> Monday<br><b>Subject:</b> Limited</div>' +
      '<div>Confirm your <a href="https://paypa1-secure.com/login">account</a> now.</div>';
    const outer = forward('FW: Limited', '', html);
    const original = extractForwardedOriginal(outer);
    if (!original) throw new Error('expected a forwarded original');
    const built = forwardedAsMessage(outer, original);
    expect(built.from?.address).toBe('service@paypa1-secure.com');
    expect(built.subject).toBe('Limited');
    expect(built.auth.raw).toBe('');
    expect(built.headers).toEqual([]);
    expect(built.unavailable).toContain('headers');
    expect(built.links.map((l) => l.href)).toEqual(['https://paypa1-secure.com/login']);
    expect(built.visibleText).toBe('Confirm your account now.');
    expect(outer.from?.address).toBe('giulia.rossi@acme.example');
  });

  it('attached: built from the attached parts, the holding attachment removed', async () => {
    const body = multipart('outer', [
      { headers: { 'Content-Type': 'text/plain' }, body: 'see attached' },
      {
        headers: { 'Content-Type': 'message/rfc822', 'Content-Disposition': 'attachment; filename="x.eml"' },
        body: 'From: Bank <alert@bank-secure.top>\r\nSubject: Locked\r\nContent-Type: text/html\r\n\r\n<a href="https://bank-secure.top/x">Unlock</a>',
      },
    ]);
    const outer = await parseOk(eml({ From: COLLEAGUE, Subject: 'Fw: Locked', 'Content-Type': 'multipart/mixed; boundary="outer"' }, body));
    const original = extractForwardedOriginal(outer);
    if (!original) throw new Error('expected a forwarded original');
    const built = forwardedAsMessage(outer, original);
    expect(built.from?.domain).toBe('bank-secure.top');
    expect(built.links.map((l) => l.href)).toEqual(['https://bank-secure.top/x']);
    expect(built.attachments).toEqual([]);
  });
});
