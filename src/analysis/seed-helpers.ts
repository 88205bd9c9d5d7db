/**
 * Determinism tests through the project's own seed helper: a test that calls a function of a project module it imports
 * (one hop) whose body fixes a seed (`set_determinism()` → `torch.manual_seed(42)`), and asserts equal outputs in the
 * same test. The helper's name says nothing (it need not hold "seed"); its body does.
 */
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import type { SourcePattern } from '../model/signal.js';
import { functionAround } from './blocks.js';
import { codeLines, findInSource, hasCodeLineMatching, type SourceHit } from './code-search.js';
import { firstPartyImports } from './first-party.js';

export interface SeedHelperTest {
  file: string;
  /** Where the test calls the helper. */
  line: number;
  column: number;
  helper: string;
  /** The seed the helper fixes, in its module. */
  seed: SourceHit;
  commands: readonly Command[];
}

const DEF_NAME = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/;

/** Test files that call a project seed helper and assert equality in the same test (`equal`: an equality assert on a line). */
export function seedHelperTests(a: Analysis, seeds: readonly SourcePattern[], equal: RegExp): SeedHelperTest[] {
  const out: SeedHelperTest[] = [];
  const helpersOf = new Map<string, Map<string, SourceHit>>();
  for (const test of a.inventory.files) {
    if (!test.path.endsWith('.py')) continue;
    if (!hasCodeLineMatching(a.repo, test.path, equal)) continue;
    for (const module of firstPartyImports(a.repo, test.path)) {
      let helpers = helpersOf.get(module);
      if (!helpers) {
        helpers = new Map();
        for (const h of findInSource(a.repo, seeds, { files: [module] })) {
          const block = functionAround(a.repo, module, h.line);
          const name = block && block.line > 0 ? DEF_NAME.exec(block.text.split('\n')[0] ?? '')?.[1] : undefined;
          if (name !== undefined && !helpers.has(name)) helpers.set(name, h);
        }
        helpersOf.set(module, helpers);
      }
      let found: SeedHelperTest | undefined;
      // Split into lines only when a helper is known (the file was read: it holds an equality assert).
      const lines = helpers.size > 0 ? (codeLines(a.repo, test.path) ?? []) : [];
      for (const [name, seed] of helpers) {
        const call = new RegExp(`(?<![\\w.])${name}\\s*\\(`);
        lines.forEach((l, i) => {
          if (found) return;
          const m = call.exec(l);
          if (!m || /^\s*(?:async\s+)?def\s/.test(l)) return;
          // The equality assert must be in the test that calls the helper.
          const block = functionAround(a.repo, test.path, i + 1);
          if (block && block.text.split('\n').some((x) => equal.test(x))) found = { file: test.path, line: i + 1, column: m.index + 1, helper: name, seed, commands: a.inventory.reachedBy.get(test.path) ?? [] };
        });
        if (found) break;
      }
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}
