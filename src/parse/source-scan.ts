/**
 * One pass over each code file for every source query. The checks declare the pattern lists
 * they ask about; from all of them one literal automaton is built per process, and each
 * file's bytes are scanned once, giving the set of literals it holds. A pattern is tried on
 * a file only when one of its branches has all its required literals there
 * (literal-requirements.ts), so most files are never split into lines, and no query scans
 * the corpus again.
 */
import type { RepoIndex } from '../model/repository.js';
import { LiteralAutomaton, type Literal } from './literal-automaton.js';
import { requirementsOf } from './literal-requirements.js';

/** What the scan needs of a source pattern (structurally the same as source.ts's SourcePattern). */
export interface ScannedPattern {
  re: RegExp;
}

/** Per pattern: branches of literal-id sets, or null when it may match anything. */
type Needs = Int32Array[][] | null;

export class SourceScan {
  private readonly automaton: LiteralAutomaton;
  private readonly needs = new Map<RegExp, Needs>();
  private scratch = new Uint8Array(64 * 1024);
  private readonly encoder = new TextEncoder();
  private readonly files = new WeakMap<RepoIndex, Map<string, Uint8Array | null>>();

  constructor(lists: readonly (readonly ScannedPattern[])[]) {
    const ids = new Map<string, number>();
    const literals: Literal[] = [];
    const idOf = (text: string, folded: boolean): number => {
      const key = `${folded ? 'f' : 'e'}\u0000${text}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = literals.length;
        ids.set(key, id);
        literals.push({ text, folded });
      }
      return id;
    };
    for (const list of lists) {
      for (const p of list) {
        if (this.needs.has(p.re)) continue;
        const r = requirementsOf(p.re);
        this.needs.set(p.re, r ? r.branches.map((sets) => sets.map((set) => Int32Array.from(set, (t) => idOf(t, r.folded)))) : null);
      }
    }
    this.automaton = new LiteralAutomaton(literals);
  }

  /** A file's literal flags (scanned once per repository), or null when it cannot be read. */
  flagsOfFile(repo: RepoIndex, path: string): Uint8Array | null {
    let byPath = this.files.get(repo);
    if (!byPath) {
      byPath = new Map();
      this.files.set(repo, byPath);
    }
    let f = byPath.get(path);
    if (f === undefined) {
      const text = repo.read(path);
      f = text === undefined ? null : this.flagsOf(text);
      byPath.set(path, f);
    }
    return f;
  }

  /** Whether the scan knows this pattern (it was declared). */
  knows(re: RegExp): boolean {
    return this.needs.has(re);
  }

  /** The literals a text holds (one byte per literal id). */
  flagsOf(text: string): Uint8Array {
    const present = new Uint8Array(this.automaton.size);
    if (this.automaton.size === 0) return present;
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(Math.max(text.length * 3, this.scratch.length * 2));
    const { written } = this.encoder.encodeInto(text, this.scratch);
    this.automaton.scan(this.scratch, written, present);
    return present;
  }

  /** Whether the pattern may match somewhere in a text with these flags (a declared pattern only). */
  mayMatch(re: RegExp, flags: Uint8Array): boolean {
    const n = this.needs.get(re);
    if (n === undefined) throw new Error(`The source pattern /${re.source}/ was not declared by any check.`);
    if (n === null) return true;
    return n.some((sets) => sets.every((set) => set.some((id) => flags[id] === 1)));
  }
}

