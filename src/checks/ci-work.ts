/**
 * Typed queries over CI work that several DevOps checks share: commands that actions run
 * from their `with:` inputs, the steps of one job in order, and what a job runs.
 */
import type { Analysis } from '../analysis.js';
import type { Command, ExecStep } from '../model/execution.js';
import { parseShell } from '../parse/commands.js';
import { usesName } from './evidence.js';
import { COMMAND_RUNNER_USES } from './vocabulary.js';

/**
 * Commands given to actions that run a script (`coactions/setup-xvfb` `run:`, `nick-fields/retry`
 * `command:` ...), placed at the step's `uses:` line since the input is one value.
 */
export function actionCommands(a: Analysis): Command[] {
  const out: Command[] = [];
  for (const exec of a.steps) {
    const uses = exec.step.uses;
    if (!uses) continue;
    const name = usesName(uses.value);
    const runner = COMMAND_RUNNER_USES.find((r) => name === r.uses.toLowerCase());
    if (!runner) continue;
    for (const key of runner.keys) {
      const input = exec.step.with[key];
      if (!input) continue;
      const lines = input.value.split(/\r?\n/).map((value) => ({ value, pos: uses.pos }));
      for (const sc of parseShell(lines)) {
        const cmd: Command = { text: sc.text, argv: sc.argv, at: { file: exec.file, line: uses.pos.line, column: uses.pos.column }, via: [], exec };
        const cannotFail = exec.cannotFail ?? sc.cannotFail;
        if (cannotFail) cmd.cannotFail = cannotFail;
        out.push(cmd);
      }
    }
  }
  return out;
}

/** Every command CI runs: `run:` scripts and the scripts given to command-running actions. */
const allOf = new WeakMap<Analysis, Command[]>();

/** The commands of run steps and of actions, one list per analysis (callers must not change it). */
export function allCommands(a: Analysis): Command[] {
  let all = allOf.get(a);
  if (!all) allOf.set(a, (all = [...a.commands, ...actionCommands(a)]));
  return all;
}

/** Steps grouped by the job that runs them, in the order CI runs them. */
export function stepsByJob(a: Analysis): Map<string, ExecStep[]> {
  const out = new Map<string, ExecStep[]>();
  for (const exec of a.steps) {
    const key = sameJobKey(exec);
    const list = out.get(key);
    if (list) list.push(exec);
    else out.set(key, [exec]);
  }
  return out;
}

const isWorkflowFile = (f: string): boolean => f.startsWith('.github/workflows/');

/**
 * Steps of the same job share this key. A local composite action's steps carry the job
 * that calls them, written in the innermost workflow file of their `via` chain.
 */
export function sameJobKey(exec: ExecStep): string {
  const jobFile = isWorkflowFile(exec.file) ? exec.file : ([...exec.via].reverse().find((v) => isWorkflowFile(v.file))?.file ?? exec.workflow.file);
  return `${exec.workflow.file}\u0000${jobFile}\u0000${exec.job.id}`;
}
