/**
 * Shared assertions for command-resolution tests: analyse a tiny repository and describe a
 * reached command as `file:line`, its `via` chain, and the selection made from it.
 */
import type { Analysis } from '../../src/analysis/analyze.js';
import type { Command } from '../../src/model/ci.js';
import { analyzeFiles, workflow } from './repo.js';

export interface Reached {
  argv: string[];
  at: string;
  via: string[];
}

export function describeCommand(c: Command): Reached {
  return { argv: c.argv, at: `${c.at.file}:${c.at.line}`, via: c.via.map((v) => `${v.file}:${v.line}`) };
}

/** A repository whose one workflow (`.github/workflows/ci.yml`, steps from line 6) runs `run`. */
export function analyzeRun(run: string, files: Record<string, string>, extraStep = ''): Analysis {
  const lines = run.split('\n').map((l) => `          ${l}`).join('\n');
  return analyzeFiles({ '.github/workflows/ci.yml': workflow('[push, pull_request]', `      - run: |\n${lines}\n${extraStep}`), ...files });
}

/** The first command whose argv starts with `prefix` (joined by spaces). */
export function findCommand(a: Analysis, prefix: string): Command | undefined {
  return a.commands.find((c) => c.argv.join(' ').startsWith(prefix));
}

/** Line of the first `run:` command in a workflow built by analyzeRun. */
export const RUN_LINE = 8;
export const CI = '.github/workflows/ci.yml';

export function resolutionFindings(a: Analysis): string[] {
  return a.findings.filter((f) => f.check === 'command-resolution').map((f) => `${f.file}:${f.line}`);
}
