/**
 * What a text must hold for a regex to match in it, as literals: for each top-level `|`
 * branch, every literal run outside quantifiers, classes and lookarounds (all of them, not
 * only the most selective one), and for each plain group the literals one of whose
 * alternatives it needs. A text that lacks them cannot match, so the regex is not tried.
 *
 * Conservative like literal-hints.ts (whose tokenizer it shares): undefined means "may match
 * anything", and so does any branch it cannot read.
 */
import { alternativesOf, classEnd, groupEnd, topLevelBranches } from './literal-hints.js';

/** Branches, each a list of sets: the branch may match when every set has a literal in the text. */
export interface Requirements {
  branches: string[][][];
  /** The `i` flag: literals are lower-cased and found without ASCII case. */
  folded: boolean;
}

/** Runs shorter than this are left out (a `(` or `.` is in every file and would cost a flag). */
const MIN_RUN = 2;
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

const cache = new WeakMap<RegExp, Requirements | null>();

export function requirementsOf(re: RegExp): Requirements | undefined {
  let r = cache.get(re);
  if (r === undefined) {
    r = derive(re) ?? null;
    cache.set(re, r);
  }
  return r ?? undefined;
}

function derive(re: RegExp): Requirements | undefined {
  if (/[gyv]/.test(re.flags) || (re.flags.includes('i') && re.flags.includes('u'))) return undefined;
  const folded = re.flags.includes('i');
  const branches = topLevelBranches(re.source);
  if (!branches) return undefined;
  const out: string[][][] = [];
  for (const b of branches) {
    const sets = branchSets(b);
    // A branch with nothing required matches anywhere: so does the regex.
    if (!sets || sets.length === 0) return undefined;
    const norm = sets.map((s) => [...new Set(folded ? s.map((x) => x.toLowerCase()) : s)]);
    // eslint-disable-next-line no-control-regex -- a NUL separator is part of the pattern
    if (folded && norm.some((s) => s.some((x) => /[^\x00-\x7f]/.test(x)))) return undefined;
    out.push(norm);
  }
  return { branches: out, folded };
}

/** The literal sets one branch needs, or undefined when it cannot be read. */
function branchSets(branch: string): string[][] | undefined {
  const sets: string[][] = [];
  let run = '';
  const cut = () => {
    if (run.length >= MIN_RUN) sets.push([run]);
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
        cut();
        return sets; // what was found before stays required; the rest is not read
      }
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
      if (!branch.startsWith('(?', i) || head.length > 1) group = branch.slice(i + head.length, end - 1);
      next = end;
    } else if (c === '{') {
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
        if (inner && inner.every((x) => x.length >= MIN_RUN)) sets.push(inner);
      }
    }
    i = next;
  }
  cut();
  return sets;
}
