import { readRunnerSettings } from '../../src/inventory/conventions.js';
import { discoverTests } from '../../src/inventory/discover.js';
import { makeTestIndex, selectTests } from '../../src/inventory/select.js';
import type { Command } from '../../src/model/ci.js';
import { parseShell } from '../../src/parse/commands.js';
import { indexRepository } from '../../src/parse/repo.js';
import { selectionOf } from '../../src/parse/run/selection.js';
import { makeRepo } from '../helpers/repo.js';

const UNIT = 'pub fn f() -> u8 { 1 }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn f_is_one() {\n        assert_eq!(super::f(), 1);\n    }\n}\n';
const INTEGRATION = '#[test]\nfn loads() {\n    assert!(true);\n}\n';
const pkg = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\n`;

/** A workspace root that is also a package, two members by glob, one excluded, and a crate outside the workspace. */
const WORKSPACE: Record<string, string> = {
  'Cargo.toml': `${pkg('app')}\n[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/legacy"]\n`,
  'src/main.rs': 'fn main() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn runs() {}\n}\n',
  'tests/e2e.rs': INTEGRATION,
  'crates/core/Cargo.toml': pkg('core'),
  'crates/core/src/lib.rs': UNIT,
  'crates/core/src/bin/tool.rs': UNIT,
  'crates/core/tests/inference.rs': INTEGRATION,
  'crates/core/tests/cli/main.rs': INTEGRATION,
  'crates/io/Cargo.toml': pkg('io'),
  'crates/io/src/lib.rs': UNIT,
  'crates/legacy/Cargo.toml': pkg('legacy'),
  'crates/legacy/src/lib.rs': UNIT,
  'bindings/Cargo.toml': pkg('bindings'),
  'bindings/src/lib.rs': UNIT,
};

/** A virtual manifest (no [package]): `cargo test` at its root tests every member, or its default-members. */
const VIRTUAL: Record<string, string> = {
  'Cargo.toml': '[workspace]\nmembers = ["core", "io"]\n',
  'core/Cargo.toml': pkg('core'),
  'core/src/lib.rs': UNIT,
  'io/Cargo.toml': pkg('io'),
  'io/tests/read.rs': INTEGRATION,
};

function run(files: Record<string, string>, text: string, cwd = '') {
  const repo = indexRepository(makeRepo(files));
  const settings = readRunnerSettings(repo);
  const index = makeTestIndex(discoverTests(repo, settings).tests, [], settings, (p) => repo.dirs.has(p));
  const sc = parseShell([{ value: text, pos: { line: 1, column: 1 } }])[0]!;
  const command = { text: sc.text, argv: sc.argv, at: { file: 'ci.yml', line: 1, column: 1 }, via: [] } as unknown as Command;
  const sel = selectionOf(command, cwd)!;
  const picked = selectTests(sel, index);
  return { files: picked.tests.map((t) => t.file.path), notes: picked.notes };
}

const CORE = ['crates/core/src/bin/tool.rs', 'crates/core/src/lib.rs', 'crates/core/tests/cli/main.rs', 'crates/core/tests/inference.rs'];
const ROOT = ['src/main.rs', 'tests/e2e.rs'];
const IO = ['crates/io/src/lib.rs'];

describe('which Rust test files a cargo command runs', () => {
  it.each<[string, string, string, string[], RegExp | null]>([
    ['a workspace root with [package] tests that package only', 'cargo test', '', ROOT, null],
    ['--workspace tests every member, less the excluded folder and crates outside', 'cargo test --workspace', '', [...CORE, ...IO, ...ROOT].sort(), null],
    ['--all is --workspace', 'cargo nextest run --all', '', [...CORE, ...IO, ...ROOT].sort(), null],
    ['--exclude leaves a member out', 'cargo test --workspace --exclude core', '', [...IO, ...ROOT].sort(), null],
    ['-p picks one member', 'cargo test -p core', '', CORE, null],
    ['-p with a version and a glob', 'cargo test -p core@0.1.0 -p "i*"', '', [...CORE, ...IO].sort(), null],
    ['in a member folder (working-directory or cd), that member', 'cargo test', 'crates/io', IO, null],
    ['--manifest-path picks the crate it names', 'cargo test --manifest-path crates/io/Cargo.toml', '', IO, null],
    ['--manifest-path from a working directory', 'cargo test --manifest-path ../bindings/Cargo.toml', 'crates', ['bindings/src/lib.rs'], null],
    ['--lib runs the library, not the binaries or tests/', 'cargo test -p core --lib', '', ['crates/core/src/lib.rs'], null],
    ['--bins runs src/main.rs and src/bin/', 'cargo test -p core --bins', '', ['crates/core/src/bin/tool.rs'], null],
    ['--test NAME runs tests/NAME.rs or tests/NAME/main.rs', 'cargo test -p core --test cli', '', ['crates/core/tests/cli/main.rs'], null],
    ['--tests runs every target with test = true: the lib, the binaries and tests/', 'cargo test -p core --tests', '', CORE, null],
    ['--lib --test NAME: the lib and that integration test', 'cargo test -p core --lib --test inference', '', ['crates/core/src/lib.rs', 'crates/core/tests/inference.rs'], null],
    ['--doc runs doc tests only: no inventoried file', 'cargo test -p core --doc', '', [], null],
    ['llvm-cov runs cargo test', 'cargo llvm-cov --lcov --output-path lcov.info -p io', '', IO, null],
    ['tarpaulin --root', 'cargo tarpaulin --root bindings', '', ['bindings/src/lib.rs'], null],
    [
      'features are not evaluated: every test is counted, with a note',
      'cargo test -p io --features gpu',
      '',
      IO,
      /does not evaluate the features of `--features gpu` in `cargo test -p io --features gpu`/,
    ],
    ['an unknown option keeps every target, with a note', 'cargo test -p core --lib --frobnicate', '', CORE, /the option `--frobnicate`/],
    ['a package set at run time counts every member, with a note', 'cargo test -p ${{ matrix.crate }}', '', [...CORE, ...IO, ...ROOT].sort(), /chosen at run time/],
    ['a package no member names counts every member, with a note', 'cargo test -p nope', '', [...CORE, ...IO, ...ROOT].sort(), /no member of the workspace is named "nope"/],
    [
      'a manifest path set at run time counts every Rust test, with a note',
      'cargo test --manifest-path $CRATE/Cargo.toml',
      '',
      [...CORE, ...IO, ...ROOT, 'bindings/src/lib.rs', 'crates/legacy/src/lib.rs'].sort(),
      /set at run time/,
    ],
    ['a manifest path that is not there selects nothing, with a note', 'cargo test --manifest-path nope/Cargo.toml', '', [], /not a Cargo.toml in the repository/],
  ])('%s: %s', (_name, text, cwd, files, notes) => {
    const got = run(WORKSPACE, text, cwd);
    expect(got.files).toEqual(files);
    if (notes) expect(got.notes.join('\n')).toMatch(notes);
    else expect(got.notes).toEqual([]);
  });

  it('a virtual manifest tests every member', () => {
    expect(run(VIRTUAL, 'cargo test').files).toEqual(['core/src/lib.rs', 'io/tests/read.rs']);
  });

  it("a virtual manifest's default-members are what bare `cargo test` tests", () => {
    expect(run({ ...VIRTUAL, 'Cargo.toml': '[workspace]\nmembers = ["core", "io"]\ndefault-members = ["io"]\n' }, 'cargo test').files).toEqual(['io/tests/read.rs']);
  });

  it('a member folder without a Cargo.toml above counts the Rust tests under it, with a note', () => {
    const got = run({ 'core/src/lib.rs': UNIT }, 'cargo test', 'core');
    expect(got).toEqual({ files: ['core/src/lib.rs'], notes: [expect.stringMatching(/no Cargo.toml was found at or above "core"/)] });
  });
});

describe('Rust test files in the inventory', () => {
  function found(files: Record<string, string>) {
    const repo = indexRepository(makeRepo(files));
    return Object.fromEntries(discoverTests(repo, readRunnerSettings(repo)).tests.map((t) => [t.file.path, { framework: t.file.framework, cases: t.file.cases }]));
  }

  it.each<[string, Record<string, string>, Record<string, { framework: string; cases: number }>]>([
    ['a #[cfg(test)] module of src/ with #[test] functions', { 'src/lib.rs': UNIT, 'src/model.rs': 'pub struct Model;\n' }, { 'src/lib.rs': { framework: 'cargo', cases: 1 } }],
    [
      'test attributes: #[test], #[tokio::test(…)], #[rstest], #[test_case(…)], #[async_std::test]; #[cfg(test)] and commented ones are not cases',
      {
        'tests/all.rs':
          '#[cfg(test)]\nuse x::y;\n#[test]\nfn a() {}\n#[tokio::test(flavor = "multi_thread")]\nasync fn b() {}\n#[rstest]\nfn c() {}\n#[test_case(1, 2)]\n#[test_case(3, 4)]\nfn d(x: u8, y: u8) {}\n#[async_std::test]\nasync fn e() {}\n// #[test]\n/* #[test] fn f() {} */\n',
      },
      { 'tests/all.rs': { framework: 'cargo', cases: 6 } },
    ],
    [
      'a tests/ folder: tests/NAME.rs and tests/NAME/main.rs; its helper module is not a test',
      { 'tests/a.rs': INTEGRATION, 'tests/b/main.rs': INTEGRATION, 'tests/common/mod.rs': 'pub fn setup() {}\n' },
      { 'tests/a.rs': { framework: 'cargo', cases: 1 }, 'tests/b/main.rs': { framework: 'cargo', cases: 1 } },
    ],
    ['an empty tests/x.rs is kept with 0 cases (its place is all there is)', { 'tests/x.rs': '' }, { 'tests/x.rs': { framework: 'cargo', cases: 0 } }],
    ['examples/, benches/ and build.rs are not tests', { 'examples/demo.rs': INTEGRATION, 'benches/speed.rs': INTEGRATION, 'build.rs': INTEGRATION }, {}],
  ])('%s', (_name, files, expected) => {
    expect(found(files)).toEqual(expected);
  });
});
