/**
 * Model packages: Python packages that ship the project's own trained model as package data (a model file pattern in
 * package_data, setup.cfg, pyproject or the MANIFEST.in beside the manifest) and hold the training script that makes it. Such a
 * package is how an ML application versions and installs its model (CHECKLIST §3 model-packaging, §5 profile), not a
 * library's metadata.
 */
import * as path from 'node:path';
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import type { PackageDataEntry } from '../model/manifest.js';
import { shellWords } from '../parse/commands.js';
import { stepFolder } from './ci.js';
import { manifestStore } from '../parse/manifests.js';
import { DEMO_DIRS, ML_SCRIPT, MODEL_PACKAGE_DATA } from '../vocabulary/shared/ml-project.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';

export interface ModelPackage {
  /** The package's folder ('' at the root). */
  dir: string;
  /** Its setup.py, setup.cfg or pyproject.toml. */
  manifest: string;
  /** The package-data entry that ships the trained model. */
  shipped: PackageDataEntry;
  /** The training script in the package's tree. */
  trainScript: string;
}

const PYTHON_MANIFEST = /(^|\/)(setup\.py|setup\.cfg|pyproject\.toml)$/;

function under(dir: string, path: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** The repository's model packages, in path order (one per folder: setup.py, setup.cfg and pyproject.toml of one package are one package). */
export function modelPackages(a: Analysis): ModelPackage[] {
  const store = manifestStore(a.repo);
  const out: ModelPackage[] = [];
  const dirs = new Set<string>();
  for (const path of store.paths) {
    if (!PYTHON_MANIFEST.test(path)) continue;
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    if (dirs.has(dir)) continue;
    // A pattern under a folder (`pkg/trained_models/*.pkl`) says more than a bare `*.pkl`: cited first.
    const entries = store.get(path)?.packageData?.filter((e) => MODEL_PACKAGE_DATA.test(e.value)) ?? [];
    const shipped = entries.find((e) => e.value.includes('/')) ?? entries[0];
    if (!shipped) continue;
    const trainScript = a.repo.files.find(
      (f) =>
        under(dir, f) &&
        ML_SCRIPT.test(f.slice(f.lastIndexOf('/') + 1)) &&
        !isTestPath(f) &&
        !f
          .slice(dir.length)
          .split('/')
          .some((p) => DEMO_DIRS.has(p.toLowerCase())),
    );
    if (trainScript === undefined) continue;
    dirs.add(dir);
    out.push({ dir, manifest: path, shipped, trainScript });
  }
  return out.sort((x, y) => x.manifest.localeCompare(y.manifest));
}

const within = (dir: string, p: string | undefined): boolean => p !== undefined && (dir === '' || p === dir || p.startsWith(`${dir}/`));

/**
 * The model package a CI command works on: it is written in a script in the package's folder, or its step's working
 * directory is inside it, or an argument is the package's folder (a build: `python -m build pkg`). With `pathsInside`, an
 * argument that is a path inside the folder counts too (an upload: `twine upload pkg/dist/*`).
 */
export function packageOfCommand(packages: readonly ModelPackage[], c: Command, pathsInside = false): ModelPackage | undefined {
  const wd = stepFolder(c);
  const args = shellWords(c.text)
    .slice(1)
    .map((w) => path.posix.normalize(path.posix.join(wd, w)).replace(/^\.\//, ''));
  return packages.find((p) => within(p.dir, c.at.file) || (wd !== '' && within(p.dir, wd)) || args.some((w) => w === p.dir || (pathsInside && p.dir !== '' && w.startsWith(`${p.dir}/`))));
}
