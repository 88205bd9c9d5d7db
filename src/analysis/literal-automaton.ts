/**
 * One Aho–Corasick automaton for many literals, run over bytes: a dense table (state × byte)
 * built once, so a scan is one table look-up per byte and tells which literals a text holds.
 * Case-insensitive literals and exact ones share the automaton: it runs on ASCII-folded
 * bytes, and an exact literal is confirmed against the raw bytes where it ends.
 *
 * Hand-rolled: the npm packages for Aho–Corasick work on JS strings (a text would have to be
 * decoded first, and charCodeAt loops run at a fraction of a byte table's speed) and report
 * every match with its position (an allocation per match); here only "which literals occur"
 * is needed, on the bytes as they are read.
 */

export interface Literal {
  /** UTF-8 text of the literal (ASCII letters lower-cased when `folded`). */
  text: string;
  /** Matched without ASCII case. */
  folded: boolean;
}

const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;

export class LiteralAutomaton {
  readonly size: number;
  /**
   * The transitions, a row per state and a column per byte class: each entry is the next
   * state's row offset (its number times the row width), so a step is one look-up with no
   * multiplication. States with outputs are numbered last: "a literal ends here" is one
   * comparison with `outFrom`, not a second look-up.
   */
  private readonly next: Int32Array;
  /** Per byte: its class (bytes no literal holds share class 0; a letter shares its case's class when folded). */
  private readonly classOf: Uint8Array;
  /** log2 of the row width (a power of two, so a row offset gives its state by a shift). */
  private readonly shift: number;
  /** Row offset of the first state with outputs. */
  private readonly outFrom: number;
  /** Per state with outputs (numbered from `outFrom`): where its literal ids start in `outIds` (and end at the next one's start). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly bytes: Uint8Array[];
  private readonly exact: Uint8Array;
  /** scanLines' scratch: per literal, the last line it was seen on. */
  private readonly lastLine: Int32Array;

  constructor(literals: readonly Literal[]) {
    this.size = literals.length;
    this.lastLine = new Int32Array(literals.length);
    this.bytes = literals.map((l) => new TextEncoder().encode(l.text));
    this.exact = Uint8Array.from(literals, (l) => (l.folded ? 0 : 1));
    // The trie over folded bytes.
    const children: Map<number, number>[] = [new Map()];
    const outs: number[][] = [[]];
    this.bytes.forEach((b, id) => {
      if (b.length === 0) throw new Error('An empty literal cannot be scanned for.');
      let s = 0;
      for (const raw of b) {
        const c = FOLD[raw]!;
        let t = children[s]!.get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          outs.push([]);
          children[s]!.set(c, t);
        }
        s = t;
      }
      outs[s]!.push(id);
    });
    // Byte classes: a byte no literal holds leads every state where any other such byte does
    // (to the root's own transition, which is the root), so they share one column; every
    // folded byte a literal holds has its own column, shared with its upper-case letter.
    const classOf = new Uint8Array(256);
    let classes = 1;
    for (const b of this.bytes) for (const raw of b) if (classOf[FOLD[raw]!] === 0) classOf[FOLD[raw]!] = classes++;
    for (let c = 0x41; c <= 0x5a; c++) classOf[c] = classOf[c + 0x20]!;
    let shift = 0;
    while (1 << shift < classes) shift++;
    const width = 1 << shift;
    // Breadth first: failure links, then the full transition table (by class, in trie numbers).
    const states = children.length;
    const delta = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const [c, t] of children[0]!) {
      delta[classOf[c]!] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      outs[s]!.push(...outs[fail[s]!]!);
      // A state's row is its failure state's row (complete: that state is shallower, so done
      // already), with its own children written over it: one copy, not a look-up per class.
      delta.copyWithin(s * width, fail[s]! * width, fail[s]! * width + width);
      for (const [c, t] of children[s]!) {
        delta[s * width + classOf[c]!] = t;
        fail[t] = delta[fail[s]! * width + classOf[c]!]!;
        queue.push(t);
      }
    }
    // Renumbered: states without outputs first (the root, which has none, stays 0), then the others.
    const order: number[] = [];
    for (let s = 0; s < states; s++) if (outs[s]!.length === 0) order.push(s);
    const outFromState = order.length;
    for (let s = 0; s < states; s++) if (outs[s]!.length > 0) order.push(s);
    const numberOf = new Int32Array(states);
    order.forEach((s, k) => (numberOf[s] = k));
    this.next = new Int32Array(states * width);
    for (let k = 0; k < states; k++) {
      const row = order[k]! * width;
      for (let c = 0; c < classes; c++) this.next[k * width + c] = numberOf[delta[row + c]!]! << shift;
    }
    this.classOf = classOf;
    this.shift = shift;
    this.outFrom = outFromState << shift;
    this.outStart = new Int32Array(states - outFromState + 1);
    const ids: number[] = [];
    for (let k = outFromState; k < states; k++) {
      this.outStart[k - outFromState] = ids.length;
      ids.push(...new Set(outs[order[k]!]!));
    }
    this.outStart[states - outFromState] = ids.length;
    this.outIds = Int32Array.from(ids);
  }

  /**
   * Marks in `present` (one byte per literal, 1 = found) the literals that occur in
   * `bytes[0, end)`; returns how many were newly found.
   */
  scan(bytes: Uint8Array, end: number, present: Uint8Array): number {
    const { next, classOf, outFrom, outStart, outIds, shift } = this;
    const first = outFrom >> shift;
    let found = 0;
    let s = 0;
    for (let i = 0; i < end; i++) {
      s = next[s + classOf[bytes[i]!]!]!;
      if (s < outFrom) continue;
      const o = (s >> shift) - first;
      const b = outStart[o + 1]!;
      for (let k = outStart[o]!; k < b; k++) {
        const id = outIds[k]!;
        if (present[id] === 1 || (this.exact[id] === 1 && !this.endsAt(bytes, i, id))) continue;
        present[id] = 1;
        found++;
      }
    }
    return found;
  }

  /**
   * The literals of `bytes[0, end)` line by line (0-based, counting "\n"): each line that
   * holds some, once, with its literal ids, in order (compressed rows: line k's ids are
   * `ids[starts[k], starts[k + 1])`), and the byte offset where each of those lines starts.
   */
  scanLines(bytes: Uint8Array, end: number): { lines: Int32Array; offsets: Int32Array; starts: Int32Array; ids: Int32Array; bytes: number } {
    const { next, classOf, outFrom, outStart, outIds, shift } = this;
    const first = outFrom >> shift;
    const lastLine = this.lastLine.fill(-1);
    // The lists grow in buffers kept from one call to the next, and are copied out at their lengths.
    let { lines, offsets, starts, ids } = LINE_LISTS;
    let nLines = 0;
    let nIds = 0;
    let s = 0;
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < end; i++) {
      const b = bytes[i]!;
      if (b === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      s = next[s + classOf[b]!]!;
      if (s < outFrom) continue;
      const o = (s >> shift) - first;
      const z = outStart[o + 1]!;
      for (let k = outStart[o]!; k < z; k++) {
        const id = outIds[k]!;
        if (lastLine[id] === line || (this.exact[id] === 1 && !this.endsAt(bytes, i, id))) continue;
        lastLine[id] = line;
        if (nLines === 0 || lines[nLines - 1] !== line) {
          if (nLines + 1 >= lines.length) {
            lines = grow(lines);
            offsets = grow(offsets);
            starts = grow(starts);
          }
          lines[nLines] = line;
          offsets[nLines] = lineStart;
          starts[nLines++] = nIds;
        }
        if (nIds >= ids.length) ids = grow(ids);
        ids[nIds++] = id;
      }
    }
    return lineHits(lines, offsets, starts, ids, nLines, nIds, end);
  }

  private endsAt(bytes: Uint8Array, last: number, id: number): boolean {
    const lit = this.bytes[id]!;
    const start = last - lit.length + 1;
    for (let j = 0; j < lit.length; j++) if (bytes[start + j] !== lit[j]) return false;
    return true;
  }
}

/** scanLines' lists, kept from one call to the next (grown as needed: rarely from these sizes, under 0.5 MB in all): the calls never overlap. */
const LINE_LISTS = { lines: new Int32Array(16_384), offsets: new Int32Array(16_384), starts: new Int32Array(16_384), ids: new Int32Array(65_536) };

/**
 * The lists cut to their lengths. A function of its own: V8 compiles the scan loop while the
 * first long file runs (on-stack replacement), before this code has run once, and a store
 * here without type feedback then threw the optimized loop away at the end of every call
 * (1,454 times on diffusers).
 */
function lineHits(lines: Int32Array<ArrayBuffer>, offsets: Int32Array<ArrayBuffer>, starts: Int32Array<ArrayBuffer>, ids: Int32Array<ArrayBuffer>, nLines: number, nIds: number, bytes: number): { lines: Int32Array; offsets: Int32Array; starts: Int32Array; ids: Int32Array; bytes: number } {
  // The grown lists are kept for the next call (stored here, not after the loop, for the reason above).
  LINE_LISTS.lines = lines;
  LINE_LISTS.offsets = offsets;
  LINE_LISTS.starts = starts;
  LINE_LISTS.ids = ids;
  starts[nLines] = nIds;
  return { lines: lines.slice(0, nLines), offsets: offsets.slice(0, nLines), starts: starts.slice(0, nLines + 1), ids: ids.slice(0, nIds), bytes };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
