/** What package manifests declare, for the checks: the facts of the run's `ManifestStore` (parse/manifests.ts), never a manifest's text. */
import type { Analysis } from './analyze.js';
import type { ManifestValue } from '../model/manifest.js';
import { manifestStore } from '../parse/manifests.js';

/** Every dependency a manifest declares, to run or for development and tests, each at its line; none when `path` is not a manifest the tool reads. */
export function declaredDependencies(a: Analysis, path: string): ManifestValue[] {
  const m = manifestStore(a.repo).get(path);
  return m ? [...m.dependencies, ...m.devDependencies] : [];
}
