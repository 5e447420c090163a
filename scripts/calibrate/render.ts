// The fitted table as committed data (score-table.ts) and as one readable page (docs/detection.md).
import type { Severity } from '../../src/engine/model';
import type { FeatureName } from '../../src/engine/scoring/features';
import { COMPOSITE_RULES, KIND_RULES } from '../../src/engine/scoring/rules';
import type { ScoreTable } from '../../src/engine/scoring/table';
import type { Counts, Group, Settings } from './calibration';

export interface Figures {
  readonly recall: string;
  readonly phishingDangerous: string;
  readonly rows: readonly { group: Group; messages: number; suspicious: string; dangerous: string; suspiciousCount: number; dangerousCount: number }[];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(2)} %`;
}

export function figures(counts: Counts): Figures {
  const total = (g: Group) => Object.values(counts[g]).reduce((a, b) => a + b, 0);
  const alarms = (g: Group) => counts[g].suspicious + counts[g].dangerous;
  const groups: Group[] = ['ham-modern', 'ham-2002', 'ham-list'];
  return {
    recall: percent(alarms('phishing'), total('phishing')),
    phishingDangerous: percent(counts.phishing.dangerous, total('phishing')),
    rows: groups.map((group) => ({
      group,
      messages: total(group),
      suspicious: percent(alarms(group), total(group)),
      dangerous: percent(counts[group].dangerous, total(group)),
      suspiciousCount: alarms(group),
      dangerousCount: counts[group].dangerous,
    })),
  };
}

type Section = 'severity' | 'detector' | 'finding' | 'composite' | 'brand-sender';

function sectionOf(name: string): Section {
  if (name === 'low' || name === 'medium' || name === 'high') return 'severity';
  if (name.startsWith('composite:')) return 'composite';
  if (name.startsWith('brand-sender:')) return 'brand-sender';
  return name.includes('/') ? 'finding' : 'detector';
}

const SECTION_TITLES: Readonly<Record<Section, string>> = {
  severity: "Every detector, by its strongest finding's severity: that severity's line and the weaker ones add up (low is at least 1: any finding makes `caution`)",
  detector: "A detector, by its strongest finding's severity: that severity's line and the weaker ones add up",
  finding: 'One finding, at that severity (each distinct finding counts)',
  composite: 'Combinations of independent kinds of evidence (rules.ts)',
  'brand-sender': "Content findings in mail from the brand's own domain (instead of the lines above)",
};

const SECTIONS: readonly Section[] = ['severity', 'detector', 'finding', 'composite', 'brand-sender'];

function linesOf(table: ScoreTable, section: Section): [FeatureName, number][] {
  const order = ['low', 'medium', 'high'];
  return (Object.entries(table.points) as [FeatureName, number][])
    .filter(([name]) => sectionOf(name) === section)
    .sort(([a], [b]) => (section === 'severity' ? order.indexOf(a) - order.indexOf(b) : a < b ? -1 : a > b ? 1 : 0));
}

export function renderTableFile(table: ScoreTable, settings: Settings, cv: { folds: number; seed: number }): string {
  const out = [
    '// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand, re-run it; review the diff like code.',
    `// Fit: monotone logistic, L2 ${settings.l2}, ${settings.iterations} rounds, ${settings.scale} points per logit unit; group weights`,
    `// phishing ${settings.groupWeight.phishing}, older legitimate ${settings.groupWeight['ham-old']}, modern legitimate ${settings.groupWeight['ham-modern']}; ${cv.folds}-fold cross-validation, seed ${cv.seed}.`,
    "// What each line means: features.ts. The readable page: docs/detection.md, 'The score table'.",
    "import type { ScoreTable } from './table';",
    '',
    'export const SCORE_TABLE: ScoreTable = {',
    `  thresholds: { caution: ${table.thresholds.caution}, suspicious: ${table.thresholds.suspicious}, dangerous: ${table.thresholds.dangerous} },`,
    '  points: {',
  ];
  for (const section of SECTIONS) {
    const lines = linesOf(table, section);
    if (lines.length === 0) continue;
    out.push(`    // ${SECTION_TITLES[section]}.`);
    for (const [name, points] of lines) out.push(`    ${/^[a-z]+$/.test(name) ? name : `'${name}'`}: ${points},`);
  }
  out.push('  },', '};', '');
  return out.join('\n');
}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** A grid: one row per detector or finding, one column per severity. */
function grid(lines: readonly [FeatureName, number][], strip: (name: string) => string): string[] {
  const rows = new Map<string, Partial<Record<Severity, number>>>();
  for (const [name, points] of lines) {
    const [key = '', severity = 'low'] = strip(name).split('@');
    rows.set(key, { ...(rows.get(key) ?? {}), [severity]: points });
  }
  return [
    '| line | low | medium | high |',
    '|---|---|---|---|',
    ...[...rows].map(([key, cells]) => `| \`${key}\` | ${SEVERITIES.map((s) => cells[s] ?? '').join(' | ')} |`),
  ];
}

const WHY = new Map<string, string>([...COMPOSITE_RULES, ...KIND_RULES].map((rule) => [rule.id, rule.why]));

export const DOCS_START = '<!-- score-table:start (written by npm run calibrate) -->';
export const DOCS_END = '<!-- score-table:end -->';

export function renderDocsSection(docs: string, table: ScoreTable, fit: { inSample: Figures; crossValidated: Figures; folds: number; seed: number }): string {
  const out = [
    DOCS_START,
    '',
    `Thresholds: \`caution\` ${table.thresholds.caution}, \`suspicious\` ${table.thresholds.suspicious}, \`dangerous\` ${table.thresholds.dangerous} (the policy's defaults).`,
    '',
    `| on ../shared/corpus | in-sample | cross-validated (${fit.folds}-fold, seed ${fit.seed}) |`,
    '|---|---|---|',
    `| phishing at \`suspicious\` or above | ${fit.inSample.recall} | ${fit.crossValidated.recall} |`,
    `| phishing at \`dangerous\` | ${fit.inSample.phishingDangerous} | ${fit.crossValidated.phishingDangerous} |`,
    ...fit.inSample.rows.flatMap((row, i) => {
      const cv = fit.crossValidated.rows[i];
      return [
        `| ${row.group} at \`suspicious\` or above | ${row.suspicious} (${row.suspiciousCount} of ${row.messages}) | ${cv?.suspicious ?? '-'} (${cv?.suspiciousCount ?? '-'}) |`,
        `| ${row.group} at \`dangerous\` | ${row.dangerous} (${row.dangerousCount}) | ${cv?.dangerous ?? '-'} (${cv?.dangerousCount ?? '-'}) |`,
      ];
    }),
    '',
  ];
  for (const section of SECTIONS) {
    const lines = linesOf(table, section);
    if (lines.length === 0) continue;
    out.push(`**${SECTION_TITLES[section]}**`, '');
    if (section === 'severity') out.push(`| severity | points |`, '|---|---|', ...lines.map(([name, points]) => `| ${name} | ${points} |`));
    else if (section === 'composite') {
      out.push('| composite | points | why |', '|---|---|---|', ...lines.map(([name, points]) => {
        const id = name.slice('composite:'.length);
        return `| \`${id}\` | ${points} | ${WHY.get(id) ?? ''} |`;
      }));
    } else out.push(...grid(lines, (name) => name.replace(/^brand-sender:/, '')));
    out.push('');
  }
  out.push('Lines not listed are worth 0 points.', '', DOCS_END);
  const start = docs.indexOf(DOCS_START);
  const end = docs.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/detection.md has no ${DOCS_START} ... ${DOCS_END} section`);
  return docs.slice(0, start) + out.join('\n') + docs.slice(end + DOCS_END.length);
}
