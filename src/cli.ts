#!/usr/bin/env node
import nodeModule from 'node:module';
import { startEarlyGit } from './cli-early.js';
import { allowFullCollection } from './full-collection.js';
import { keepYoungGenerationSmall } from './young-generation.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const argv = process.argv.slice(2);
// `--version` answers before the analysis modules are even loaded (they hold the parsers and checks).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
} else {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, quietly, not the run with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit();
  });
  // Node >= 22.1 keeps V8's compiled code of the chunks below in a cache on disk (os.tmpdir()/node-compile-cache, or
  // NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a second run skips compiling 2 MB of JavaScript.
  // Node 20 has no such function. The default import: the bundle's namespace of node:module holds no static members.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  // git lists the checkout on the other core while the analysis chunk loads.
  const early = startEarlyGit(argv, process.cwd());
  const { runCli } = await import('./cli-run.js');
  // From here the heap's young generation keeps its size (young-generation.ts), and a large run is collected
  // between its checks and its report (full-collection.ts).
  keepYoungGenerationSmall();
  allowFullCollection();
  const io = {
    stdout: (t: string) => process.stdout.write(t),
    stderr: (t: string) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await runCli(argv, io, early);
  } finally {
    early?.stop();
  }
}
