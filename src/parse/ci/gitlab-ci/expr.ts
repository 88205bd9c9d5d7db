/**
 * GitLab CI `rules: if:` expressions, evaluated in three values for one kind of pipeline:
 * `$CI_PIPELINE_SOURCE == "merge_request_event"` is known in a merge-request pipeline,
 * `$CI_COMMIT_TAG` is known in a tag pipeline, anything else (`$CI_COMMIT_BRANCH ==
 * $CI_DEFAULT_BRANCH`, project variables) is unknown and kept in words by the caller.
 * Grammar (GitLab docs, "CI/CD variable expressions"): `$VAR`, `"string"`, `'string'`,
 * `/regex/flags`, `null`, `==`, `!=`, `=~`, `!~`, `&&`, `||`, parentheses.
 */

import { compileCiRegex, type TextPattern } from '../../safe-pattern.js';

/** The pipelines a job can be part of, by what starts them. `tag` is a push of a tag. */
export type GitlabSource = 'merge_request_event' | 'push' | 'tag' | 'schedule' | 'web' | 'api' | 'trigger' | 'pipeline' | 'parent_pipeline';

export const GITLAB_SOURCES: readonly GitlabSource[] = ['merge_request_event', 'push', 'tag', 'schedule', 'web', 'api', 'trigger', 'pipeline', 'parent_pipeline'];

export type Truth = 'true' | 'false' | 'unknown';

/** A variable's value in one kind of pipeline: absent, a known text, or present with an unknown value. */
type Value = { kind: 'absent' } | { kind: 'known'; text: string } | { kind: 'present' } | { kind: 'unknown' } | { kind: 'tag-name' };

const ABSENT: Value = { kind: 'absent' };
const PRESENT: Value = { kind: 'present' };
const UNKNOWN: Value = { kind: 'unknown' };

/** Predefined variables whose presence depends on the kind of pipeline. */
export function variableIn(name: string, source: GitlabSource): Value {
  const mr = source === 'merge_request_event';
  const tag = source === 'tag';
  if (name === 'CI_PIPELINE_SOURCE') return { kind: 'known', text: tag ? 'push' : source };
  if (name === 'CI_MERGE_REQUEST_IID' || name === 'CI_MERGE_REQUEST_ID' || name === 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME' || name === 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME') return mr ? PRESENT : ABSENT;
  if (name.startsWith('CI_MERGE_REQUEST_')) return mr ? UNKNOWN : ABSENT;
  if (name.startsWith('CI_EXTERNAL_PULL_REQUEST_')) return ABSENT;
  if (name === 'CI_COMMIT_TAG') return tag ? PRESENT : ABSENT;
  if (name === 'CI_COMMIT_TAG_MESSAGE') return tag ? UNKNOWN : ABSENT;
  if (name === 'CI_COMMIT_BRANCH') return mr || tag ? ABSENT : PRESENT;
  // In a tag pipeline the ref is the tag: compared with a branch name (not a version) it is false.
  if ((name === 'CI_COMMIT_REF_NAME' || name === 'CI_COMMIT_REF_SLUG') && tag) return { kind: 'tag-name' };
  if (name === 'CI_COMMIT_REF_NAME' || name === 'CI_COMMIT_REF_SLUG' || name === 'CI_DEFAULT_BRANCH' || name === 'CI_COMMIT_SHA') return PRESENT;
  if (name === 'CI_OPEN_MERGE_REQUESTS') return tag ? ABSENT : UNKNOWN;
  return UNKNOWN;
}

type Token =
  | { t: 'var'; name: string }
  | { t: 'str'; text: string }
  | { t: 're'; re: TextPattern | undefined }
  | { t: 'null' }
  | { t: 'op'; op: '==' | '!=' | '=~' | '!~' | '&&' | '||' | '(' | ')' };

function tokenize(expr: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const rest = expr.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const v = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(rest);
    if (v) {
      out.push({ t: 'var', name: v[1]! });
      i += v[0].length;
      continue;
    }
    const s = /^"((?:[^"\\]|\\.)*)"|^'((?:[^'\\]|\\.)*)'/.exec(rest);
    if (s) {
      out.push({ t: 'str', text: s[1] ?? s[2] ?? '' });
      i += s[0].length;
      continue;
    }
    const op = /^(==|!=|=~|!~|&&|\|\||\(|\))/.exec(rest);
    if (op) {
      out.push({ t: 'op', op: op[1] as '==' });
      i += op[0].length;
      // A regex follows =~ and !~.
      if (op[1] === '=~' || op[1] === '!~') {
        const r = /^\s*\/((?:[^/\\]|\\.)*)\/([a-z]*)/.exec(expr.slice(i));
        if (r) {
          // On the linear-time engine: a pattern from the repository must not hang the analysis.
          out.push({ t: 're', re: compileCiRegex(r[1]!, r[2]!) });
          i += r[0].length;
        } else if (/^\s*\//.test(expr.slice(i))) return undefined; // an unclosed /regex/: nothing after it can be read (and rescanning it per `=~` would be quadratic)
      }
      continue;
    }
    if (/^null\b/.test(rest)) {
      out.push({ t: 'null' });
      i += 4;
      continue;
    }
    return undefined;
  }
  return out;
}

/** Longest expression evaluated (each `=~` compiles a pattern); no real rule comes near it. */
export const MAX_EXPR_CHARS = 10_000;
/** Deepest nesting of parentheses evaluated (the evaluator recurses once per level); deeper is `unknown`. */
export const MAX_EXPR_NESTING = 64;

function parenDepth(tokens: readonly Token[]): number {
  let depth = 0;
  let deepest = 0;
  for (const t of tokens) {
    if (t.t !== 'op') continue;
    if (t.op === '(') deepest = Math.max(deepest, ++depth);
    else if (t.op === ')' && depth > 0) depth--;
  }
  return deepest;
}

const not = (t: Truth): Truth => (t === 'true' ? 'false' : t === 'false' ? 'true' : 'unknown');
const and = (a: Truth, b: Truth): Truth => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown');
const or = (a: Truth, b: Truth): Truth => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'unknown');

/** Evaluates an expression for one kind of pipeline; text it cannot read is `unknown`. */
export function evaluateIf(expr: string, source: GitlabSource): Truth {
  if (expr.length > MAX_EXPR_CHARS) return 'unknown';
  const tokens = tokenize(expr);
  if (!tokens || parenDepth(tokens) > MAX_EXPR_NESTING) return 'unknown';
  let i = 0;
  const peek = () => tokens[i];
  const operand = (): Value | undefined => {
    const t = tokens[i++];
    if (!t) return undefined;
    if (t.t === 'var') return variableIn(t.name, source);
    if (t.t === 'str') return { kind: 'known', text: t.text };
    if (t.t === 'null') return ABSENT;
    return undefined;
  };
  const primary = (): Truth => {
    const t = peek();
    if (t?.t === 'op' && t.op === '(') {
      i++;
      const v = orExpr();
      if (peek()?.t === 'op' && (peek() as { op: string }).op === ')') i++;
      return v;
    }
    const left = operand();
    const next = peek();
    if (next?.t === 'op' && (next.op === '==' || next.op === '!=')) {
      i++;
      const right = operand();
      const eq = compare(left, right);
      return next.op === '==' ? eq : not(eq);
    }
    if (next?.t === 'op' && (next.op === '=~' || next.op === '!~')) {
      i++;
      const r = tokens[i++];
      const m = r?.t === 're' ? match(left, r.re) : 'unknown';
      return next.op === '=~' ? m : not(m);
    }
    // `$VAR` alone: present and not empty.
    if (!left) return 'unknown';
    return left.kind === 'absent' ? 'false' : left.kind === 'known' ? (left.text === '' ? 'false' : 'true') : left.kind === 'present' || left.kind === 'tag-name' ? 'true' : 'unknown';
  };
  const andExpr = (): Truth => {
    let v = primary();
    while (peek()?.t === 'op' && (peek() as { op: string }).op === '&&') {
      i++;
      v = and(v, primary());
    }
    return v;
  };
  function orExpr(): Truth {
    let v = andExpr();
    while (peek()?.t === 'op' && (peek() as { op: string }).op === '||') {
      i++;
      v = or(v, andExpr());
    }
    return v;
  }
  const v = orExpr();
  return i === tokens.length ? v : 'unknown';
}

function compare(a: Value | undefined, b: Value | undefined): Truth {
  if (!a || !b) return 'unknown';
  const tagName = a.kind === 'tag-name' ? b : b.kind === 'tag-name' ? a : undefined;
  if (tagName) return tagName.kind === 'known' && !/^v?\d/.test(tagName.text) ? 'false' : tagName.kind === 'absent' ? 'false' : 'unknown';
  if (a.kind === 'absent' || b.kind === 'absent') return a.kind === 'absent' && b.kind === 'absent' ? 'true' : a.kind === 'unknown' || b.kind === 'unknown' ? 'unknown' : 'false';
  // Present with an unknown value, or a variable the tool knows nothing about.
  if (a.kind === 'known' && b.kind === 'known') return a.text === b.text ? 'true' : 'false';
  return 'unknown';
}

function match(a: Value | undefined, re: TextPattern | undefined): Truth {
  if (!a || !re) return 'unknown';
  if (a.kind === 'absent') return 'false';
  if (a.kind === 'known') return re.test(a.text) ? 'true' : 'false';
  return 'unknown';
}
