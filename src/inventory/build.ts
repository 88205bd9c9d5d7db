/**
 * The test inventory: test files found by convention, their kinds and case counts, the
 * commands that select each (the join with command resolution's TestSelections), and the
 * findings about tests that CI never runs.
 */
import type { Command } from '../model/execution.js';
import type { Finding } from '../model/finding.js';
import type { TestInventory, TestSelection } from '../model/inventory.js';
import type { RepoIndex } from '../model/repository.js';
import { readRunnerSettings } from './conventions.js';
import { describeTest, discoverTests, type FoundTest } from './discover.js';
import { INVENTORY_CHECK, neverRunFindings, neverRunFolders, scheduleOnlyFindings } from './never-run.js';
import { runsOf, type Runs } from './reach.js';
import { makeTestIndex, selectTests } from './select.js';

export interface InventoryResult {
  inventory: TestInventory;
  findings: Finding[];
}

/** When each test file runs, from the inventory's commands. */
export function runsByFile(inventory: TestInventory): Map<string, Runs> {
  return new Map(inventory.files.map((f) => [f.path, runsOf(inventory.reachedBy.get(f.path) ?? [])]));
}

export function buildInventory(repo: RepoIndex, selections: readonly TestSelection[]): InventoryResult {
  const settings = readRunnerSettings(repo);
  const discovery = discoverTests(repo, settings);
  const index = makeTestIndex(discovery.tests, discovery.notebooks, settings, (p) => repo.dirs.has(p));
  const reached = new Map<string, Command[]>();
  const notebooks = new Map<string, FoundTest>();
  const testCommands: Command[] = [];
  const findings: Finding[] = [];
  const reachedSets = new Map<string, Set<Command>>();
  const reach = (path: string, c: Command) => {
    let list = reached.get(path);
    let set = reachedSets.get(path);
    if (!list || !set) {
      reached.set(path, (list = []));
      reachedSets.set(path, (set = new Set()));
    }
    if (!set.has(c)) {
      set.add(c);
      list.push(c);
    }
  };
  for (const sel of selections) {
    const out = selectTests(sel, index);
    for (const t of out.tests) reach(t.file.path, sel.command);
    for (const n of out.notebooks) {
      if (!notebooks.has(n)) notebooks.set(n, describeTest(n, 'notebook', repo.read(n), settings));
      reach(n, sel.command);
    }
    if (out.tests.length + out.notebooks.length > 0 && !testCommands.includes(sel.command)) testCommands.push(sel.command);
    for (const note of out.notes) findings.push({ severity: 'notice', file: sel.command.at.file, line: sel.command.at.line, column: sel.command.at.column, check: INVENTORY_CHECK, message: note });
  }
  const files = [...discovery.tests, ...notebooks.values()].map((t) => t.file).sort((a, b) => a.path.localeCompare(b.path));
  const inventory: TestInventory = { files, reachedBy: reached };
  const folders = neverRunFolders(files, runsByFile(inventory));
  findings.push(...neverRunFindings(folders), ...scheduleOnlyFindings(testCommands));
  return { inventory, findings };
}
