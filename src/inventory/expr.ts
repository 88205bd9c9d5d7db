/**
 * Boolean selection expressions: pytest `-m` (`a and not (b or c)`) and Go build
 * constraints (`linux && !integration`), evaluated in three-valued logic: a name can be
 * true, false or unknown (a marker on some of a file's tests but not all).
 */
export type Truth = 'true' | 'false' | 'unknown';

export type Expr = { op: 'name'; name: string } | { op: 'not'; arg: Expr } | { op: 'and' | 'or'; left: Expr; right: Expr };

const TOKEN_RE = /\s*(\(|\)|&&|\|\||!|[A-Za-z_][\w.]*(?:\([^)]*\))?)/y;

/** Deeper than any real marker expression; the parser and the evaluator recurse once per level. */
const MAX_DEPTH = 64;

function tokenize(raw: string): string[] | undefined {
  const out: string[] = [];
  // Trailing blanks trimmed once (testing the rest of the text for blanks at every token was quadratic).
  const text = raw.trimEnd();
  TOKEN_RE.lastIndex = 0;
  let parens = 0;
  let nots = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    const m = TOKEN_RE.exec(text);
    if (!m) return undefined;
    const t = m[1]!;
    // Nesting (brackets, chained negations) past the limit: not read, rather than a stack overflow.
    if (t === '(') parens++;
    else if (t === ')') parens--;
    else if (t === '!' || t === 'not') nots++;
    else if (t !== '&&' && t !== '||' && t !== 'and' && t !== 'or') nots = 0;
    if (parens + nots > MAX_DEPTH) return undefined;
    out.push(t === '&&' ? 'and' : t === '||' ? 'or' : t === '!' ? 'not' : t);
  }
  return out;
}

/** Parses an expression, or undefined when it is not one. */
export function parseExpr(text: string): Expr | undefined {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const orExpr = (): Expr | undefined => {
    let left = andExpr();
    while (left && peek() === 'or') {
      i++;
      const right = andExpr();
      left = right ? { op: 'or', left, right } : undefined;
    }
    return left;
  };
  const andExpr = (): Expr | undefined => {
    let left = notExpr();
    while (left && peek() === 'and') {
      i++;
      const right = notExpr();
      left = right ? { op: 'and', left, right } : undefined;
    }
    return left;
  };
  const notExpr = (): Expr | undefined => {
    const t = peek();
    if (t === 'not') {
      i++;
      const arg = notExpr();
      return arg ? { op: 'not', arg } : undefined;
    }
    if (t === '(') {
      i++;
      const inner = orExpr();
      if (peek() !== ')') return undefined;
      i++;
      return inner;
    }
    if (t === undefined || t === ')' || t === 'and' || t === 'or') return undefined;
    i++;
    return { op: 'name', name: t.replace(/\(.*$/, '') };
  };
  const e = orExpr();
  return e && i === tokens.length ? e : undefined;
}

export function namesOf(e: Expr): string[] {
  switch (e.op) {
    case 'name':
      return [e.name];
    case 'not':
      return namesOf(e.arg);
    default:
      return [...namesOf(e.left), ...namesOf(e.right)];
  }
}

export function evaluate(e: Expr, value: (name: string) => Truth): Truth {
  switch (e.op) {
    case 'name':
      return value(e.name);
    case 'not': {
      const v = evaluate(e.arg, value);
      return v === 'unknown' ? v : v === 'true' ? 'false' : 'true';
    }
    case 'and': {
      const l = evaluate(e.left, value);
      const r = evaluate(e.right, value);
      return l === 'false' || r === 'false' ? 'false' : l === 'true' && r === 'true' ? 'true' : 'unknown';
    }
    case 'or': {
      const l = evaluate(e.left, value);
      const r = evaluate(e.right, value);
      return l === 'true' || r === 'true' ? 'true' : l === 'false' && r === 'false' ? 'false' : 'unknown';
    }
  }
}

/** Go's own build constraints (operating systems, architectures, cgo, release tags): `go test` sets them, `-tags` does not. */
const GO_IMPLIED = /^(?:linux|darwin|windows|freebsd|netbsd|openbsd|dragonfly|solaris|illumos|aix|android|ios|js|wasip1|plan9|unix|amd64|386|arm|arm64|wasm|riscv64|ppc64le?|s390x|mips\w*|loong64|cgo|gc|gccgo|go1\.\d+)$/;

/** The tags a Go build constraint needs set with `-tags` (`integration && !race` → integration); none when it cannot be read. */
export function tagsOf(constraint: string): string[] {
  const e = parseExpr(constraint);
  if (!e) return [];
  const out = new Set<string>();
  const walk = (x: Expr, negated: boolean): void => {
    if (x.op === 'name') {
      if (!negated && !GO_IMPLIED.test(x.name)) out.add(x.name);
    } else if (x.op === 'not') walk(x.arg, !negated);
    else if (x.op === 'and' || !negated) {
      walk(x.left, negated);
      walk(x.right, negated);
    }
  };
  walk(e, false);
  return [...out].sort();
}
