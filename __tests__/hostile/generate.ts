/**
 * A generator of hostile repositories, one family per class of issue 12 (a pull request's
 * content is hostile): each builds its files at test time, in a temporary folder, so no
 * large or strange file (a FIFO, a link out, a megabyte of quotes) is ever committed.
 * Sizes stay under the read limits (1 MiB a file) so the work they cause is real.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Files = Record<string, string | Buffer>;

const made: string[] = [];

/** A repository from files, plus `extra` for what plain files cannot say (links, FIFOs). */
export function buildRepo(files: Files, extra?: (root: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-hostile-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  extra?.(root);
  return root;
}

/** A folder outside every repository, for links that point out. */
export function outsideDir(files: Files = {}): string {
  return buildRepo(files);
}

export function removeBuilt(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function mkfifo(abs: string): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  execFileSync('mkfifo', [abs]);
}

export function symlink(target: string, abs: string): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.symlinkSync(target, abs);
}

export const WORKFLOW = '.github/workflows/ci.yml';

/** A workflow running `steps` (YAML list items, indented by six spaces) on pull requests. */
export function workflow(steps: string, name = 'ci'): string {
  return `name: ${name}\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}

export const runStep = (command: string): string => `      - run: ${command}\n`;

// --- Expansion that fans out: each node calls the next `fan` times, `depth` levels deep. ---

export function compositeFanOut(depth: number, fan: number): Files {
  const files: Files = { [WORKFLOW]: workflow('      - uses: ./.github/actions/a0\n') };
  for (let i = 0; i < depth; i++) {
    const calls = `    - uses: ./.github/actions/a${i + 1}\n`.repeat(fan);
    files[`.github/actions/a${i}/action.yml`] = `name: a${i}\nruns:\n  using: composite\n  steps:\n${calls}    - run: pytest tests\n      shell: bash\n`;
  }
  files[`.github/actions/a${depth}/action.yml`] = 'name: leaf\nruns:\n  using: composite\n  steps:\n    - run: ruff check .\n      shell: bash\n';
  return files;
}

export function reusableFanOut(depth: number, fan: number): Files {
  const files: Files = {};
  for (let i = 0; i < depth; i++) {
    const jobs = Array.from({ length: fan }, (_, k) => `  call${k}:\n    uses: ./.github/workflows/w${i + 1}.yml\n`).join('');
    files[`.github/workflows/w${i}.yml`] = `on: ${i === 0 ? '[push, pull_request]' : 'workflow_call'}\njobs:\n${jobs}`;
  }
  files[`.github/workflows/w${depth}.yml`] = 'on: workflow_call\njobs:\n  leaf:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n';
  return files;
}

export function makeFanOut(depth: number, fan: number): Files {
  let makefile = '';
  for (let i = 0; i < depth; i++) makefile += `t${i}:\n${`\t$(MAKE) t${i + 1}\n`.repeat(fan)}`;
  makefile += `t${depth}:\n\tpytest tests\n`;
  return { Makefile: makefile, [WORKFLOW]: workflow(runStep('make t0')) };
}

export function npmFanOut(depth: number, fan: number): Files {
  const scripts: Record<string, string> = {};
  for (let i = 0; i < depth; i++) scripts[`s${i}`] = Array(fan).fill(`npm run s${i + 1}`).join(' && ');
  scripts[`s${depth}`] = 'jest';
  return { 'package.json': JSON.stringify({ name: 'x', scripts }), [WORKFLOW]: workflow(runStep('npm run s0')) };
}

/** Local actions calling each other in a chain `length` long (no loop, no fan-out). */
export function compositeChain(length: number): Files {
  const files: Files = { [WORKFLOW]: workflow('      - uses: ./.github/actions/c0\n') };
  for (let i = 0; i < length; i++) files[`.github/actions/c${i}/action.yml`] = `runs:\n  using: composite\n  steps:\n    - uses: ./.github/actions/c${i + 1}\n`;
  files[`.github/actions/c${length}/action.yml`] = 'runs:\n  using: composite\n  steps:\n    - run: pytest\n      shell: bash\n';
  return files;
}

// --- Text shaped to make a scan or a parser do quadratic work. ---

export const megabyteOf = (token: string, bytes = 1000 * 1000): string => token.repeat(Math.floor(bytes / token.length));

/** YAML: deep nesting, quote-dense long lines, many keys, anchors on one line. */
export const YAML_BOMBS: Record<string, string> = {
  'flow brackets nested 5,000 deep': '['.repeat(5000),
  'block lists nested on one line': `${'- '.repeat(5000)}a\n`,
  'a megabyte line of unclosed flow quotes': `on: [${megabyteOf('"a, ', 900 * 1000)}`,
  'long lines dense in flow quotes': `${'k: [' + '"a, '.repeat(4000) + '\n'}`.repeat(50),
  '170,000 keys with unclosed quotes': 'k: "a\n'.repeat(170_000),
  '100,000 distinct keys': Array.from({ length: 100_000 }, (_, i) => `k${i}: v\n`).join(''),
  'anchors on anchors on one line': megabyteOf('&a ', 600 * 1000),
  'hundreds of errors with an unclosed quote (found by the fuzzer)': `${'uses: ./ '.repeat(800)}\n"open\n`,
};

/** A config whose aliases expand to 9^7 values. */
export const ALIAS_BOMB = ['x: &a [1, 2]', 'y: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'z: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'w: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'v: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'u: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 't: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 's: [*g,*g,*g,*g,*g,*g,*g,*g,*g]', ''].join('\n');

/** Control, bidi and zero-width characters a name can carry. */
export const HIDDEN = { esc: '\u001b[31m', rlo: '\u202e', zwsp: '\u200b', c1: '\u009b', bell: '\u0007' };

/** Make targets in a chain `length` long, each the prerequisite of the one before (no loop, no fan-out). */
export function makeChain(length: number): Files {
  let makefile = '';
  for (let i = 0; i < length; i++) makefile += `t${i}: t${i + 1}\n\techo ${i}\n`;
  makefile += `t${length}:\n\tpytest tests\n`;
  return { Makefile: makefile, [WORKFLOW]: workflow(runStep('make t0')) };
}

/** Just recipes in a chain `length` long. */
export function justChain(length: number): Files {
  let justfile = '';
  for (let i = 0; i < length; i++) justfile += `r${i}: r${i + 1}\n    echo ${i}\n`;
  justfile += `r${length}:\n    pytest tests\n`;
  return { justfile, [WORKFLOW]: workflow(runStep('just r0')) };
}

/** CircleCI commands calling each other in a chain `length` long. */
export function circleChain(length: number): Files {
  let commands = '';
  for (let i = 0; i < length; i++) commands += `  c${i}:\n    steps:\n      - c${i + 1}\n`;
  commands += `  c${length}:\n    steps:\n      - run: pytest tests\n`;
  return {
    '.circleci/config.yml': `version: 2.1\ncommands:\n${commands}jobs:\n  build:\n    docker:\n      - image: cimg/python:3.11\n    steps:\n      - checkout\n      - c0\nworkflows:\n  main:\n    jobs:\n      - build\n`,
  };
}
