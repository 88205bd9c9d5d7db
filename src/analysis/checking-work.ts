/**
 * What a workflow does that checks the project (tests, lint, scanning, builds), as opposed
 * to housekeeping (closing stale issues, locking threads, labelling). Used to tell a
 * schedule-only CI gap from a scheduled bot.
 */
import type { Analysis } from './analyze.js';
import type { Pipeline } from '../model/ci.js';
import { BUILD_COMMANDS, BUILD_USES } from '../vocabulary/build.js';
import { allCommands } from './ci.js';
import { commandLine, matchUses } from './match.js';
import { INTEGRATION_COMMANDS, INTEGRATION_USES } from '../vocabulary/integration-tests.js';
import { LINT_COMMANDS, LINT_USES } from '../vocabulary/lint.js';
import { SECURITY_COMMANDS, SECURITY_USES } from '../vocabulary/security-scan.js';
import { TEST_RUNNER_COMMANDS, TEST_USES } from '../vocabulary/shared/test-runners.js';

export const CHECKING_USES = [...TEST_USES, ...INTEGRATION_USES, ...LINT_USES, ...SECURITY_USES, ...BUILD_USES];
export const CHECKING_COMMANDS = [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS, ...LINT_COMMANDS, ...SECURITY_COMMANDS, ...BUILD_COMMANDS];

/** The first checking work a workflow runs (its steps and what they call), in words; undefined for none. */
export function checkingWork(a: Analysis, wf: Pipeline): string | undefined {
  const uses = matchUses(a, CHECKING_USES).find((m) => m.exec.pipeline === wf);
  if (uses) return uses.signal.label;
  for (const c of allCommands(a)) {
    if (c.exec.pipeline !== wf) continue;
    const line = commandLine(c);
    const signal = CHECKING_COMMANDS.find((s) => s.command.test(line));
    if (signal) return signal.label;
  }
  return undefined;
}
