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
import { readOtherCi } from './parse/ci/adapt.js';
import type { CiPipeline } from './parse/ci/tree.js';
import { readExternalCi, type ExternalCi } from './parse/external-ci.js';
import { buildInventory } from './inventory/build.js';
import { indexRepository, type RepoOptions } from './parse/repo.js';
import { commandsOf } from './parse/run.js';

export interface Analysis {
  repo: RepoIndex;
  /** GitHub workflows, then the GitLab CI and CircleCI pipelines adapted to the same model. */
  workflows: Workflow[];
  /** The GitLab CI and CircleCI pipelines as read. */
  pipelines: CiPipeline[];
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

export interface AnalyzeOptions extends RepoOptions {}

export function analyzeRepository(root: string, options: AnalyzeOptions = {}): Analysis {
  const repo = indexRepository(root, options);
  const ci = readCi(repo);
  const other = readOtherCi(repo);
  // "No .github/workflows folder" is no news when another CI runs the repository.
  const ciFindings = other.configs.length > 0 ? ci.findings.filter((f) => f.check !== 'workflows') : ci.findings;
  const steps = [...ci.steps, ...other.steps];
  const run = commandsOf(steps, repo);
  const tests = buildInventory(repo, run.selections);
  const ext = readExternalCi(repo);
  return {
    repo,
    workflows: [...ci.workflows, ...other.workflows],
    pipelines: other.pipelines,
    actions: ci.actions,
    steps,
    commands: run.commands,
    selections: run.selections,
    inventory: tests.inventory,
    external: ext.external,
    findings: [...ciFindings, ...other.findings, ...run.findings, ...ext.findings, ...tests.findings],
  };
}
