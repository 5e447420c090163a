import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { MailMessage, Report } from '../../src/engine';
import { analyze, parseEml, revealInvisible, VERDICTS } from '../../src/engine';
import { unwrapRedirect } from '../../src/engine/url';
import { corpusFiles, describeWithCorpus } from '../support/corpus';
import { eml } from '../support/eml';

// Seeded, so a failure reproduces: rerun with the seed and path fast-check prints.
const SEED = 20261125;

const WRITTEN_SEEDS = [
  eml({ From: '"Amazon" <no-reply@amazon-verify.example>', To: 'a@b.example', Subject: 'Accesso non autorizzato', 'Content-Type': 'text/html' },
    '<p>Abbiamo rilevato un accesso non autorizzato. Inserisci il codice OTP entro 24 ore:</p><a href="https://evil.example/x">www.amazon.it</a><form action="https://evil.example/p"><input type="password" name="p"></form>'),
  eml({ From: 'Luca <luca@acme.example>', To: 'mario@acme.example', Subject: 'Re: pranzo', 'In-Reply-To': '<x@acme.example>' }, 'Va bene alle 13.\n> ciao'),
];

/** Real messages to mutate, when ../shared/corpus is here: a separate property, so the written one never changes. */
function realSeeds(): string[] {
  const pick = (folder: 'phishing' | 'ham-2002' | 'ham-list') => corpusFiles(folder).filter((_, i) => i % 97 === 0).slice(0, 8);
  return [...pick('phishing'), ...pick('ham-2002'), ...pick('ham-list')].map((file) => readFileSync(file, 'latin1'));
}

/**
 * Everything a finding's evidence may be taken from, lowercased: the message as parsed plus link destinations, with
 * invisible characters spelled out as the engine spells them out in evidence.
 */
function haystack(message: MailMessage, raw: string): string {
  return revealInvisible([
    raw, message.subject, message.visibleText, message.text, message.html, message.returnPath,
    ...[message.from, message.sender, ...message.replyTo, ...message.to, ...message.cc].flatMap((a) => (a ? [a.name, a.address, a.domain] : [])),
    ...message.headers.map((h) => h.value),
    ...message.links.flatMap((l) => [l.href, l.text, unwrapRedirect(l.href)]),
    ...message.images.flatMap((i) => [i.src, i.alt]),
    ...message.attachments.map((a) => a.filename),
    ...message.hiddenText.map((h) => h.text),
  ].join('\n')).toLowerCase();
}

function assertInvariants(message: MailMessage, report: Report, raw: string): void {
  expect(VERDICTS).toContain(report.verdict);
  expect(report.errors).toEqual([]);
  const text = haystack(message, raw);
  for (const finding of report.findings) {
    expect(finding.evidence.length).toBeGreaterThan(0);
    // What the engine computed (a punycode form, a decoded redirect) is marked, and is part of the evidence.
    for (const derived of finding.derived ?? []) expect(finding.evidence).toContain(derived);
    for (const evidence of finding.evidence) {
      expect(revealInvisible(evidence)).toBe(evidence);
      if (finding.derived?.includes(evidence)) continue;
      // Evidence is quoted from the message: the whole string, or (for derived evidence such as a registrable
      // domain or a phrase cut at word limits) each of its words.
      // 'From: (none)', 'Date: (empty)': a detector naming what is absent derives that evidence from the message.
      const words = evidence.toLowerCase().replace(/[\w-]*:? ?\((?:none|empty|missing)\)/g, '').split(/[\s,;]+/).filter((w) => w.length > 0);
      const quoted = text.includes(evidence.toLowerCase()) || words.every((word) => text.includes(word));
      if (!quoted) throw new Error(`evidence not found in the message: ${finding.detectorId}: ${JSON.stringify(evidence)}`);
    }
  }
}

async function checkRaw(raw: string): Promise<void> {
  const parsed = await parseEml(raw);
  if (!parsed.ok) {
    expect(parsed.error.reason.length).toBeGreaterThan(0);
    return;
  }
  assertInvariants(parsed.message, analyze(parsed.message), raw);
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 2000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('\r\n\r\n', '--', '=?utf-8?b?', '<a href="', 'Content-Type: multipart/mixed; boundary=x\r\n', '\u0000', '\u202e', 'base64', '=\r\n') }),
);

/** Applies byte-level edits (delete, insert, duplicate a range) at positions taken modulo the length. */
function mutate(raw: string, list: { kind: string; at: number; length?: number; text?: string }[]): string {
  let out = raw;
  for (const m of list) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 0));
    else if (m.kind === 'insert') out = out.slice(0, at) + (m.text ?? '') + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + (m.length ?? 0)) + out.slice(at);
  }
  return out;
}

/** The same cases for the same seeds, whatever else is on the disk. */
async function fuzzMutations(seeds: readonly string[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (index, list) => {
      await checkRaw(mutate(seeds[index] ?? '', list));
    }),
    { seed: SEED, numRuns: 300 },
  );
}

describe('fuzzing parseEml and analyze', () => {
  // Only messages written here: the generated cases do not depend on ../shared (npm test on a fresh clone).
  it('never throws on mutated messages and keeps every invariant', async () => {
    await fuzzMutations(WRITTEN_SEEDS);
  }, 120_000);

  it('never throws on random text and random header soup', async () => {
    const header = fc.tuple(fc.constantFrom('From', 'To', 'Subject', 'Reply-To', 'Content-Type', 'Authentication-Results', 'Content-Transfer-Encoding', 'X-Any'), fc.string({ maxLength: 80 }));
    await fc.assert(
      fc.asyncProperty(fc.array(header, { maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 3000 }), async (headers, body) => {
        await checkRaw(`${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 120_000);
});

describeWithCorpus('fuzzing parseEml and analyze on real mail', () => {
  it('never throws on mutated corpus messages and keeps every invariant', async () => {
    await fuzzMutations(realSeeds());
  }, 120_000);
});
