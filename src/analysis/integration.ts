/** Whether a test command selects only integration or end-to-end tests, and why. */
import type { Command } from '../model/ci.js';
import { INTEGRATION_COMMANDS, MARKER_TERM } from '../vocabulary/integration-tests.js';
import { isIntegrationPath } from '../vocabulary/shared/test-paths.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';
import { commandLine } from './match.js';

/** Why a command selects only integration or e2e tests (undefined when it does not). */
export function integrationSelection(c: Command): string | undefined {
  const line = commandLine(c);
  const signal = INTEGRATION_COMMANDS.find((s) => s.command.test(line));
  if (signal) return signal.label;
  if (!TEST_RUNNER_COMMANDS.some((s) => s.command.test(line))) return undefined;
  const words = c.argv.slice(1);
  const m = words.findIndex((w) => w === '-m' || w.startsWith('-m='));
  if (m >= 0) {
    const expr = words[m]!.startsWith('-m=') ? words[m]!.slice(3) : (words[m + 1] ?? '');
    const positive = expr.split(/\s+(?:and|or)\s+|[()]/).some((term) => !/^\s*not\b/.test(term) && MARKER_TERM.test(term));
    if (positive) return `pytest marker "-m ${expr}"`;
  }
  // A flag that switches integration tests on (`-runIntegrationTests=true`, `--run-e2e`), not off.
  const flag = words.find((w) => /^--?[\w-]*(integration|e2e)[\w-]*(=(true|1|yes))?$/i.test(w) && !/(skip|no[-_]?|exclude|ignore|without|disable)/i.test(w));
  if (flag) return `flag "${flag}"`;
  const paths = words.filter((w) => !w.startsWith('-') && /[/.]|^(tests?|e2e|integration)/.test(w));
  if (paths.length > 0 && paths.every((p) => isIntegrationPath(`${p.replace(/^\.\//, '').replace(/\/?(\.\.\.)?$/, '')}/`))) return `tests under "${paths.join(' ')}"`;
  return undefined;
}
