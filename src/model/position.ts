/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A value read from a file, with where it stands. */
export interface Located<T> {
  value: T;
  pos: Position;
}

/** A place in the repository: a path relative to the root (POSIX separators) and a position. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

export function refOf(file: string, pos: Position = START): SourceRef {
  return { file, line: pos.line, column: pos.column };
}
