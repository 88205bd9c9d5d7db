/**
 * Literals derived from regular expressions: strings one of which any match must contain
 * (`alternativesOf`), and the source scanners the one-pass scan (literal-requirements.ts)
 * builds on. A file that holds none of a pattern's literals cannot match it.
 *
 * The derivation is conservative: it reads only literal characters at the top level of
 * each `|` branch (not inside groups or classes, not followed by a quantifier) and gives
 * up (undefined: scan everything) for anything it does not understand.
 */

/** Strings one of which every match of this pattern source contains, or undefined. */
export function alternativesOf(src: string): string[] | undefined {
  const branches = topLevelBranches(src);
  if (!branches) return undefined;
  const out: string[] = [];
  for (const b of branches) {
    const f = bestFactor(b);
    if (!f) return undefined;
    for (const pushed of f) out.push(pushed);
  }
  return out;
}

/** The source split at `|` outside groups and classes; undefined when unbalanced. */
export function topLevelBranches(src: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(src, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return undefined;
    } else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  out.push(src.slice(start));
  return out;
}

/** Index of the `]` closing the class opened at `open`, or -1. */
export function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

/** Index just past the group opened at `open`, or -1. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

/**
 * The most selective factor every match of this branch contains: a run of literal
 * characters, or a group (not quantified, not a lookaround) whose branches all have one.
 * Selectivity is the length of the shortest alternative.
 */
function bestFactor(branch: string): string[] | undefined {
  let best: string[] | undefined;
  const consider = (f: string[]) => {
    if (f.length === 0 || f.some((x) => x === '')) return;
    const score = Math.min(...f.map((x) => x.length));
    const bestScore = best ? Math.min(...best.map((x) => x.length)) : 0;
    if (score > bestScore || (score === bestScore && best && f.length < best.length)) best = f;
  };
  let run = '';
  const cut = () => {
    consider([run]);
    run = '';
  };
  let i = 0;
  while (i < branch.length) {
    const c = branch[i]!;
    let literal: string | undefined;
    let group: string | undefined;
    let next: number;
    if (c === '\\') {
      const e = branch[i + 1];
      if (e === undefined) return undefined;
      if (e === 'x' || e === 'u' || e === 'c' || e === 'p' || e === 'P' || e === 'k') {
        // Their arguments would read as literals: keep what was found before them.
        cut();
        return best;
      }
      // `\d`, `\b`, `\1`, ...: not a literal; `\.`, `\(`, `\/`: the character itself.
      literal = /[A-Za-z0-9]/.test(e) ? undefined : e;
      next = i + 2;
    } else if (c === '[') {
      const end = classEnd(branch, i);
      if (end < 0) return undefined;
      next = end + 1;
    } else if (c === '(') {
      const end = groupEnd(branch, i);
      if (end < 0) return undefined;
      const head = /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(branch.slice(i))![0];
      // Lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) are left out; other groups are read inside.
      if (!branch.startsWith('(?', i) || head.length > 1) group = branch.slice(i + head.length, end - 1);
      next = end;
    } else if (c === '{') {
      // A whole `{n,m}` quantifier (its digits are not literals), or a literal `{` taken as a cut.
      const q = /^\{\d+(,\d*)?\}/.exec(branch.slice(i));
      next = i + (q ? q[0].length : 1);
    } else if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')' || c === ']' || c === '}' || QUANTIFIER_START.has(c)) {
      next = i + 1;
    } else {
      literal = c;
      next = i + 1;
    }
    const quantified = next < branch.length && QUANTIFIER_START.has(branch[next]!);
    if (literal !== undefined && !quantified) run += literal;
    else {
      cut();
      if (group !== undefined && !quantified) {
        const inner = alternativesOf(group);
        if (inner) consider(inner);
      }
    }
    i = next;
  }
  cut();
  return best;
}
