/**
 * Look-ups over a repository's paths by base name and by extension, built once per
 * RepoIndex on first use. Checks that look for files of a name or an extension ask here
 * instead of scanning every path; answers keep the order of `repo.files` (sorted).
 */
import type { RepoIndex } from '../model/repository.js';
import { runIndex, type PathIndex } from './run-index.js';

const NONE: readonly number[] = [];

function indexOf(repo: RepoIndex): PathIndex {
  const ix = runIndex(repo);
  let index = ix.paths;
  if (index) return index;
  index = { byBaseName: new Map(), byExtension: new Map() };
  const files = repo.files;
  for (let i = 0; i < files.length; i++) {
    const p = files[i]!;
    const base = p.slice(p.lastIndexOf('/') + 1);
    push(index.byBaseName, base, i);
    const dot = base.lastIndexOf('.');
    if (dot >= 0) push(index.byExtension, base.slice(dot).toLowerCase(), i);
  }
  ix.paths = index;
  return index;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Positions (in `repo.files`) of the paths whose base name is one of `names`, ascending. */
export function positionsByBaseName(repo: RepoIndex, names: readonly string[]): number[] {
  const by = indexOf(repo).byBaseName;
  if (names.length === 1) return [...(by.get(names[0]!) ?? NONE)];
  const out = new Set<number>();
  for (const n of names) for (const i of by.get(n) ?? NONE) out.add(i);
  return [...out].sort((x, y) => x - y);
}

/** Paths whose base name is one of `names`, in `repo.files` order. */
export function pathsByBaseName(repo: RepoIndex, names: readonly string[]): string[] {
  return positionsByBaseName(repo, names).map((i) => repo.files[i]!);
}

/**
 * Paths whose base name ends with one of `extensions` (lower-case, with the dot, e.g. '.py'),
 * compared without case, in `repo.files` order. A path that ends with `.PY` is included:
 * callers that need an exact case still test their own pattern on the result.
 */
export function pathsByExtension(repo: RepoIndex, extensions: readonly string[]): string[] {
  const by = indexOf(repo).byExtension;
  const positions = new Set<number>();
  for (const e of extensions) for (const i of by.get(e) ?? NONE) positions.add(i);
  return [...positions].sort((x, y) => x - y).map((i) => repo.files[i]!);
}
