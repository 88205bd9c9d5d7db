/**
 * The code files of some extensions, with their texts read through the repository (so a
 * read problem is its finding, as before) and kept by position, and — once every one of
 * them has been read — their texts joined, so that a hint regex finds the files that may
 * match in one pass instead of one test per file and query.
 */
import type { RepoIndex } from '../model/repository.js';

export class CodeCorpus {
  readonly paths: readonly string[];
  private readonly texts: (string | undefined)[];
  private readonly read: Uint8Array;
  private unread: number;
  private joined: { text: string; starts: Int32Array } | undefined;
  private readonly scans = new Map<RegExp, RegExp>();

  constructor(
    private readonly repo: RepoIndex,
    paths: readonly string[],
  ) {
    this.paths = paths;
    this.texts = new Array<string | undefined>(paths.length);
    this.read = new Uint8Array(paths.length);
    this.unread = paths.length;
  }

  /** The text of the i-th file (read once, through the repository). */
  text(i: number): string | undefined {
    if (this.read[i] === 0) {
      this.texts[i] = this.repo.read(this.paths[i]!);
      this.read[i] = 1;
      this.unread--;
    }
    return this.texts[i];
  }

  /**
   * Files (flags by position) where one of these regexes matches, or undefined while some
   * file is still unread (reading it here could add a finding the query would not make).
   */
  candidates(res: readonly RegExp[]): Uint8Array | undefined {
    if (this.unread > 0) return undefined;
    const joined = (this.joined ??= this.join());
    const out = new Uint8Array(this.paths.length);
    for (const re of res) {
      let scan = this.scans.get(re);
      if (!scan) this.scans.set(re, (scan = new RegExp(re.source, `${re.flags}g`)));
      scan.lastIndex = 0;
      for (let m = scan.exec(joined.text); m !== null; m = scan.exec(joined.text)) {
        // The file where the match starts may match (a match across the joint only adds a candidate).
        const i = fileAt(joined.starts, m.index);
        out[i] = 1;
        scan.lastIndex = i + 1 < joined.starts.length ? Math.max(joined.starts[i + 1]!, m.index + 1) : joined.text.length;
      }
    }
    return out;
  }

  private join(): { text: string; starts: Int32Array } {
    const starts = new Int32Array(this.paths.length);
    const parts: string[] = [];
    let at = 0;
    for (let i = 0; i < this.paths.length; i++) {
      starts[i] = at;
      const t = this.texts[i] ?? '';
      parts.push(t, '\n');
      at += t.length + 1;
    }
    return { text: parts.join(''), starts };
  }
}

/** The index of the file whose text holds offset `at` (the last start ≤ at). */
function fileAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
