// Preloaded into every measured child (`node --import ./bench/usage-hook.mjs …`): at exit it
// writes the process's own CPU time and peak RSS to the file named by BENCH_USAGE_OUT.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_USAGE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
