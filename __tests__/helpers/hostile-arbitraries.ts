/**
 * The hostile fuzzer's inputs and exercises, shared by the bounded property test
 * (__tests__/hostile/fuzz.test.ts) and the long run (bench/fuzz.ts, 10^5 cases).
 * A case is a small repository: a workflow, a config, task files and a script, each
 * either structured-then-damaged or built from hostile tokens (YAML and shell syntax,
 * control, bidi and zero-width characters, lone CRs) repeated up to `maxRepeat` times.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { parseShell } from '../../src/parse/commands.js';
import { parseJustfile } from '../../src/parse/run/tasks/just.js';
import { parseMakefile } from '../../src/parse/run/tasks/make.js';
import { parseNoxfile } from '../../src/parse/run/tasks/nox.js';
import { parsePackageJson } from '../../src/parse/run/tasks/npm.js';
import { toxFromIni } from '../../src/parse/run/tasks/tox.js';
import { parseWorkflow } from '../../src/parse/ci/github-actions/workflow.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

export interface HostileCase {
  workflow: string;
  config: string;
  makefile: string;
  noxfile: string;
  tox: string;
  packageJson: string;
  justfile: string;
  script: string;
}

const TOKENS = [
  ...'ab: -\n\t{}[],&*!|>\'"#%@`?<=$()\\;'.split(''),
  ' ', '\r', '\r\n', '\u0000', '\u001b[2J', '\u009b', '\u202e', '\u2066', '\u200b', '\ufeff', '\u2028',
  '${{ x }}', '$(', '`', '<<EOF\n', '&& ', '|| ', '; ', 'it("', 'def test_a(', '"""', '/*', '*/', '#', '- ', '? ', '&a ', '*a ', '!!str ',
  'on', 'jobs', 'steps', 'run', 'uses: ./', 'make ', 'tox -e ', 'nox -s ', 'npm run ', 'pytest ', 'just ', 'cd ', '../', '/dev/zero', '.github/',
];

/** Hostile text: tokens, some repeated many times (the shapes that make scans quadratic). */
export function hostileText(maxRepeat: number): fc.Arbitrary<string> {
  const token = fc.constantFrom(...TOKENS);
  const run = fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: maxRepeat })).map(([t, n]) => t.join('').repeat(n));
  return fc.array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: run }), { maxLength: 12 }).map((parts) => parts.join(''));
}

const json = fc.jsonValue({ maxDepth: 2 });

/** Structured text damaged by inserting hostile text at arbitrary places. */
function damaged(base: fc.Arbitrary<string>, maxRepeat: number): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), hostileText(maxRepeat)), { maxLength: 3 })).map(([text, edits]) => {
    let out = text;
    for (const [at, insert] of edits) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i);
    }
    return out;
  });
}

const workflowValue = fc.record(
  {
    name: json,
    on: fc.oneof(fc.constantFrom('push', ['push', 'pull_request']), json),
    jobs: fc.dictionary(fc.string({ maxLength: 6 }), fc.record({ 'runs-on': fc.constant('ubuntu-latest'), steps: fc.array(fc.oneof(fc.record({ run: fc.string({ maxLength: 40 }) }), fc.record({ uses: fc.constantFrom('./', './a', './.github/workflows/x.yml', 'actions/checkout@v4') })), { maxLength: 4 }) }), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

const configValue = fc.record(
  {
    'min-score': fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.constant(Number.NaN)),
    weights: fc.dictionary(fc.constantFrom('devops', 'data', 'training', 'evaluation', 'deployment', 'monitoring'), fc.oneof(fc.double(), fc.integer())),
    ignore: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    items: fc.record({ lint: fc.record({ commands: fc.array(fc.constantFrom('^(a+)+$', '(a|a)*b', 'acme-lint', '(', '(?<=x)y', '\\1'), { maxLength: 3 }) }) }),
  },
  { requiredKeys: [] },
);

export function hostileCase(maxRepeat: number): fc.Arbitrary<HostileCase> {
  const text = hostileText(maxRepeat);
  return fc.record({
    workflow: fc.oneof(damaged(workflowValue.map((v) => stringify(v)), maxRepeat), text),
    config: fc.oneof(damaged(configValue.map((v) => stringify(v)), maxRepeat), text),
    makefile: fc.oneof(damaged(fc.constant('test:\n\tpytest\nlint: test\n\t$(MAKE) test\n'), maxRepeat), text),
    noxfile: fc.oneof(damaged(fc.constant('import nox\n@nox.session\ndef tests(session):\n    session.run("pytest")\n'), maxRepeat), text),
    tox: fc.oneof(damaged(fc.constant('[tox]\nenv_list = py\n[testenv]\ncommands = pytest {posargs}\n'), maxRepeat), text),
    packageJson: fc.oneof(damaged(fc.constant('{"scripts": {"test": "jest", "lint": "npm run test"}}'), maxRepeat), text),
    justfile: fc.oneof(damaged(fc.constant('test:\n    pytest\nlint: test\n    just test\n'), maxRepeat), text),
    script: fc.oneof(damaged(fc.constant('#!/bin/sh\nset -e\ncd "$(dirname "$0")"\npytest tests\n'), maxRepeat), text),
  });
}

export interface Outcome {
  /** Findings produced (parsers in process), or report findings (engine). */
  findings: number;
  /** Longest finding message: a field must stay bounded whatever the input. */
  longestMessage: number;
  /** All finding messages together, and all the input: messages may quote the input, never multiply it. */
  messageChars: number;
  inputChars: number;
  /** Largest rendered output (engine only): JSON, markdown and text. */
  outputBytes: number;
}

const longest = (fs: readonly Finding[]) => fs.reduce((m, f) => Math.max(m, f.message.length), 0);
const total = (fs: readonly Finding[]) => fs.reduce((m, f) => m + f.message.length, 0);
const inputChars = (c: HostileCase) => Object.values(c).reduce((m: number, t: string) => m + t.length, 0);

/** Every parser of the case, in process (fast: the bulk of the 10^5). Throws only on a bug. */
export function exerciseParsers(c: HostileCase): Outcome {
  const findings: Finding[] = [];
  const wf = parseWorkflow('.github/workflows/ci.yml', c.workflow);
  findings.push(...wf.findings.slice(0, 1000));
  findings.push(...parseConfig('.github/mlops-ci-check.yml', c.config).findings.slice(0, 1000));
  parseMakefile('Makefile', c.makefile, findings);
  parseNoxfile('noxfile.py', c.noxfile);
  toxFromIni('tox.ini', c.tox, findings);
  parsePackageJson('package.json', c.packageJson, findings);
  parseJustfile('justfile', c.justfile);
  const lines = c.script.split('\n').map((value, i) => ({ value, pos: { line: i + 1, column: 1 } }));
  parseShell(lines);
  return { findings: findings.length, longestMessage: longest(findings), messageChars: total(findings), inputChars: inputChars(c), outputBytes: 0 };
}

/** The whole engine and every renderer on the case, written to a temporary folder. */
export function exerciseEngine(c: HostileCase): Outcome {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-fuzz-'));
  try {
    const files: Record<string, string> = {
      '.github/workflows/ci.yml': c.workflow,
      '.github/mlops-ci-check.yml': c.config,
      Makefile: c.makefile,
      'noxfile.py': c.noxfile,
      'tox.ini': c.tox,
      'package.json': c.packageJson,
      justfile: c.justfile,
      'run.sh': c.script,
      '.github/workflows/extra.yml': 'on: [push, pull_request]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make test && nox -s tests && tox -e py && npm test && just test && ./run.sh\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    const { report } = runEngine(root);
    const outputs = [renderJson(report), renderSummary(report), renderText(report, { color: true })];
    return { findings: report.findings.length, longestMessage: longest(report.findings), messageChars: total(report.findings), inputChars: inputChars(c), outputBytes: Math.max(...outputs.map((o) => Buffer.byteLength(o))) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
