#!/usr/bin/env node
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const argv = process.argv.slice(2);
// `--version` answers before the analysis modules are even loaded (they hold the parsers and checks).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
} else {
  const { runCli } = await import('./cli-run.js');
  process.exitCode = await runCli(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
  });
}
