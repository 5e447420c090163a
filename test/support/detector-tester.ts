import type { Detector, Finding, MailMessage, Policy } from '../../src/engine';
import { BUILT_IN_BRANDS, DEFAULT_POLICY } from '../../src/engine';
import { UNSOURCED_PLAYBOOKS } from '../../src/engine/brands';
import type { BuildOptions } from './build-message';
import { buildMessage } from './build-message';

export interface ValidCase {
  /** What this case is about; unique within the table. */
  name: string;
  message: BuildOptions;
  policy?: Partial<Policy>;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Finding['severity'];
  /** A string one of the finding's evidence items must contain. */
  evidence?: string;
  /** Expected values of the finding's data (a subset). */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends ValidCase {
  /** The findings expected, in order (compared by messageId, plus severity/evidence/data when given). */
  findings: ExpectedFinding[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function snapshot(message: MailMessage): string {
  return JSON.stringify(message, (_key, value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value));
}

function runCase(detector: Detector, testCase: ValidCase): Finding[] {
  const message = buildMessage(testCase.message);
  const before = snapshot(message);
  deepFreeze(message);
  const policy: Policy = { ...DEFAULT_POLICY, ...testCase.policy };
  // Detector tables test the detector's logic on every playbook written, as an admin's extraBrands would supply
  // them; which playbooks ship as trust anchors is tested in test/engine/brands/brand-sources.test.ts.
  const brands = [...policy.extraBrands, ...BUILT_IN_BRANDS, ...UNSOURCED_PLAYBOOKS];
  const findings = detector.run(message, { policy, brands });
  // A frozen message makes most writes throw; the snapshot also catches writes into typed arrays.
  expect(snapshot(message)).toBe(before);
  return findings;
}

function rejectDuplicates(cases: readonly ValidCase[]): void {
  const names = new Set<string>();
  const bodies = new Set<string>();
  for (const testCase of cases) {
    const body = JSON.stringify([testCase.message, testCase.policy ?? null]);
    if (names.has(testCase.name)) throw new Error(`duplicate case name: ${testCase.name}`);
    if (bodies.has(body)) throw new Error(`duplicate case content: ${testCase.name}`);
    names.add(testCase.name);
    bodies.add(body);
  }
}

/**
 * ESLint's RuleTester for detectors: `valid` messages give no finding, `invalid` ones give exactly the listed
 * findings. Duplicate cases and detectors that mutate the message fail the test.
 */
export function testDetector(detector: Detector, tables: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  rejectDuplicates([...tables.valid, ...tables.invalid]);
  describe(`${detector.id}`, () => {
    describe('valid', () => {
      for (const testCase of tables.valid) {
        it(testCase.name, () => {
          expect(runCase(detector, testCase)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of tables.invalid) {
        it(testCase.name, () => {
          const findings = runCase(detector, testCase);
          expect(findings.map((f) => f.messageId)).toEqual(testCase.findings.map((f) => f.messageId));
          testCase.findings.forEach((expected, index) => {
            const actual = findings[index];
            if (!actual) throw new Error('missing finding');
            expect(actual.detectorId).toBe(detector.id);
            expect(Object.keys(detector.messages)).toContain(actual.messageId);
            expect(actual.evidence.length).toBeGreaterThan(0);
            if (expected.severity) expect(actual.severity).toBe(expected.severity);
            if (expected.evidence !== undefined) {
              expect(actual.evidence.some((e) => e.includes(expected.evidence ?? ''))).toBe(true);
            }
            if (expected.data) expect(actual.data).toMatchObject(expected.data);
          });
        });
      }
    });
  });
}
