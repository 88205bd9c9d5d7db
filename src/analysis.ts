/**
 * Stage 1 of three (collect → judge → score): read the repository into typed facts.
 * Nothing here decides a verdict.
 */
import type { Command, ExecStep } from './model/execution.js';
import type { Finding } from './model/finding.js';
import type { TestInventory, TestSelection } from './model/inventory.js';
import type { RepoIndex } from './model/repository.js';
import type { LocalAction, Workflow } from './model/workflow.js';
import { readCi } from './parse/ci.js';
import { readExternalCi, type ExternalCi } from './parse/external-ci.js';
import { buildInventory } from './inventory/build.js';
import { indexRepository, type RepoOptions } from './parse/repo.js';
import { commandsOf } from './parse/run.js';

export interface Analysis {
  repo: RepoIndex;
  workflows: Workflow[];
  actions: LocalAction[];
  steps: ExecStep[];
  commands: Command[];
  /** What test-runner commands select. */
  selections: TestSelection[];
  inventory: TestInventory;
  /** pre-commit.ci and CI services the tool does not read yet. */
  external: ExternalCi;
  /** Findings from parsing CI (read problems accumulate in `repo.findings`, checks add their own). */
  findings: Finding[];
}

export interface AnalyzeOptions extends RepoOptions {
  /** Another source of files than the walk of `root` (the base commit read from git objects). */
  openRepo?: (root: string, options: RepoOptions) => RepoIndex;
}

export function analyzeRepository(root: string, options: AnalyzeOptions = {}): Analysis {
  const repo = (options.openRepo ?? indexRepository)(root, options);
  const ci = readCi(repo);
  const run = commandsOf(ci.steps, repo);
  const tests = buildInventory(repo, run.selections);
  const ext = readExternalCi(repo);
  return {
    repo,
    workflows: ci.workflows,
    actions: ci.actions,
    steps: ci.steps,
    commands: run.commands,
    selections: run.selections,
    inventory: tests.inventory,
    external: ext.external,
    findings: [...ci.findings, ...run.findings, ...ext.findings, ...tests.findings],
  };
}
