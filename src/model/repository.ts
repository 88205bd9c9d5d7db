import type { Finding } from './finding.js';

/**
 * The repository as the analysis sees it: every regular file under the root (symlinks
 * to files inside the root included, never followed outside it), and a size-capped,
 * cached, UTF-8 text reader that turns every problem into a located finding.
 */
export interface RepoIndex {
  root: string;
  /** Paths relative to the root, POSIX separators, sorted. */
  files: readonly string[];
  has(path: string): boolean;
  /** Directories that hold at least one file, at any depth (relative, no trailing slash; '' is the root). */
  dirs: ReadonlySet<string>;
  /** Text of a file, or undefined (missing, too big, binary, unreadable: a finding says which). */
  read(path: string): string | undefined;
  /**
   * Lets go of a file's text (a source scan found nothing any query needs in it): memory is
   * freed, and a later read reads the file again, with no second finding.
   */
  release?(path: string): void;
  /** Lets go of every held text, as `release` does for one file (the analysis has read what it needs). */
  releaseAll?(): void;
  /**
   * Reads a file for a scan that keeps nothing of it: `useBytes` gets its UTF-8 bytes (valid
   * only during the call) when they are exactly what decoding would give, else `useText` its
   * text (a held text is given as it is). The text is not kept, as after `release`; findings
   * are said once, as `read` says them. Undefined when the file cannot be read.
   */
  scanRead?<T>(path: string, useBytes: (bytes: Uint8Array) => T, useText: (text: string) => T): T | undefined;
  /**
   * Reads a file for a reader of some of its lines: `useBytes` gets its UTF-8 bytes (valid only during the call) when
   * they are exactly what decoding would give (plain UTF-8: plainUtf8 in parse/repo.ts) and its text is not held, and
   * the index keeps nothing of them (the reader keeps the lines it needs). Otherwise undefined: unreadable (said, as
   * `read` says it), or read as `read` reads it, whose text is then held.
   */
  lineBytes?<T>(path: string, useBytes: (bytes: Uint8Array) => T): T | undefined;
  /** Whether the file's text is held now (read and not released). */
  holds?(path: string): boolean;
  /**
   * Whether the file is read from the checkout a comparison started from, as that checkout's index read it (a pull
   * request's base, for the files the change left alone: git/tree-repo.ts): what was learnt from its bytes there holds.
   */
  sameAsCheckout?(path: string): boolean;
  /** The paths read so far (for the benchmark's plain walk and for debugging). */
  readPaths(): string[];
  /** Findings produced while walking and reading. */
  findings: Finding[];
}
