/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A stretch of a file: where something starts, and where it ends (the column just after its last character). */
export interface Span {
  start: Position;
  end: Position;
}

/** A place in the repository: a path relative to the root and the span it covers. */
export interface Place {
  file: string;
  span: Span;
}

/** A value read from a file, with where it stands (and where it ends, when the reader knows: YAML scalars). */
export interface Located<T> {
  value: T;
  pos: Position;
  end?: Position;
}

/** The span of a located value; undefined when its reader gave no end. */
export function spanOf(l: Located<unknown>): Span | undefined {
  return l.end ? { start: l.pos, end: l.end } : undefined;
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
