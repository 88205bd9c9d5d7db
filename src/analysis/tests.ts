/** The test inventory as checks ask it: the test files of a kind, with the signal that gave the kind. */
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import type { KindEvidence, TestFile, TestKind } from '../model/inventory.js';
import type { SourcePattern } from '../model/signal.js';
import { CODE_EXTENSIONS, firstHitIn, isNotOwnCode, type SourceHit } from './code-search.js';
import { firstPartyImports } from './first-party.js';

export interface KindMatch {
  file: TestFile;
  evidence: KindEvidence;
  commands: readonly Command[];
}

/** Test files of a kind, with the commands that run them (the typed query ML checks use). */
export function testsOfKind(a: Analysis, kind: TestKind): KindMatch[] {
  const out: KindMatch[] = [];
  for (const file of a.inventory.files) {
    const ev = file.kinds.find((k) => k.kind === kind);
    if (ev) out.push({ file, evidence: ev, commands: a.inventory.reachedBy.get(file.path) ?? [] });
  }
  return out;
}

export interface WrappedTest {
  file: TestFile;
  /** The first call of the test file (from the first list of calls). */
  hit: SourceHit;
  /** The project module (imported by the test, one hop) that holds the subject. */
  module: string;
  commands: readonly Command[];
}

/**
 * Test files that make every kind of call (`calls`: e.g. a save and a load) on the project's own
 * wrappers, where a project module the test imports (one hop) holds every subject (`subjects`:
 * the validator library, a model save and a model load): a test of `pkg.schemas` built on pandera
 * that calls `schema.check(data)`, a test of `pkg.registries` that calls `saver.save` then `loader.load`.
 */
export function testsThroughImports(a: Analysis, calls: readonly (readonly SourcePattern[])[], subjects: readonly (readonly SourcePattern[])[]): WrappedTest[] {
  const out: WrappedTest[] = [];
  for (const file of a.inventory.files) {
    const hits = calls.map((c) => firstHitIn(a.repo, file.path, c));
    if (hits.some((h) => h === undefined)) continue;
    const module = firstPartyImports(a.repo, file.path).find((m) => subjects.every((s) => firstHitIn(a.repo, m, s) !== undefined));
    if (module) out.push({ file, hit: hits[0]!, module, commands: a.inventory.reachedBy.get(file.path) ?? [] });
  }
  return out;
}

/**
 * The inventory's test files that a source query reads: its code files (vendored and data folders left out) and the Go
 * suite's testscripts (txtar, wherever they are: their script lines are the commands of the tool under test).
 */
export function testSourceFiles(a: Analysis): string[] {
  return a.inventory.files.map((f) => f.path).filter((p) => p.endsWith('.txtar') || (CODE_EXTENSIONS.some((e) => p.endsWith(e)) && !isNotOwnCode(p)));
}

/** A testscript line `! cmd` (or `? cmd`) asserts that the command fails (or may): it tests a refusal, not the feature working. */
export function isExpectedFailure(hit: SourceHit): boolean {
  return hit.file.endsWith('.txtar') && /^[!?]\s/.test(hit.text);
}
