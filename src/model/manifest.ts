/**
 * Package manifests as typed facts (parse/manifests.ts reads them, once per run): what a
 * project declares about itself — its name, classifiers, keywords, dependencies and how it
 * is packaged — each with the line it is written on. The profile inference and the checks
 * read these facts, never the manifests' text.
 */

/** A value a manifest declares, with its 1-based line (undefined when the text does not show it). */
export interface ManifestValue {
  value: string;
  line: number | undefined;
}

/** The manifest formats the tool reads. */
export type ManifestKind = 'pyproject' | 'setup-py' | 'setup-cfg' | 'package-json' | 'requirements' | 'go-mod' | 'cargo' | 'r-description' | 'maven' | 'gradle';

export interface Manifest {
  file: string;
  kind: ManifestKind;
  /**
   * The package's name: `[project]`/`[tool.poetry]` name, setup.py's `name=`, setup.cfg's
   * `[metadata] name`, package.json's `"name"`, go.mod's module path, an R package's `Package:`,
   * a pom.xml's own `artifactId`, a Cargo.toml's `[package] name`.
   */
  name?: ManifestValue;
  /** Trove classifiers (pyproject, setup.cfg; setup.py's `Topic ::` ones). */
  classifiers: ManifestValue[];
  keywords: ManifestValue[];
  /**
   * Dependency names (versions, markers and extras left out), in the order written; repeats
   * kept. go.mod's `require`s; a JVM build's `group:artifact` coordinates (every configuration,
   * tests included: the profile reads the root build's, as written).
   */
  dependencies: ManifestValue[];
  /**
   * Dependencies for development and tests only, which the package does not need to run:
   * package.json's `devDependencies`, Poetry groups and `dev-dependencies`, PDM and uv
   * development dependencies, Hatch environments, setup.cfg's `extras_require` and `tests_require`.
   */
  devDependencies: ManifestValue[];
  /** Where the manifest says it publishes with classifiers (setup.py's `classifiers=`, setup.cfg's `classifiers` key). */
  classifiersAt?: number;
  /** setup.py: where `setup(` is called (undefined for an empty file). */
  setupAt?: number;
  /** pyproject: a packaging setting names the modules it ships (`[tool.setuptools.packages]`, hatch, flit, pdm, maturin). */
  shipsModules?: boolean;
  /** Cargo.toml: the line of `[package]` (a crate, not only a workspace). */
  packageAt?: number;
  /** Cargo.toml: its `[workspace]` table: `members` and `exclude` (globs, relative to its folder) and `default-members`. */
  cargoWorkspace?: { members: string[]; exclude: string[]; defaultMembers?: string[] };
  /**
   * Python packages: the files it ships beside its modules, as written (globs or paths): setup.py's `package_data=` and
   * `data_files=`, setup.cfg's `[options.package_data]` and `[options.data_files]`, pyproject's `[tool.setuptools.package-data]` and Poetry's `include`, and the `include`, `recursive-include`
   * and `graft` lines of the MANIFEST.in beside it; each with the file and line it is written on.
   */
  packageData?: PackageDataEntry[];
  /** package.json: `"private": true`, and which publication keys it has (`bin`, `exports`, `publishConfig`, `files`) and whether it has `main`. */
  npm?: { private: boolean; entries: string[]; main: boolean };
}

/** One file pattern a Python package ships as package data, where it is written. */
export interface PackageDataEntry {
  value: string;
  file: string;
  line: number | undefined;
}

/** A sentence where a native (Go, Rust) tool says what it is: README prose, Homebrew `desc`, GoReleaser, Helm or Cargo descriptions and keywords. */
export interface ToolStatement {
  file: string;
  line: number | undefined;
  text: string;
  /** `readme` for a README's title and first paragraph, `description` for release metadata. */
  from: 'readme' | 'description';
}

/** The run's manifests: found by name, each parsed at most once, on first use. */
export interface ManifestStore {
  /** Every manifest path by its name (pyproject.toml, setup.py, setup.cfg, package.json, requirements*.txt/.in, environment.yml, go.mod, Cargo.toml, DESCRIPTION, pom.xml, build.gradle(.kts)). */
  readonly paths: readonly string[];
  /** The manifest at `path`, parsed once; undefined when it is not a manifest or cannot be read. */
  get(path: string): Manifest | undefined;
}
