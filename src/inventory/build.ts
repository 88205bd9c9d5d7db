/**
 * The test inventory: test files found by convention, their kinds and case counts, the
 * commands that select each (the join with command resolution's TestSelections), and the
 * findings about tests that CI never runs.
 */
import { posix } from 'node:path';
import type { Command } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import type { TestInventory, TestSelection } from '../model/inventory.js';
import type { RepoIndex } from '../model/repository.js';
import { isTestNamedScript } from '../parse/run/selection.js';
import { readRunnerSettings } from './conventions.js';
import { describeTest, discoverTests, type FoundTest } from './discover.js';
import { tagsOf } from './expr.js';
import { INVENTORY_CHECK, neverRunFindings, neverRunFolders, scheduleOnlyFindings } from './never-run.js';
import { runsOf, type Runs } from './reach.js';
import { makeTestIndex, selectTests, type Selected } from './select.js';

/** `localeCompare` without its per-call set-up: the same default collator, made once. */
const byPath = new Intl.Collator().compare;

export interface InventoryResult {
  inventory: TestInventory;
  findings: Finding[];
}

/** When each test file runs, from the inventory's commands (computed once per shared command list). */
export function runsByFile(inventory: TestInventory): Map<string, Runs> {
  const byList = new Map<readonly Command[], Runs>();
  const none: readonly Command[] = [];
  return new Map(
    inventory.files.map((f) => {
      const list = inventory.reachedBy.get(f.path) ?? none;
      let r = byList.get(list);
      if (!r) byList.set(list, (r = runsOf(list)));
      return [f.path, { runs: [...r.runs], schedules: [...r.schedules], conditions: [...r.conditions] }];
    }),
  );
}

/**
 * The commands that reach one file, as a path in a trie of commands: files reached by the
 * same commands in the same order end on the same node and share one (read-only) list, so
 * what is derived from a list (when it runs, its triggers) is derived once per list.
 */
interface ReachNode {
  parent?: ReachNode;
  command?: Command;
  children: Map<Command, ReachNode>;
  list?: readonly Command[];
}

/** The commands on the path to a node, built once per node that ends a file's path. */
interface ReachState {
  node: ReachNode;
}

function listOf(node: ReachNode): readonly Command[] {
  if (!node.list) {
    const list: Command[] = [];
    for (let n: ReachNode | undefined = node; n?.command; n = n.parent) list.push(n.command);
    node.list = list.reverse();
  }
  return node.list;
}

/**
 * Test files that CI runs as scripts (`python tests/test_docker.py`) but that hold no test
 * function: their top-level `assert` lines are their cases, so they are inventoried too.
 */
function scriptTests(repo: RepoIndex, selections: readonly TestSelection[], found: readonly FoundTest[], settings: ReturnType<typeof readRunnerSettings>): FoundTest[] {
  const known = new Set(found.map((t) => t.file.path));
  const out: FoundTest[] = [];
  for (const sel of selections) {
    if (sel.runner !== 'python-script') continue;
    for (const p of sel.paths) {
      const path = posix.normalize(posix.join(sel.cwd || '.', p));
      if (path.startsWith('..') || known.has(path) || !repo.has(path)) continue;
      known.add(path);
      const text = repo.read(path);
      const asserts = (text ?? '').match(/^\s*assert\b/gm)?.length ?? 0;
      // A script in a tests folder that asserts nothing (a fixture generator) is no test.
      if (asserts === 0 && !isTestNamedScript(path)) continue;
      const { blank: _blank, ...test } = describeTest(path, 'python', text, settings);
      test.file.cases = Math.max(test.file.cases, asserts);
      out.push(test);
    }
  }
  return out;
}

/** A selection without its command (of which `selectTests` reads only the text, for notes): equal keys give equal answers. */
function selectionKey(sel: TestSelection): string {
  const { command, ...rest } = sel;
  return JSON.stringify([command.text, rest]);
}

/** Most notes kept for one test command. */
const MAX_NOTES = 20;

export function buildInventory(repo: RepoIndex, allSelections: readonly TestSelection[]): InventoryResult {
  const settings = readRunnerSettings(repo);
  const discovery = discoverTests(repo, settings);
  discovery.tests.push(...scriptTests(repo, allSelections, discovery.tests, settings));
  // A script of a tests folder that is not a test (it asserts nothing) is no test selection either.
  const inventoried = new Set(discovery.tests.map((t) => t.file.path));
  const selections = allSelections.filter((sel) => sel.runner !== 'python-script' || sel.paths.every((p) => isTestNamedScript(p) || inventoried.has(posix.normalize(posix.join(sel.cwd || '.', p)))));
  const index = makeTestIndex(discovery.tests, discovery.notebooks, settings, (p) => repo.dirs.has(p));
  const root: ReachNode = { children: new Map(), list: [] };
  const reaching = new Map<string, ReachState>();
  const notebooks = new Map<string, FoundTest>();
  const testCommands: Command[] = [];
  const isTestCommand = new Set<Command>();
  const leftOut = new Map<string, { command: Command; filter: string }>();
  const findings: Finding[] = [];
  const stateOf = (path: string) => {
    let r = reaching.get(path);
    if (!r) reaching.set(path, (r = { node: root }));
    return r;
  };
  // A command reaches a file once. Only a command that makes several selections can
  // meet a file twice, so only those keep the files they reached.
  const selectionsOf = new Map<Command, number>();
  for (const sel of selections) selectionsOf.set(sel.command, (selectionsOf.get(sel.command) ?? 0) + 1);
  const reachedByCommand = new Map<Command, Set<ReachState>>();
  const reach = (r: ReachState, c: Command) => {
    if (selectionsOf.get(c)! > 1) {
      let seen = reachedByCommand.get(c);
      if (!seen) reachedByCommand.set(c, (seen = new Set()));
      if (seen.has(r)) return;
      seen.add(r);
    }
    let next = r.node.children.get(c);
    if (!next) r.node.children.set(c, (next = { parent: r.node, command: c, children: new Map() }));
    r.node = next;
  };
  // Many commands make the same selection (one `pytest tests` per workflow): answer it once.
  const answers = new Map<string, { out: Selected; states: ReachState[] }>();
  for (const sel of selections) {
    const key = selectionKey(sel);
    let answer = answers.get(key);
    if (!answer) {
      const out = selectTests(sel, index);
      answers.set(key, (answer = { out, states: out.tests.map((t) => stateOf(t.file.path)) }));
    }
    const { out, states } = answer;
    for (const r of states) reach(r, sel.command);
    for (const n of out.notebooks) {
      if (!notebooks.has(n)) notebooks.set(n, describeTest(n, 'notebook', repo.read(n), settings));
      reach(stateOf(n), sel.command);
    }
    if (out.tests.length + out.notebooks.length > 0 && !isTestCommand.has(sel.command)) {
      isTestCommand.add(sel.command);
      testCommands.push(sel.command);
    }
    if (sel.ignores !== undefined && sel.runner === 'pytest') {
      // Which files `--ignore` leaves out, so the report can name the option and its command.
      const kept = new Set(out.tests.map((t) => t.file.path));
      const filter = sel.ignores.map((p) => `--ignore=${p}`).join(' ');
      for (const t of selectTests({ ...sel, ignores: undefined }, index).tests) {
        if (!kept.has(t.file.path) && !leftOut.has(t.file.path)) leftOut.set(t.file.path, { command: sel.command, filter });
      }
    }
    if (sel.markers !== undefined && sel.runner === 'pytest') {
      // Which files the -m filter leaves out, so the report can name the filter and its command.
      const kept = new Set(out.tests.map((t) => t.file.path));
      for (const t of selectTests({ ...sel, markers: undefined }, index).tests) {
        if (!kept.has(t.file.path) && !leftOut.has(t.file.path)) leftOut.set(t.file.path, { command: sel.command, filter: `-m "${sel.markers}"` });
      }
    }
    // One command can name thousands of paths: at most MAX_NOTES notes each, then one that counts the rest.
    const where: Omit<Finding, 'message'> = { severity: 'notice', file: sel.command.at.file, line: sel.command.at.line, column: sel.command.at.column, check: INVENTORY_CHECK };
    for (const note of out.notes.slice(0, MAX_NOTES)) findings.push({ ...where, message: note });
    if (out.notes.length > MAX_NOTES) findings.push({ ...where, message: `${out.notes.length - MAX_NOTES} more notes about the paths of this command are not listed.` });
  }
  const reached = new Map<string, readonly Command[]>([...reaching].map(([path, r]) => [path, listOf(r.node)]));
  const files = [...discovery.tests, ...notebooks.values()].map((t) => t.file).sort((a, b) => byPath(a.path, b.path));
  for (const p of reached.keys()) leftOut.delete(p);
  const buildTags = new Map<string, string[]>();
  for (const t of discovery.tests) {
    const tags = t.lang === 'go' && t.buildConstraint ? tagsOf(t.buildConstraint) : [];
    if (tags.length > 0) buildTags.set(t.file.path, tags);
  }
  const inventory: TestInventory = { files, reachedBy: reached, ...(leftOut.size > 0 ? { leftOut } : {}), ...(buildTags.size > 0 ? { buildTags } : {}) };
  const folders = neverRunFolders(files, runsByFile(inventory), inventory.leftOut, inventory.buildTags);
  for (const pushed of neverRunFindings(folders)) findings.push(pushed);
  for (const pushed of scheduleOnlyFindings(testCommands)) findings.push(pushed);
  return { inventory, findings };
}

/**
 * The inventory's never-run warnings reworded while steps that might run tests were not followed (`unseen`, in words):
 * those folders are not seen running, which is not proof they never run (CHECKLIST §2). Other findings are kept.
 */
export function qualifyNeverRun(findings: readonly Finding[], inventory: TestInventory, unseen: string | undefined): Finding[] {
  if (unseen === undefined) return [...findings];
  const folders = neverRunFolders(inventory.files, runsByFile(inventory), inventory.leftOut, inventory.buildTags);
  const qualified = neverRunFindings(folders, unseen);
  const byMessage = new Map(neverRunFindings(folders).map((f, i) => [f.message, qualified[i]!]));
  return findings.map((f) => (f.check === INVENTORY_CHECK ? (byMessage.get(f.message) ?? f) : f));
}
