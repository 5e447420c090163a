#!/usr/bin/env node
// `occhio scan [--json] [--policy FILE] PATH...` and `occhio eval --phishing DIR --ham DIR [--json] [--policy FILE]`.
import { parseArgs } from 'node:util';
import { runEval } from './eval';
import { loadPolicy } from './load-policy';
import { runScan } from './scan';

const USAGE = `usage:
  occhio scan [--json] [--policy FILE] PATH...          analyze .eml files and folders (recursively)
  occhio eval --phishing DIR --ham DIR [--ham DIR] [--json] [--policy FILE]
                                                       measure detection on labelled folders`;

function usageError(message: string): number {
  process.stderr.write(`occhio: ${message}\n${USAGE}\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        policy: { type: 'string' },
        phishing: { type: 'string', multiple: true },
        ham: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const loaded = loadPolicy(values.policy);
  if ('error' in loaded) return usageError(loaded.error);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);

  if (command === 'scan') {
    if (positionals.length === 0) return usageError('scan needs at least one file or folder');
    if (values.phishing || values.ham) return usageError('--phishing and --ham belong to eval');
    return runScan({ json: values.json, policy: loaded.policy, paths: positionals, out, color: process.stdout.isTTY });
  }
  if (command === 'eval') {
    if (!values.phishing?.length && !values.ham?.length) return usageError('eval needs --phishing DIR and/or --ham DIR');
    if (positionals.length > 0) return usageError(`unexpected argument: ${positionals[0] ?? ''}`);
    return runEval({
      phishing: values.phishing ?? [],
      ham: values.ham ?? [],
      json: values.json,
      policy: loaded.policy,
      out,
      progress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r  ${done}/${total} messages${done === total ? '\n' : ''}`);
        else if (done % 1000 === 0 || done === total) process.stderr.write(`  ${done}/${total} messages\n`);
      },
    });
  }
  return usageError(command ? `unknown command: ${command}` : 'missing command');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`occhio: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
