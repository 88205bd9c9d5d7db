/**
 * The import boundaries between the rooms of src/ (eslint.config.js, docs/architecture.md):
 * each crossing fails the lint at the import's line and column, and each allowed import passes.
 * The cases lint one import with the project's own config (eslint.config.js) as if it were the
 * named file, so they hold for every file of a room, whether or not the named one exists.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Case {
  /** The importing file, relative to the repository root. */
  file: string;
  from: string;
  /** The start of the rule's message when the import crosses a boundary; undefined when it is allowed. */
  fails?: string;
}

const CROSSES = 'import is restricted from being used by a pattern';

const CASES: Case[] = [
  // parse/ knows nothing of the rooms after it.
  { file: 'src/parse/yaml.ts', from: '../analysis/index.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/parse/run/tasks/make.ts', from: '../../../checks/index.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/parse/ci/github-actions/workflow.ts', from: '../../../score/score.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/parse/ci/github-actions/workflow.ts', from: '../../../report/text.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/parse/repo.ts', from: '../inventory/discover.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/parse/ci/github-actions/workflow.ts', from: '../../yaml.js' },
  { file: 'src/parse/ci/github-actions/workflow.ts', from: '../../../model/ci.js' },
  // score/ and report/ never read the repository.
  { file: 'src/score/score.ts', from: '../parse/yaml.js', fails: 'score/ is arithmetic over verdicts' },
  { file: 'src/score/level.ts', from: '../report/text.js', fails: 'score/ is arithmetic over verdicts' },
  { file: 'src/report/text.ts', from: '../parse/repo.js', fails: 'report/ renders the report' },
  { file: 'src/report/text.ts', from: '../score/level.js' },
  // Only main.ts, inputs.ts and the publisher talk to the runner.
  { file: 'src/engine.ts', from: '@actions/core', fails: 'Only src/main.ts, src/inputs.ts and src/report/publish*.ts' },
  { file: 'src/report/summary.ts', from: '@actions/core', fails: 'Only src/main.ts, src/inputs.ts and src/report/publish*.ts' },
  { file: 'src/analysis/ci.ts', from: '@actions/github', fails: 'Only src/main.ts, src/inputs.ts and src/report/publish*.ts' },
  { file: 'src/main.ts', from: '@actions/core' },
  { file: 'src/inputs.ts', from: '@actions/core' },
  { file: 'src/report/publish.ts', from: '@actions/github' },
  // A check reads the repository only through analysis/index.js.
  { file: 'src/checks/devops/lint.ts', from: '../../analysis/index.js' },
  { file: 'src/checks/devops/lint.ts', from: '../../model/check.js' },
  { file: 'src/checks/devops/lint.ts', from: '../../vocabulary/lint.js' },
  { file: 'src/checks/devops/lint.ts', from: '../../vocabulary/shared/test-runners.js' },
  { file: 'src/checks/devops/lint.ts', from: '../kit.js' },
  { file: 'src/checks/devops/lint.ts', from: '../../analysis/ci.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/devops/lint.ts', from: '../../parse/yaml.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/devops/lint.ts', from: './unit-tests.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/training/training-tests.ts', from: '../devops/unit-tests.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/devops/lint.ts', from: 'yaml', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/devops/lint.ts', from: 'node:path' },
  { file: 'src/checks/devops/lint.ts', from: 'node:fs', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/lint.ts', from: '../config/config.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/kit.ts', from: '../config/config.js' },
  { file: 'src/checks/kit.ts', from: '../analysis/index.js' },
  { file: 'src/checks/kit.ts', from: '../analysis/match.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/kit.ts', from: './devops/lint.js', fails: 'A check reads the repository only through analysis/index.js' },
  { file: 'src/checks/index.ts', from: './devops/lint.js' },
  { file: 'src/checks/index.ts', from: '../parse/yaml.js', fails: 'The registry lists the checks' },
  // The earlier rooms never reach forward; model/ and vocabulary/ stand alone.
  { file: 'src/analysis/index.ts', from: '../checks/index.js', fails: 'analysis/ answers questions about parsed facts' },
  { file: 'src/analysis/index.ts', from: '../parse/yaml.js' },
  { file: 'src/inventory/kinds.ts', from: '../report/text.js', fails: 'inventory/ finds and classifies tests' },
  { file: 'src/model/check.ts', from: '../parse/yaml.js', fails: 'model/ holds types only' },
  { file: 'src/model/check.ts', from: './finding.js' },
  { file: 'src/vocabulary/lint.ts', from: '../checks/kit.js', fails: 'vocabulary/ is data' },
  { file: 'src/vocabulary/lint.ts', from: './shared/test-runners.js' },
  { file: 'src/vocabulary/shared/publishers.ts', from: '../../model/signal.js' },
  // The rooms after the engine (history, GitHub API, comparisons) are not imported by the pipeline.
  { file: 'src/analysis/profile.ts', from: '../history/read.js', fails: 'analysis/ answers questions about parsed facts' },
  { file: 'src/score/level.ts', from: '../compare/merge.js', fails: 'score/ is arithmetic over verdicts' },
  { file: 'src/parse/ci/github-actions/workflow.ts', from: '../../../github/client.js', fails: 'parse/ turns text into typed facts' },
  { file: 'src/report/compare-html.ts', from: '../compare/merge.js' },
  { file: 'src/analysis/analyze.ts', from: '../baseline/base.js', fails: 'analysis/ answers questions about parsed facts' },
  { file: 'src/main.ts', from: './baseline/base.js' },
  // Nothing outside __tests__/ imports from it.
  { file: 'src/parse/repo.ts', from: '../../__tests__/helpers/corpus.js', fails: 'Nothing outside __tests__/ imports from it' },
  { file: 'bench/analysis.ts', from: '../__tests__/helpers/repo.js', fails: 'Nothing outside __tests__/ imports from it' },
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function restrictedImports(eslint: ESLint, c: Case): Promise<string[]> {
  const code = `import { x } from '${c.from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, c.file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${m.line}:${m.column} ${m.message}`);
}

describe('import boundaries between the rooms of src/', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it.each(CASES)(
    '$file importing $from',
    async (c) => {
      const messages = await restrictedImports(eslint, c);
      if (c.fails === undefined) {
        expect(messages).toEqual([]);
      } else {
        expect(messages).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(`1:1 '${c.from}' ${CROSSES}. ${c.fails}`)}`))]);
      }
      // The first case loads ESLint's config (typescript-eslint): about 2 s alone, 3.3 s in the full suite with both cores busy.
    },
    30_000,
  );
});

describe('a check never reads a file itself', () => {
  const code = "export const f = (a: { repo: { read(p: string): string | undefined } }): string | undefined => a.repo.read('x');\n";
  const readMessages = async (file: string): Promise<string[]> => {
    const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };

  it('fails the lint in checks/', async () => {
    expect(await readMessages('src/checks/some-item.ts')).toEqual([expect.stringContaining("A check never reads a file's text")]);
  });

  it('is allowed in analysis/', async () => {
    expect(await readMessages('src/analysis/some-fact.ts')).toEqual([]);
  });
});
