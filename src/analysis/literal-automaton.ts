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
  private readonly delta: Int32Array;
  /** Per state: where its literal ids start in `outIds` (and end at the next state's start). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly bytes: Uint8Array[];
  private readonly exact: Uint8Array;
  /** Per state: 1 when some literal ends there. */
  private readonly hasOut: Uint8Array;

  constructor(literals: readonly Literal[]) {
    this.size = literals.length;
    this.bytes = literals.map((l) => new TextEncoder().encode(l.text));
    this.exact = Uint8Array.from(literals, (l) => (l.folded ? 0 : 1));
    // The trie over folded bytes.
    const next: Map<number, number>[] = [new Map()];
    const outs: number[][] = [[]];
    this.bytes.forEach((b, id) => {
      if (b.length === 0) throw new Error('An empty literal cannot be scanned for.');
      let s = 0;
      for (const raw of b) {
        const c = FOLD[raw]!;
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          outs.push([]);
          next[s]!.set(c, t);
        }
        s = t;
      }
      outs[s]!.push(id);
    });
    // Breadth first: failure links, then the full transition table.
    const states = next.length;
    const delta = new Int32Array(states * 256);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    // The trie holds folded bytes only; the table answers every byte (an upper-case ASCII
    // letter goes where its lower-case one goes), so the scan needs no folding of its own.
    for (let c = 0; c < 256; c++) {
      const t = next[0]!.get(FOLD[c]!) ?? 0;
      delta[c] = t;
      if (t !== 0 && FOLD[c] === c) queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      outs[s]!.push(...outs[fail[s]!]!);
      // A state's row is its failure state's row (complete: that state is shallower, so done
      // already), with its own children written over it: one copy, not 256 look-ups.
      delta.copyWithin(s * 256, fail[s]! * 256, fail[s]! * 256 + 256);
      for (const [c, t] of next[s]!) {
        // `c` is a folded byte: the upper-case letter of a lower-case one goes to the same child.
        delta[s * 256 + c] = t;
        if (c >= 0x61 && c <= 0x7a) delta[s * 256 + c - 0x20] = t;
        fail[t] = delta[fail[s]! * 256 + c]!;
        queue.push(t);
      }
    }
    this.delta = delta;
    this.hasOut = Uint8Array.from(outs, (o) => (o.length > 0 ? 1 : 0));
    this.outStart = new Int32Array(states + 1);
    const ids: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = ids.length;
      ids.push(...new Set(outs[s]!));
    }
    this.outStart[states] = ids.length;
    this.outIds = Int32Array.from(ids);
  }

  /**
   * Marks in `present` (one byte per literal, 1 = found) the literals that occur in
   * `bytes[0, end)`; returns how many were newly found.
   */
  scan(bytes: Uint8Array, end: number, present: Uint8Array): number {
    const { delta, outStart, outIds, hasOut } = this;
    let found = 0;
    let s = 0;
    for (let i = 0; i < end; i++) {
      s = delta[(s << 8) | bytes[i]!]!;
      if (hasOut[s] === 0) continue;
      const a = outStart[s]!;
      const b = outStart[s + 1]!;
      for (let k = a; k < b; k++) {
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
  scanLines(bytes: Uint8Array, end: number): { lines: Int32Array; offsets: Int32Array; starts: Int32Array; ids: Int32Array } {
    const { delta, outStart, outIds, hasOut } = this;
    const lastLine = new Int32Array(this.size).fill(-1);
    let lines = new Int32Array(64);
    let offsets = new Int32Array(64);
    let starts = new Int32Array(65);
    let ids = new Int32Array(256);
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
      s = delta[(s << 8) | b]!;
      if (hasOut[s] === 0) continue;
      const z = outStart[s + 1]!;
      for (let k = outStart[s]!; k < z; k++) {
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
    starts[nLines] = nIds;
    return { lines: lines.slice(0, nLines), offsets: offsets.slice(0, nLines), starts: starts.slice(0, nLines + 1), ids: ids.slice(0, nIds) };
  }

  private endsAt(bytes: Uint8Array, last: number, id: number): boolean {
    const lit = this.bytes[id]!;
    const start = last - lit.length + 1;
    for (let j = 0; j < lit.length; j++) if (bytes[start + j] !== lit[j]) return false;
    return true;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
