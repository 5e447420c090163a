// `npm run calibrate`: fits the score table (src/engine/scoring/score-table.ts) to real mail, the way SpamAssassin
// fits its rule scores from mass checks. It runs the detectors over ../shared/corpus (phishing against three sets of
// legitimate mail) and the written fixtures, fits a monotone, L2-regularised logistic model over the score table's
// lines (features.ts), turns the weights into integer points, chooses the thresholds that keep legitimate mail within
// issue 12's limits, reports 5-fold cross-validated figures beside the in-sample ones, and writes the table and its
// readable page in docs/detection.md. Deterministic: the same corpus and findings give the same table.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEml } from '../src/engine';
import type { Evidence } from '../src/engine/analyze';
import { gatherEvidence } from '../src/engine/analyze';
import type { MailMessage } from '../src/engine/model';
import { withoutAuthenticationResults } from '../test/support/without-authentication-results';
import type { Alarm } from './calibrate/alarms';
import { alarmsOf, renderAlarms } from './calibrate/alarms';
import type { Calibrated, Counts, Group, Labelled, Settings } from './calibrate/calibration';
import { LIMITS, calibrate, countVerdicts } from './calibrate/calibration';
import { stratifiedFolds } from './calibrate/folds';
import type { Figures } from './calibrate/render';
import { figures, renderDocsSection, renderTableFile } from './calibrate/render';

// This file runs bundled from dist/calibrate/.
const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus');
const FIXTURES = join(ROOT, 'test/fixtures/mail');
const TABLE_FILE = join(ROOT, 'src/engine/scoring/score-table.ts');
const DOCS_FILE = join(ROOT, 'docs/detection.md');

const CORPUS_GROUPS: readonly { group: Group; label: 0 | 1 }[] = [
  { group: 'phishing', label: 1 },
  { group: 'ham-2002', label: 0 },
  { group: 'ham-list', label: 0 },
  { group: 'ham-modern', label: 0 },
];

export const SETTINGS: Settings = {
  l2: 0.0005,
  scale: 3,
  iterations: 2000,
  // Today's legitimate mail is what people get: it weighs as much as the phishing, twice the older mail.
  groupWeight: { phishing: 1, 'ham-old': 0.5, 'ham-modern': 1 },
  fixtureWeight: 1,
  fixtureRounds: 4,
};
const FOLDS = 5;
const SEED = 12;

function evidenceOf(message: MailMessage): Evidence[] {
  const own = gatherEvidence(message);
  return message.forwarded ? [own, gatherEvidence(message.forwarded.message)] : [own];
}

async function load(file: string, group: Group, label: 0 | 1, transform: (raw: string) => string): Promise<Labelled | undefined> {
  const parsed = await parseEml(transform(readFileSync(file, 'utf8')));
  return parsed.ok ? { group, name: file, label, evidence: evidenceOf(parsed.message) } : undefined;
}

async function loadCorpus(): Promise<Labelled[]> {
  const messages: Labelled[] = [];
  for (const { group, label } of CORPUS_GROUPS) {
    const folder = join(CORPUS, group);
    const files = readdirSync(folder).sort();
    for (const file of files) {
      const raw = readFileSync(join(folder, file));
      const parsed = await parseEml(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
      if (parsed.ok) messages.push({ group, name: `${group}/${file}`, label, evidence: evidenceOf(parsed.message) });
    }
    process.stderr.write(`  ${group}: ${files.length} files\n`);
  }
  return messages;
}

/** The written fixtures, as received and without Authentication-Results (as verdicts.test.ts reads them). */
async function loadFixtures(): Promise<Labelled[]> {
  const messages: Labelled[] = [];
  for (const [kind, group, label] of [['scam', 'fixture-scam', 1], ['legit', 'fixture-legit', 0]] as const) {
    const folder = join(FIXTURES, kind);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.eml')).sort()) {
      for (const [how, transform] of [['as received', (raw: string) => raw], ['without Authentication-Results', withoutAuthenticationResults]] as const) {
        const loaded = await load(join(folder, file), group, label, transform);
        if (loaded) messages.push({ ...loaded, name: `${kind}/${file} (${how})` });
      }
    }
  }
  return messages;
}

function printFigures(title: string, f: Figures): void {
  console.log(`${title}: phishing at suspicious or above ${f.recall} (dangerous ${f.phishingDangerous})`);
  for (const row of f.rows) console.log(`  ${row.group.padEnd(11)} ${String(row.messages).padStart(5)} messages: suspicious or above ${row.suspicious} (${row.suspiciousCount}), dangerous ${row.dangerous} (${row.dangerousCount})`);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  // Lists the legitimate messages read `suspicious` or above: in-sample by the full fit, held-out by their fold's.
  const listAlarms = process.argv.includes('--list-alarms');
  const write = !process.argv.includes('--dry-run') && !check;
  if (!existsSync(CORPUS)) {
    console.error(`calibrate: ${CORPUS} not found; the table is fitted on the development corpus`);
    process.exit(2);
  }
  console.error('Reading the corpus and the fixtures, running the detectors...');
  const corpus = await loadCorpus();
  const fixtures = await loadFixtures();
  console.error(`Fitting on ${corpus.length} corpus messages and ${fixtures.length} fixture readings`);
  const fitted: Calibrated = calibrate([...corpus, ...fixtures], SETTINGS, (line) => console.error(line));
  const inSample = figures(countVerdicts(corpus, fitted.table));

  console.error(`Cross-validating (${FOLDS} folds, seed ${SEED})...`);
  const folds = stratifiedFolds(corpus.map((m) => m.group), FOLDS, SEED);
  let pooled: Counts | undefined;
  const heldOutAlarms: Alarm[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = corpus.filter((_, i) => folds[i] !== fold);
    const held = corpus.filter((_, i) => folds[i] === fold);
    const trained = calibrate([...training, ...fixtures], SETTINGS);
    console.error(`  fold ${fold}: thresholds ${trained.table.thresholds.suspicious}/${trained.table.thresholds.dangerous}`);
    pooled = countVerdicts(held, trained.table, pooled);
    heldOutAlarms.push(...alarmsOf(held, trained.table));
  }
  if (!pooled) throw new Error('no folds');
  const crossValidated = figures(pooled);

  console.log(`Thresholds: caution ${fitted.table.thresholds.caution}, suspicious ${fitted.table.thresholds.suspicious}, dangerous ${fitted.table.thresholds.dangerous}; ${Object.keys(fitted.table.points).length} lines with points`);
  printFigures('In-sample', inSample);
  printFigures(`Cross-validated (${FOLDS}-fold, seed ${SEED}, pooled held-out folds)`, crossValidated);
  if (listAlarms) {
    console.log('Legitimate mail at suspicious or above, in-sample (the full fit), with the findings that scored:');
    for (const line of renderAlarms(alarmsOf(corpus, fitted.table))) console.log(line);
    console.log('Legitimate mail at suspicious or above, held out (each read by the table fitted without its fold):');
    for (const line of renderAlarms(heldOutAlarms)) console.log(line);
  }
  console.log(`Limits: ham-modern <= ${LIMITS.modernSuspicious * 100} % suspicious+, none dangerous; older ham <= ${LIMITS.oldSuspicious * 100} % suspicious+, <= ${LIMITS.oldDangerous * 100} % dangerous`);
  if (fitted.wrongFixtures.length > 0) {
    console.log(`Fixtures still wrong (best of ${SETTINGS.fixtureRounds + 1} rounds of up-weighting, round ${fitted.rounds}; the table breaks verdicts.test.ts):`);
    for (const m of fitted.wrongFixtures) console.log(`  ${m.name}`);
  } else {
    console.log('Fixtures: every scam at suspicious or above and every genuine one below, with and without Authentication-Results');
  }
  const table = renderTableFile(fitted.table, SETTINGS, { folds: FOLDS, seed: SEED });
  if (check) {
    const same = readFileSync(TABLE_FILE, 'utf8') === table;
    console.log(same ? 'The committed score table is what this fit gives.' : 'The committed score table differs from this fit: run npm run calibrate and review the diff.');
    process.exitCode = same ? 0 : 1;
    return;
  }
  if (!write) return;
  writeFileSync(TABLE_FILE, table);
  const docs = readFileSync(DOCS_FILE, 'utf8');
  writeFileSync(DOCS_FILE, renderDocsSection(docs, fitted.table, { inSample, crossValidated, folds: FOLDS, seed: SEED }));
  console.error(`Wrote ${TABLE_FILE} and the table in ${DOCS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
