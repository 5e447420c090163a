import { dirname, join } from 'node:path';
import ts from 'typescript';

// src/engine/tsconfig.json type-checks the engine with the ECMAScript library alone: DOM and Node names are type
// errors there, so a use of window, process or setTimeout fails `npm run typecheck` even where lint does not look.
// These probes compile with that configuration (the same options, only the probe and the engine's web-platform
// declarations as files, to stay fast).

const ENGINE_TSCONFIG = join(__dirname, '../../src/engine/tsconfig.json');

function engineOptions(): ts.CompilerOptions {
  const read = ts.readConfigFile(ENGINE_TSCONFIG, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(ENGINE_TSCONFIG)).options;
}

/** Type errors of each snippet, compiled together as files of the engine (one program: the library is read once). */
function engineErrors(snippets: readonly string[]): string[][] {
  const options = { ...engineOptions(), noEmit: true };
  const probes = new Map(snippets.map((code, index) => [join(dirname(ENGINE_TSCONFIG), `__probe_${index}__.ts`), code]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => probes.get(path) ?? readFile(path);
  host.fileExists = (path) => probes.has(path) || fileExists(path);
  host.getSourceFile = (path, language) => {
    const code = probes.get(path);
    return code === undefined ? getSourceFile(path, language) : ts.createSourceFile(path, code, language);
  };
  const program = ts.createProgram([...probes.keys(), join(dirname(ENGINE_TSCONFIG), 'types/web-platform.d.ts')], options, host);
  return [...probes.keys()].map((path) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  );
}

const FORBIDDEN: [string, string][] = [
  ['document', 'export const x = document.title;'],
  ['window', 'export const x = window.location.href;'],
  ['process', 'export const x = process.env.HOME;'],
  ['Buffer', "export const x = Buffer.from('a');"],
  ['setTimeout', 'export const x = setTimeout(() => undefined, 1);'],
  ['fetch', "export const x = fetch('https://x.example');"],
  ['performance', 'export const x = performance.now();'],
  ['crypto', 'export const x = crypto.randomUUID();'],
];
const ALLOWED =
  "export const x = [new URL('https://a.example').searchParams.get('q'), new TextDecoder('utf-8').decode(new TextEncoder().encode('a')), new Map<string, number>()];";

describe('the engine type-checks without DOM or Node', () => {
  it('has no DOM or Node types in its configuration', () => {
    const options = engineOptions();
    expect(options.lib).toEqual(['lib.es2022.d.ts']);
    expect(options.types).toEqual([]);
  });

  const errors = engineErrors([...FORBIDDEN.map(([, code]) => code), ALLOWED]);

  it.each(FORBIDDEN.map(([name], index) => [name, index] as const))('rejects %s', (name, index) => {
    expect((errors[index] ?? []).join('\n')).toContain(`Cannot find name '${name}'`);
  });

  it('accepts ECMAScript and the web-platform classes the engine declares (URL, TextDecoder, TextEncoder)', () => {
    expect(errors[FORBIDDEN.length]).toEqual([]);
  });
});
