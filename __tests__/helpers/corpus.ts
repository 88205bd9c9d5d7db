/**
 * The corpus tier's access to the shared corpus of real repositories. jest.config.js is
 * the one place that finds it (MLOPS_CORPUS, else a `shared/corpus` above the project) and
 * hands its path over in MLOPS_CORPUS; the tier (__tests__/corpus/) only runs when it is
 * there. Outside Jest, the fallback is ../shared/corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './project.js';

export { PROJECT_ROOT };

export const CORPUS = path.resolve(process.env['MLOPS_CORPUS'] ?? path.join(PROJECT_ROOT, '..', 'shared', 'corpus'));

export function corpusRepo(name: string): string {
  const p = path.join(CORPUS, name);
  if (!fs.existsSync(p)) throw new Error(`The corpus repository "${p}" is missing: the corpus tier needs ../shared/corpus beside the project (or MLOPS_CORPUS set to it).`);
  return p;
}

export function corpusRepos(): string[] {
  if (!fs.existsSync(CORPUS)) throw new Error(`The corpus folder "${CORPUS}" is missing: the corpus tier needs ../shared/corpus beside the project (or MLOPS_CORPUS set to it).`);
  return fs.readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
