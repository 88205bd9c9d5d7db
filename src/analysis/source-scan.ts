/**
 * One pass over each code file for every source query. The checks declare the pattern lists
 * they ask about; from all of them one literal automaton is built per process, and each
 * file's bytes are scanned once, giving the literals it holds and so the patterns that may
 * match in it: a pattern may match only where one of its branches has all its required
 * literals (literal-requirements.ts). Most files are never split into lines, and in the
 * others only the lines that hold the literals are tried. No query scans the corpus again.
 */
import type { RepoIndex } from '../model/repository.js';
import { LiteralAutomaton, type Literal } from './literal-automaton.js';
import { requirementsOf } from './literal-requirements.js';

/** What the scan needs of a source pattern (structurally the same as source.ts's SourcePattern). */
export interface ScannedPattern {
  re: RegExp;
}

/** One branch of a pattern: sets of literal ids, each set needing one of its literals present. */
interface Branch {
  pattern: number;
  sets: Int32Array[];
}

/** Per line of a file that holds literals: the line (0-based), where it starts and its literal ids (compressed rows). */
interface LineHits {
  lines: Int32Array;
  /** Where each line starts in the file's UTF-8 bytes. */
  offsets: Int32Array;
  starts: Int32Array;
  ids: Int32Array;
  /** How many bytes the file has (as many as its text has characters when it is all ASCII). */
  bytes: number;
}

/**
 * What one scan found in one run's files: the patterns each file may match (null: none, or
 * unreadable) and the lines that hold literals. Kept on the run's AnalysisIndex, per scan.
 */
export interface SourceScanResults {
  files: Map<string, FileMay | null>;
  lineHits: Map<string, LineHits>;
  /** Plain UTF-8 files whose lines a query tried: the lines that hold literals, kept as bytes of their own. */
  kept: Map<string, KeptLines>;
}

/**
 * The lines of a plain UTF-8 file that hold literals (those a query tries), each copied with its line break into one
 * buffer: a query tries them without the file (which the repository does not keep), and nothing else of it is held.
 */
export interface KeptLines {
  hits: LineHits;
  bytes: Buffer;
  /** Where each of `hits`' lines starts in `bytes`. */
  at: Int32Array;
}

/**
 * The patterns a file may match: their indexes, ascending (`SourceScan.marks` gives them as one
 * byte per declared pattern). A plain array of a few numbers: at 100k files, two typed arrays
 * per file (each an object, an ArrayBuffer and a separate allocation) held ~20 MB.
 */
export interface FileMay {
  ids: readonly number[];
}

/** How many literal sets of each branch the scan looks for (the rarest ones). */
const KEPT_SETS = 3;
const shortest = (set: readonly string[]): number => Math.min(...set.map((x) => x.length));

export class SourceScan {
  private readonly automaton: LiteralAutomaton;
  /** Declared patterns, by regex: their index. */
  private readonly index = new Map<RegExp, number>();
  private readonly count: number;
  /** Per literal id: the branches it is the key of (the set of a branch with the longest literals). */
  private readonly byKey: Branch[][] = [];
  /** Patterns with no literal requirement: they may match any text. */
  private readonly always: number[] = [];
  /** Per pattern: its branches (empty for the patterns in `always`). */
  private readonly branchesOf: Branch[][] = [];
  private scratch = new Uint8Array(64 * 1024);
  private readonly encoder = new TextEncoder();
  private readonly listIndex = new WeakMap<readonly ScannedPattern[], Int32Array>();
  private readonly listPositions = new WeakMap<readonly ScannedPattern[], Int32Array | null>();
  private linePresent: Uint8Array | undefined;
  /** `marks`' bytes, and the ids it set last (cleared at the next call). */
  private marked: Uint8Array | undefined;
  private markedIds: readonly number[] = [];

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
        this.byKey.push([]);
      }
      return id;
    };
    for (const list of lists) {
      for (const p of list) {
        if (this.index.has(p.re)) continue;
        const k = this.index.size;
        this.index.set(p.re, k);
        const r = requirementsOf(p.re);
        this.branchesOf.push([]);
        if (!r) {
          this.always.push(k);
          continue;
        }
        for (const all of r.branches) {
          // The scan looks for the rarest sets only (by their shortest literal: "evidently" is
          // rare, "def" is everywhere and would make every line a candidate); the first is the key.
          const sets = [...all].sort((x, y) => shortest(y) - shortest(x)).slice(0, KEPT_SETS);
          const branch: Branch = { pattern: k, sets: sets.map((set) => Int32Array.from(set, (t) => idOf(t, r.folded))) };
          for (const id of branch.sets[0]!) this.byKey[id]!.push(branch);
          this.branchesOf[k]!.push(branch);
        }
      }
    }
    this.count = this.index.size;
    this.automaton = new LiteralAutomaton(literals);
  }

  /** Whether the scan knows this pattern (it was declared). */
  knows(re: RegExp): boolean {
    return this.index.has(re);
  }

  /** The patterns (one byte per declared pattern, 1 = may match) a text with these literal ids may match. */
  private mayOf(present: Uint8Array, found: readonly number[] | Int32Array, from = 0, to = found.length): Uint8Array {
    const may = new Uint8Array(this.count);
    for (const k of this.always) may[k] = 1;
    for (let j = from; j < to; j++) {
      for (const b of this.byKey[found[j]!]!) {
        if (may[b.pattern] === 1) continue;
        if (holdsAll(b.sets, present)) may[b.pattern] = 1;
      }
    }
    return may;
  }

  /**
   * The patterns `may` names, one byte per declared pattern (1 = may match), in a buffer shared
   * by every call: valid until the next call (read it at once).
   */
  marks(may: FileMay): Uint8Array {
    const bytes = (this.marked ??= new Uint8Array(this.count));
    for (const k of this.markedIds) bytes[k] = 0;
    for (const k of may.ids) bytes[k] = 1;
    this.markedIds = may.ids;
    return bytes;
  }

  /** The patterns a text may match (one byte per declared pattern). */
  mayMatchIn(text: string): Uint8Array {
    const n = this.encode(text);
    return this.mayMatchInBytes(this.scratch, n);
  }

  /** The patterns a text with these UTF-8 bytes (`bytes[0, end)`) may match. */
  mayMatchInBytes(bytes: Uint8Array, end = bytes.length): Uint8Array {
    const present = new Uint8Array(this.automaton.size);
    this.automaton.scan(bytes, end, present);
    const found: number[] = [];
    for (let id = 0; id < present.length; id++) if (present[id] === 1) found.push(id);
    return this.mayOf(present, found);
  }

  /** Whether a declared pattern may match where `may` was computed. */
  may(re: RegExp, may: Uint8Array): boolean {
    const k = this.index.get(re);
    if (k === undefined) throw new Error(`The source pattern /${re.source}/ was not declared by any check.`);
    return may[k] === 1;
  }

  /** The indexes of a declared list's patterns. */
  indexesOf(patterns: readonly ScannedPattern[]): Int32Array {
    let ix = this.listIndex.get(patterns);
    if (!ix) {
      ix = Int32Array.from(patterns, (p) => {
        const k = this.index.get(p.re);
        if (k === undefined) throw new Error(`The source pattern /${p.re.source}/ was not declared by any check.`);
        return k;
      });
      this.listIndex.set(patterns, ix);
    }
    return ix;
  }

  /**
   * Per declared pattern, its position in this list (-1: not in it), so a file's few possible
   * patterns find their place in a query's list without a pass over the list; null when the
   * list names a pattern twice.
   */
  positionsOf(patterns: readonly ScannedPattern[]): Int32Array | null {
    let at = this.listPositions.get(patterns);
    if (at === undefined) {
      const ix = this.indexesOf(patterns);
      at = new Int32Array(this.count).fill(-1);
      for (let k = 0; k < ix.length; k++) {
        if (at[ix[k]!] !== -1) {
          at = null;
          break;
        }
        at[ix[k]!] = k;
      }
      this.listPositions.set(patterns, at);
    }
    return at;
  }

  /** The patterns a file may match (one automaton pass, kept in the run's results), or null when it cannot be read or may match none. */
  mayOfFile(repo: RepoIndex, path: string, results: SourceScanResults): FileMay | null {
    const byPath = results.files;
    let may = byPath.get(path);
    if (may === undefined) {
      const held = repo.holds?.(path) ?? true;
      let bits: Uint8Array | undefined;
      if (repo.scanRead) {
        // A file read for the scan alone is scanned on its bytes and not kept: most files a
        // pattern may match are never visited by a query that needs their lines, and one that
        // is reads the file again. A held text or held bytes are scanned as they are.
        bits = repo.scanRead(path, (bytes) => this.mayMatchInBytes(bytes), (text) => this.mayMatchIn(text));
      } else {
        const text = repo.read(path);
        bits = text === undefined ? undefined : this.mayMatchIn(text);
      }
      const ids: number[] = [];
      if (bits !== undefined) for (let k = 0; k < bits.length; k++) if (bits[k] === 1) ids.push(k);
      // A text no pattern may match, or read for the scan alone, need not stay in memory.
      if (ids.length === 0 || !held) repo.release?.(path);
      may = ids.length === 0 ? null : { ids };
      byPath.set(path, may);
    }
    return may;
  }

  /**
   * Visits the lines (0-based, ascending) of a file that hold at least one literal, with that
   * line's literals set in `present` while `visit` runs (ask `mayOnLine`) and where the line
   * starts in `text`, the file's text (-1 when not known: the text is not all ASCII, so byte
   * offsets are not string offsets). The lines are found by a second automaton pass, with line
   * numbers, over the files a query visits, and kept in the run's results. `visit` returns false
   * to stop. (A plain UTF-8 file's lines are visited on its kept lines: keptLines, visitKept.)
   */
  visitLines(path: string, text: string, results: SourceScanResults, visit: (line: number, present: Uint8Array, start: number) => boolean): void {
    const hits = this.hitsOfText(path, text, results);
    // Byte offsets are string offsets when every character is one byte.
    this.visitHits(hits, text.length === hits.bytes ? hits.offsets : undefined, visit);
  }

  /**
   * The lines of a plain UTF-8 file that hold literals, kept (KeptLines) in the run's results: read once from the
   * repository (RepoIndex.lineBytes, which keeps nothing of the file). Undefined when the file is not plain UTF-8 or
   * its text is held (then visit its text: visitLines), or it cannot be read.
   */
  keptLines(repo: RepoIndex, path: string, results: SourceScanResults): KeptLines | undefined {
    const known = results.kept.get(path);
    if (known) return known;
    const kept = repo.lineBytes?.(path, (bytes) => this.keep(path, bytes, results));
    if (kept) results.kept.set(path, kept);
    return kept;
  }

  /** visitLines over kept lines: `start` is where the line starts in `kept.bytes`. */
  visitKept(kept: KeptLines, visit: (line: number, present: Uint8Array, start: number) => boolean): void {
    this.visitHits(kept.hits, kept.at, visit);
  }

  /** The file's lines with literals (from its bytes), and those lines copied out of its bytes. */
  private keep(path: string, bytes: Uint8Array, results: SourceScanResults): KeptLines {
    let hits = results.lineHits.get(path);
    if (!hits) {
      hits = this.automaton.scanLines(bytes, bytes.length);
      results.lineHits.set(path, hits);
    }
    const { lines, offsets } = hits;
    const n = lines.length;
    const size = bytes.length;
    // Lines next to each other are copied as one run (most hit lines are: a literal such as "torch" is on many), so the
    // copy is a call per run, not per line. Each run ends at its last line's break, or at the end (a break added).
    const runEnds: number[] = [];
    let total = 0;
    for (let k = 0; k < n; k++) {
      const a = offsets[k]!;
      while (k + 1 < n && lines[k + 1] === lines[k]! + 1) k++;
      const b = bytes.indexOf(0x0a, offsets[k]!);
      const end = b < 0 ? size : b;
      runEnds.push(k, end);
      total += end - a + 1;
    }
    // One buffer of its own (a slice of Node's shared 8 kB pool would hold the whole slab for a small file).
    const out = Buffer.allocUnsafeSlow(total);
    const at = new Int32Array(n);
    let p = 0;
    let k = 0;
    for (let r = 0; r < runEnds.length; r += 2) {
      const last = runEnds[r]!;
      const end = runEnds[r + 1]!;
      const a = offsets[k]!;
      for (; k <= last; k++) at[k] = p + offsets[k]! - a;
      out.set(bytes.subarray(a, end), p);
      p += end - a;
      out[p++] = 0x0a;
    }
    return { hits, bytes: out, at };
  }

  /** The lines of a text that hold literals (found on its UTF-8 bytes once, kept in the run's results). */
  private hitsOfText(path: string, text: string, results: SourceScanResults): LineHits {
    let hits = results.lineHits.get(path);
    if (!hits) {
      // Encoded first: encoding may replace the scratch buffer with a larger one.
      const n = this.encode(text);
      hits = this.automaton.scanLines(this.scratch, n);
      results.lineHits.set(path, hits);
    }
    return hits;
  }

  /** Visits the hit lines, each with its literals set in `present`; `starts`: where each starts in its source (none: -1). */
  private visitHits(hits: LineHits, starts: Int32Array | undefined, visit: (line: number, present: Uint8Array, start: number) => boolean): void {
    const present = (this.linePresent ??= new Uint8Array(this.automaton.size));
    const { lines, starts: from, ids } = hits;
    for (let k = 0; k < lines.length; k++) {
      const a = from[k]!;
      const b = from[k + 1]!;
      for (let j = a; j < b; j++) present[ids[j]!] = 1;
      let go: boolean;
      try {
        go = visit(lines[k]!, present, starts ? starts[k]! : -1);
      } finally {
        for (let j = a; j < b; j++) present[ids[j]!] = 0;
      }
      if (!go) return;
    }
  }

  /** Whether the pattern with this index may match a text holding the literals in `present` (every set of one of its branches has one). */
  mayOnLine(pattern: number, present: Uint8Array): boolean {
    const branches = this.branchesOf[pattern]!;
    if (branches.length === 0) return true;
    for (const b of branches) if (holdsAll(b.sets, present)) return true;
    return false;
  }

  /** Whether one of these patterns has no literal requirement (so every line must be tried). */
  hasUnfiltered(ix: Int32Array): boolean {
    return this.always.length > 0 && ix.some((k) => this.always.includes(k));
  }

  /** The text's UTF-8 bytes in the scratch buffer; returns their count. */
  private encode(text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(Math.max(text.length * 3, this.scratch.length * 2));
    return this.encoder.encodeInto(text, this.scratch).written;
  }
}

/** Whether every set has one of its literals in `present`. */
function holdsAll(sets: readonly Int32Array[], present: Uint8Array): boolean {
  for (const set of sets) {
    let any = false;
    for (let j = 0; j < set.length; j++) {
      if (present[set[j]!] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
