/**
 * What each `run:` step executes, as Command records with their positions and reach.
 * Following wrappers (scripts, Makefile targets, tox envs, npm scripts ...) happens in
 * `followCommand`, which the test-inventory work extends; a depth limit and a loop guard
 * keep it finite.
 */
import type { Command, ExecStep } from '../model/execution.js';
import type { Finding } from '../model/finding.js';
import type { TestSelection } from '../model/inventory.js';
import type { RepoIndex } from '../model/repository.js';
import { parseShell } from './commands.js';

export interface RunModel {
  commands: Command[];
  /** What the test-runner commands select (paths, markers), for the test inventory. */
  selections: TestSelection[];
  findings: Finding[];
}

export function commandsOf(steps: readonly ExecStep[], repo: RepoIndex): RunModel {
  const commands: Command[] = [];
  const findings: Finding[] = [];
  const selections: TestSelection[] = [];
  for (const exec of steps) {
    if (exec.step.runLines.length === 0) continue;
    for (const sc of parseShell(exec.step.runLines)) {
      const cmd: Command = { text: sc.text, argv: sc.argv, at: { file: exec.file, line: sc.line, column: sc.column }, via: [], exec };
      const cannotFail = exec.cannotFail ?? sc.cannotFail;
      if (cannotFail) cmd.cannotFail = cannotFail;
      commands.push(cmd);
    }
  }
  void repo;
  return { commands, selections, findings };
}
