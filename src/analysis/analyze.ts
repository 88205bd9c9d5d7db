/**
 * Stage 1 of three (collect → judge → score): read the repository into typed facts.
 * Nothing here decides a verdict.
 */
import type { Command, ExecStep, Pipeline, UnfollowedCommand } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import type { TestInventory, TestSelection } from '../model/inventory.js';
import type { RepoIndex } from '../model/repository.js';
import type { LocalAction, Workflow } from '../model/github.js';
import { OTHER_CI_FILES, readCiSystems } from '../parse/ci/index.js';
import { readDvcStages, type DvcStage } from '../parse/dvc.js';
import { readExternalCi, type ExternalCi } from '../parse/ci/unread.js';
import { buildInventory } from '../inventory/build.js';
import { indexRepository, type RepoOptions } from '../parse/repo.js';
import { commandsOf } from '../parse/run/run.js';

export interface Analysis {
  repo: RepoIndex;
  /** Every CI system's pipelines in the provider-neutral model (model/ci.ts). */
  pipelines: Pipeline[];
  /**
   * GitHub Actions as parsed (the `github` extras of the pipelines point into these), then
   * the GitLab CI and CircleCI pipelines in the same shape (`provider` set).
   */
  workflows: Workflow[];
  actions: LocalAction[];
  steps: ExecStep[];
  commands: Command[];
  /** Commands CI runs whose content the tool could not see (every trigger; `unfollowedSteps` keeps the automated ones). */
  unfollowed: UnfollowedCommand[];
  /** What test-runner commands select. */
  selections: TestSelection[];
  inventory: TestInventory;
  /** The stages of every `dvc.yaml`. */
  dvcStages: DvcStage[];
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
  const ci = readCiSystems(repo);
  const github = ci.github ?? { workflows: [], actions: [] };
  // "No .github/workflows folder" is no news when another CI system is configured.
  const findings = OTHER_CI_FILES.some((f) => repo.has(f)) ? ci.findings.filter((f) => f.check !== 'workflows') : ci.findings;
  const run = commandsOf(ci.steps, repo);
  const tests = buildInventory(repo, run.selections);
  const ext = readExternalCi(repo);
  return {
    repo,
    pipelines: ci.pipelines,
    workflows: [...github.workflows, ...(ci.adapted ?? [])],
    actions: github.actions,
    steps: ci.steps,
    commands: run.commands,
    unfollowed: run.unfollowed,
    selections: run.selections,
    inventory: tests.inventory,
    dvcStages: readDvcStages(repo),
    external: ext.external,
    findings: [...findings, ...run.findings, ...ext.findings, ...tests.findings],
  };
}
