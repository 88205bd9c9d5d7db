/**
 * Pull-request scenarios built at test time with git: a copy of examples/ml-app (or given files)
 * committed as the base, then an edit committed as the head. Nothing is fetched; git runs with a
 * fixed identity and no user or system config.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from './project.js';

export const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'ml-app');

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A file edit: new text, or null to delete the file. */
export type Edit = Record<string, string | null | ((text: string) => string)>;

export interface PrScenario {
  dir: string;
  base: string;
  head: string;
}

const made: string[] = [];

/** A repository whose base is `from` (a folder) and whose head applies `edit`. */
export function prScenario(edit: Edit, from: string = EXAMPLE): PrScenario {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-pr-'));
  made.push(dir);
  fs.cpSync(from, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  for (const [rel, change] of Object.entries(edit)) {
    const abs = path.join(dir, rel);
    if (change === null) fs.rmSync(abs);
    else {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, typeof change === 'function' ? change(fs.readFileSync(abs, 'utf8')) : change);
    }
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** A depth-1 clone of the scenario's head: the base commit is not in it. */
export function shallowClone(s: PrScenario): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-shallow-'));
  made.push(dir);
  git(dir, 'clone', '-q', '--depth', '1', `file://${s.dir}`, '.');
  return dir;
}

/** The PR scenarios of the runner simulations and the screenshots. */
export const SCENARIOS = {
  /** Removes the test step: unit tests and the ML tests they ran are no longer automated. */
  removesTests: { '.github/workflows/ci.yml': (t: string) => t.replace(/\n\s*- run: pytest -q tests\n/, '\n') },
  /** Adds a behavioral test file that the existing pytest step runs. */
  addsBehavioralTests: {
    'tests/test_behavior.py': 'from src.train import train\n\n\ndef test_invariance_to_names():\n    """Invariance: the prediction does not change with the name (a slice test)."""\n    model = train()\n    assert model.predict(["Mark loved it"]) == model.predict(["Maria loved it"])\n',
  },
  /** Edits the README only. */
  changesNothing: { 'README.md': (t: string) => `${t}\nMore words.\n` },
} satisfies Record<string, Edit>;

/** Removes the folders made so far (tests call it after all; scripts when done). */
export function cleanScenarios(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

if (typeof afterAll === 'function') afterAll(cleanScenarios);
