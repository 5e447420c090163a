// Messages written by an adversary, generated in code (no stored blobs). Shared by the adversarial tests, which
// assert each is analyzed or reported unreadable without throwing, and by `npm run bench`, which prints how long
// and how much memory each takes.
import { eml, multipart } from './eml';

export interface HostileMessage {
  readonly name: string;
  readonly raw: () => string | Uint8Array;
}

const HEAD = { From: '"Amazon" <alert@evil.example>', To: 'mario@acme.example', Date: 'Wed, 25 Nov 2026 10:00:00 +0100' };
const MB = 1024 * 1024;

function html(body: string): string {
  return eml({ ...HEAD, Subject: 'hostile', 'Content-Type': 'text/html; charset=utf-8' }, body);
}

function text(body: string): string {
  return eml({ ...HEAD, Subject: 'hostile', 'Content-Type': 'text/plain; charset=utf-8' }, body);
}

function nested(depth: number): string {
  let body = 'innermost';
  for (let level = depth; level > 0; level -= 1) {
    body = multipart(`n${level}`, [{ headers: { 'Content-Type': `multipart/mixed; boundary="n${level + 1}"` }, body }]);
  }
  return eml({ ...HEAD, Subject: 'deep', 'Content-Type': 'multipart/mixed; boundary="n1"' }, body);
}

function manyAttachments(count: number): string {
  const parts = Array.from({ length: count }, (_, i) => ({
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="file${i}.pdf.exe"`, 'Content-Transfer-Encoding': 'base64' },
    body: 'TVqQAAMAAAAEAAAA',
  }));
  return eml({ ...HEAD, Subject: 'many', 'Content-Type': 'multipart/mixed; boundary="m"' }, multipart('m', [{ headers: { 'Content-Type': 'text/plain' }, body: 'see attached' }, ...parts]));
}

/** Long runs of the characters the engine's patterns repeat: URL characters, digits, dots, spaces, letters. */
const PATHOLOGICAL_RUNS = [
  'a'.repeat(200_000),
  'www.'.repeat(50_000),
  `http://${'a.'.repeat(100_000)}`,
  `${'1 '.repeat(100_000)}`,
  '0'.repeat(200_000),
  `${'-'.repeat(100_000)}@`,
  `${'{'.repeat(50_000)}x${'}'.repeat(50_000)}`,
  `&#${'9'.repeat(100_000)};`,
  `${'=?utf-8?q?'.repeat(20_000)}`,
  ' \t'.repeat(100_000),
  `${'<a href="'.repeat(20_000)}`,
  `${'password '.repeat(30_000)}`,
  `${'+39 '.repeat(30_000)}`,
  `+$${'1,'.repeat(60_000)}`,
];

export const HOSTILE_MESSAGES: readonly HostileMessage[] = [
  { name: '10 MB text body', raw: () => text('Verifica il tuo account. '.repeat((10 * MB) / 25)) },
  { name: '10 MB HTML body', raw: () => html(`<div>${'<p>Il tuo account è sospeso <b>ora</b></p>'.repeat((10 * MB) / 45)}</div>`) },
  {
    name: 'a 10 MB forward (judged twice: as it is and as its original)',
    raw: () =>
      eml(
        { ...HEAD, Subject: 'Fw: Il tuo account è sospeso', 'Content-Type': 'text/plain; charset=utf-8' },
        `Guarda questa\r\n\r\n________________________________\r\nDa: Amazon <alert@evil.example>\r\nInviato: martedì 24 novembre 2026 21:12\r\nA: mario@acme.example\r\nOggetto: Il tuo account è sospeso\r\n\r\n${'Verifica il tuo account. '.repeat((10 * MB) / 25)}`,
      ),
  },
  { name: '10,000 links', raw: () => html(Array.from({ length: 10_000 }, (_, i) => `<a href="https://l${i}.evil${i % 7}.example/x?u=https://amazon.it">www.amazon.it</a>`).join('\n')) },
  { name: '500 attachments', raw: () => manyAttachments(500) },
  { name: 'MIME nested 100 deep', raw: () => nested(100) },
  { name: 'MIME nested 60 deep (under the limit)', raw: () => nested(60) },
  { name: 'broken base64', raw: () => eml({ ...HEAD, Subject: 'b64', 'Content-Type': 'text/html', 'Content-Transfer-Encoding': 'base64' }, '!!!!not*base64@@@@\r\nPGE+aGk8L2E+===\r\n%%%') },
  { name: 'broken quoted-printable', raw: () => eml({ ...HEAD, Subject: 'qp', 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'quoted-printable' }, '=ZZ=\r\n=4=\r\nsoft break =\r\n=E2=82') },
  { name: 'unknown charset', raw: () => eml({ ...HEAD, Subject: '=?x-unknown-42?Q?ciao?=', 'Content-Type': 'text/plain; charset=x-unknown-42' }, 'testo \xe8 qui') },
  { name: '1 MB header', raw: () => eml({ ...HEAD, Subject: 'S'.repeat(MB), 'X-Long': 'a '.repeat(MB / 4) }, 'body') },
  { name: 'NUL bytes everywhere', raw: () => `From: a\u0000b@evil.example\r\nSubject: pay\u0000pal\r\nTo: x@y.z\r\n\r\n${'pass\u0000word '.repeat(10_000)}` },
  { name: 'HTML that never closes its tags', raw: () => html('<div><table><tr><td><a href="https://x.example">'.repeat(20_000)) },
  { name: 'script, HTML and CSS in every field', raw: () => eml({ From: '"<script>alert(1)</script>" <x@evil.example>', To: '"<img src=x onerror=alert(2)>" <y@z.example>', Subject: '<svg onload=alert(3)>{{constructor.constructor("alert(4)")()}}', 'Content-Type': 'text/html' }, '<style>*{background:url(javascript:alert(5))}</style><a href="javascript:alert(6)">www.amazon.it</a><iframe src="data:text/html,<script>alert(7)</script>">') },
  ...PATHOLOGICAL_RUNS.map((run, i) => ({ name: `pathological run #${i + 1} (${JSON.stringify(run.slice(0, 12))}...) in subject, text and HTML`, raw: () => eml({ ...HEAD, Subject: run.slice(0, 50_000), 'Content-Type': 'multipart/alternative; boundary="p"' }, multipart('p', [{ headers: { 'Content-Type': 'text/plain' }, body: run }, { headers: { 'Content-Type': 'text/html' }, body: `<p>${run}</p><a href="${run.slice(0, 5000)}">${run.slice(0, 5000)}</a>` }])) })),
  { name: 'random bytes', raw: () => Uint8Array.from({ length: 2 * MB }, (_, i) => (i * 2654435761) % 251) },
];
