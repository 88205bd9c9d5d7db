/**
 * Which Rust test files a cargo test command runs (`cargo test`, `cargo nextest run`, `cargo llvm-cov`,
 * `cargo tarpaulin`; parse/run/cargo-selection.ts reads their options).
 *
 * The manifest is `--manifest-path` (from the folder the command runs in) or the nearest Cargo.toml at or above that
 * folder. Its workspace is itself when it has `[workspace]`, else the nearest manifest above whose `members` globs
 * (less `exclude`) hold it. The packages tested: `-p NAME` (globs allowed), `--workspace` (less `--exclude`), else the
 * manifest's own package, or for a virtual manifest (no `[package]`) its `default-members`, else every member. A test
 * file belongs to the nearest package at or above it; its target is the lib (`src/`), a binary (`src/main.rs`,
 * `src/bin/`) or an integration test (`tests/NAME.rs`, `tests/NAME/main.rs`). Doc tests, examples and benches hold no
 * inventoried file.
 *
 * When the answer cannot be decided (a variable manifest path or package, a package no manifest names, features, a
 * filter, an option the tool does not read), every test the command could run is counted, and a note says so.
 */
import * as posix from 'node:path/posix';
import { clipText } from '../io/safe-text.js';
import type { CargoSelection, TestSelection } from '../model/inventory.js';
import type { CargoManifest } from './conventions.js';
import { globMatcher, type FoundTest } from './discover.js';

type AddAll = (list: readonly FoundTest[] | undefined, keep?: (t: FoundTest) => boolean) => void;

interface CargoIndexLike {
  tests: readonly FoundTest[];
  under: ReadonlyMap<string, readonly FoundTest[]>;
  settings: { cargo?: CargoManifest[] };
}

const isVariable = (w: string): boolean => w.includes('$') || w.includes('{{');
const within = (dir: string, path: string): boolean => dir === '' || path === dir || path.startsWith(`${dir}/`);
const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** The nearest manifest at or above `dir` that `ok` accepts. */
function nearestManifest(list: readonly CargoManifest[], dir: string, ok: (m: CargoManifest) => boolean): CargoManifest | undefined {
  let best: CargoManifest | undefined;
  for (const m of list) if (ok(m) && within(m.dir, dir) && (!best || m.dir.length > best.dir.length)) best = m;
  return best;
}

/** The members of a workspace root: the packages its `members` globs hold (less `exclude`), and the root itself when it is a package. */
function membersOf(root: CargoManifest, list: readonly CargoManifest[]): CargoManifest[] {
  const ws = root.workspace!;
  const rel = (m: CargoManifest) => (root.dir === '' ? m.dir : m.dir.slice(root.dir.length + 1));
  const norm = (globs: readonly string[]) => globs.map((g) => posix.normalize(g).replace(/\/+$/, ''));
  const included = globMatcher(norm(ws.members));
  const excluded = ws.exclude.length > 0 ? globMatcher(norm(ws.exclude)) : () => false;
  return list.filter((m) => m.isPackage && (m === root || (m.dir !== root.dir && within(root.dir, m.dir) && included(rel(m)) && !excluded(rel(m)))));
}

/** The workspace a manifest belongs to: itself when it has `[workspace]`, else the nearest root above that lists it. */
function workspaceOf(manifest: CargoManifest, list: readonly CargoManifest[]): CargoManifest | undefined {
  if (manifest.workspace) return manifest;
  const roots = list.filter((m) => m.workspace && m.dir !== manifest.dir && within(m.dir, manifest.dir)).sort((a, b) => b.dir.length - a.dir.length);
  return roots.find((r) => membersOf(r, list).includes(manifest));
}

/** Whether a file (relative to its package) is in one of the picked targets. */
function inTargets(rel: string, sel: CargoSelection): boolean {
  const isTest = /^tests\//.test(rel);
  const isBin = rel === 'src/main.rs' || rel.startsWith('src/bin/');
  const isLib = rel.startsWith('src/') && !isBin;
  // No target option: the lib, the binaries and the integration tests (and doc tests); `--tests` the same (less doc tests).
  const targets = sel.targets.length === 0 && sel.tests.length === 0 ? ['tests'] : sel.targets;
  if (targets.includes('all') || targets.includes('tests')) return isLib || isBin || isTest;
  if (isLib && targets.includes('lib')) return true;
  if (isBin && targets.includes('bins')) return true;
  if (!isTest || sel.tests.length === 0) return false;
  // `--test NAME` (a glob; one set at run time may be any): the integration tests of that name.
  if (sel.tests.some(isVariable)) return true;
  const name = /^tests\/([^/]+?)(?:\.rs|\/main\.rs)$/.exec(rel)?.[1];
  return name !== undefined && globMatcher(sel.tests)(name);
}

export function selectCargo(sel: TestSelection, cwd: string, index: CargoIndexLike, addAll: AddAll, notes: string[]): void {
  const cargo: CargoSelection = sel.cargo ?? { workspace: false, exclude: [], targets: [], tests: [], unsure: [] };
  const manifests = index.settings.cargo ?? [];
  const text = clipText(sel.command.text, 300);
  const unsure = (why: string) => notes.push(`The tool cannot tell which Rust tests \`${text}\` runs: ${why}; every test it could run is counted.`);
  const allUnder = (dir: string) => addAll(index.under.get(dir));
  let manifest: CargoManifest | undefined;
  if (cargo.manifestPath !== undefined) {
    if (isVariable(cargo.manifestPath)) return void (unsure(`its manifest path "${cargo.manifestPath}" is set at run time`), allUnder(''));
    const file = posix.normalize(posix.join(cwd || '.', cargo.manifestPath));
    manifest = manifests.find((m) => m.file === file);
    if (!manifest) return void notes.push(`"${cargo.manifestPath}" (from \`${text}\`) is not a Cargo.toml in the repository.`);
  } else {
    manifest = nearestManifest(manifests, cwd, () => true);
    if (!manifest) return void (unsure(`no Cargo.toml was found at or above "${cwd || '.'}"`), allUnder(cwd));
  }
  const root = workspaceOf(manifest, manifests);
  const members = root ? membersOf(root, manifests) : manifest.isPackage ? [manifest] : [];
  let packages: CargoManifest[];
  if (sel.projects && sel.projects.length > 0) {
    packages = [];
    for (const raw of sel.projects) {
      const name = raw.replace(/[@:].*$/, '');
      const found = isVariable(name) ? [] : members.filter((m) => m.name !== undefined && globMatcher([name])(m.name));
      if (found.length === 0) {
        unsure(isVariable(name) ? `its package "${raw}" is chosen at run time` : `no member of the workspace is named "${raw}"`);
        packages = members;
        break;
      }
      packages.push(...found);
    }
  } else if (cargo.workspace) {
    const excluded = cargo.exclude.length > 0 ? globMatcher(cargo.exclude) : () => false;
    packages = members.filter((m) => m.name === undefined || !excluded(m.name));
  } else if (manifest.isPackage) {
    packages = [manifest];
  } else {
    const defaults = root?.workspace?.defaultMembers;
    packages = defaults && defaults.length > 0 ? members.filter((m) => globMatcher(defaults.map((d) => posix.normalize(posix.join(root!.dir || '.', d))))(m.dir)) : members;
  }
  for (const what of cargo.unsure) notes.push(`The tool does not evaluate ${what} in \`${text}\`, which may leave some Rust tests out; every Rust test it could run is counted.`);
  const unread = cargo.unsure.some((u) => u.startsWith('the option'));
  const chosen = new Set(packages);
  const packageDirs = manifests.filter((m) => m.isPackage);
  for (const pkg of chosen) {
    addAll(index.under.get(pkg.dir), (t) => {
      if (t.lang !== 'rust' || nearestManifest(packageDirs, dirOf(t.file.path), () => true) !== pkg) return false;
      return unread || inTargets(pkg.dir === '' ? t.file.path : t.file.path.slice(pkg.dir.length + 1), cargo);
    });
  }
}
