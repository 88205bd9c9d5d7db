/** The test inventory as checks ask it: the test files of a kind, with the signal that gave the kind. */
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import type { KindEvidence, TestFile, TestKind } from '../model/inventory.js';

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
