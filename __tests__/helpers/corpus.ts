/**
 * Where the shared corpus of real repositories is: MLOPS_CORPUS when set, else the
 * nearest `shared/corpus` above the project (a clean clone has it at ../shared/corpus;
 * a git worktree may sit deeper). Tests that need it fail with this message when it is
 * missing, rather than skipping: the project itself never needs it at run time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function findCorpus(): string {
  const fromEnv = process.env['MLOPS_CORPUS'];
  if (fromEnv) return path.resolve(fromEnv);
  let dir = PROJECT_ROOT;
  for (;;) {
    const candidate = path.join(path.dirname(dir), 'shared', 'corpus');
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(PROJECT_ROOT, '../shared/corpus');
    dir = up;
  }
}

export const CORPUS = findCorpus();

export function corpusRepo(name: string): string {
  const p = path.join(CORPUS, name);
  if (!fs.existsSync(p)) throw new Error(`The corpus repository "${p}" is missing: these tests need ../shared/corpus beside the project (or MLOPS_CORPUS set to it).`);
  return p;
}

export function corpusRepos(): string[] {
  if (!fs.existsSync(CORPUS)) throw new Error(`The corpus folder "${CORPUS}" is missing: these tests need ../shared/corpus beside the project (or MLOPS_CORPUS set to it).`);
  return fs.readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
