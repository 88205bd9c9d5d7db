import type { Command } from '../../../src/model/ci.js';
import type { CargoSelection } from '../../../src/model/inventory.js';
import { parseShell } from '../../../src/parse/commands.js';
import { selectionOf } from '../../../src/parse/run/selection.js';

function select(text: string) {
  const sc = parseShell([{ value: text, pos: { line: 1, column: 1 } }])[0]!;
  const command = { text: sc.text, argv: sc.argv, at: { file: 'ci.yml', line: 1, column: 1 }, via: [] } as unknown as Command;
  const s = selectionOf(command, '');
  if (!s) return undefined;
  const { command: _c, cwd: _cwd, ...rest } = s;
  return rest;
}

const none: CargoSelection = { workspace: false, exclude: [], targets: [], tests: [], unsure: [] };
const cargo = (c: Partial<CargoSelection> = {}) => ({ ...none, ...c });

describe('cargo test commands: packages, targets and what the tool cannot decide', () => {
  it.each([
    ['cargo test', { runner: 'cargo', paths: [], cargo: cargo() }],
    ['cargo t', { runner: 'cargo', paths: [], cargo: cargo() }],
    ['cargo +nightly --locked test --release', { runner: 'cargo', paths: [], cargo: cargo() }],
    ['cargo test -p core --package io', { runner: 'cargo', paths: [], projects: ['core', 'io'], cargo: cargo() }],
    ['cargo test -pcore', { runner: 'cargo', paths: [], projects: ['core'], cargo: cargo() }],
    ['cargo test --workspace --exclude bench-utils', { runner: 'cargo', paths: [], cargo: cargo({ workspace: true, exclude: ['bench-utils'] }) }],
    ['cargo test --all', { runner: 'cargo', paths: [], cargo: cargo({ workspace: true }) }],
    ['cargo test --manifest-path bindings/rust/Cargo.toml', { runner: 'cargo', paths: [], cargo: cargo({ manifestPath: 'bindings/rust/Cargo.toml' }) }],
    ['cargo test --test inference --test cli', { runner: 'cargo', paths: [], cargo: cargo({ tests: ['inference', 'cli'] }) }],
    ['cargo test --lib', { runner: 'cargo', paths: [], cargo: cargo({ targets: ['lib'] }) }],
    ['cargo test --doc', { runner: 'cargo', paths: [], cargo: cargo({ targets: ['doc'] }) }],
    ['cargo test --all-targets', { runner: 'cargo', paths: [], cargo: cargo({ targets: ['all'] }) }],
    ['cargo test tokenizer -- --nocapture', { runner: 'cargo', paths: [], keyword: 'tokenizer', cargo: cargo() }],
    ['cargo test --all-features', { runner: 'cargo', paths: [], cargo: cargo() }],
    ['cargo test --features gpu', { runner: 'cargo', paths: [], cargo: cargo({ unsure: ['the features of `--features gpu`'] }) }],
    ['cargo test --no-default-features', { runner: 'cargo', paths: [], cargo: cargo({ unsure: ['the features of `--no-default-features`'] }) }],
    ['cargo test --frobnicate', { runner: 'cargo', paths: [], cargo: cargo({ unsure: ['the option `--frobnicate`'] }) }],
    ['cargo test -- --ignored', { runner: 'cargo', paths: [], cargo: cargo({ unsure: ['the test-binary arguments `-- --ignored`'] }) }],
    ['cargo nextest run --workspace --no-fail-fast', { runner: 'cargo', paths: [], cargo: cargo({ workspace: true }) }],
    // --cargo-quiet is a flag: it must not swallow the -p after it; --no-tests takes a value, which is no test filter.
    ['cargo nextest run --cargo-quiet -p core', { runner: 'cargo', paths: [], projects: ['core'], cargo: cargo() }],
    ['cargo nextest run --no-tests warn --workspace', { runner: 'cargo', paths: [], cargo: cargo({ workspace: true }) }],
    ['cargo nextest run -E "test(/slow/)"', { runner: 'cargo', paths: [], cargo: cargo({ unsure: ['the filter `-E test(/slow/)`'] }) }],
    ['cargo llvm-cov --lcov --output-path lcov.info -p core', { runner: 'cargo', paths: [], projects: ['core'], cargo: cargo() }],
    ['cargo llvm-cov nextest --workspace', { runner: 'cargo', paths: [], cargo: cargo({ workspace: true }) }],
    ['cross test --target aarch64-unknown-linux-gnu -p core', { runner: 'cargo', paths: [], projects: ['core'], cargo: cargo() }],
    ['cargo tarpaulin --out Xml --root crates/core', { runner: 'cargo', paths: [], cargo: cargo({ manifestPath: 'crates/core/Cargo.toml' }) }],
  ])('%s', (text, expected) => {
    expect(select(text)).toEqual(expected);
  });

  it.each([
    'cargo build --release',
    'cargo check --all-targets',
    'cargo clippy --all-targets -- -D warnings',
    'cargo fmt --check',
    'cargo test --no-run',
    'cross build --release',
    'cargo nextest list',
    'cargo llvm-cov report --lcov',
    'cargo llvm-cov clean --workspace',
    'maturin develop',
  ])('%s runs no test', (text) => {
    expect(select(text)).toBeUndefined();
  });
});
