// Lints snippets of code as if they were files of the project, with the border rules eslint.config.mjs applies to
// that path. Run by borders.test.ts in a child process (ESLint loads its ESM config with import(), which Jest's
// CommonJS mode cannot). Input on stdin: [{ "path": "src/engine/x.ts", "code": "..." }]; output: rule ids per case.
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const BORDER_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'];

const cases = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));
const eslint = new ESLint({ cwd: process.cwd() });
const linter = new Linter({ configType: 'flat' });
const results = [];
for (const { path, code } of cases) {
  const config = await eslint.calculateConfigForFile(path);
  const rules = Object.fromEntries(BORDER_RULES.filter((id) => config.rules?.[id]).map((id) => [id, config.rules[id]]));
  const messages = linter.verify(code, [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules }], { filename: path });
  results.push(messages.map((m) => m.ruleId ?? `fatal: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
