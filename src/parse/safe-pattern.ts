/**
 * Patterns that come from the repository (the config's `commands` regexes and `ignore`
 * globs, pytest's `python_files`) run on a linear-time engine, RE2JS (a port of RE2 to
 * JavaScript): no backtracking, so `^(a+)+$` cannot hang the analysis. A pattern that
 * needs backtracking (backreferences, lookaround) is refused with a reason instead.
 * Globs are translated to RE2 syntax here (`*`, `**`, `?`, `[...]`, `{a,b}`, extglobs),
 * dotfiles included. Each pattern and each tested text also has a length budget.
 */
import { RE2JS } from 're2js';

/** What the analysis needs of a pattern: a yes or no for one text. */
export interface TextPattern {
  test(text: string): boolean;
}

/** Longest user pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 1000;
/** Longest text a user pattern is tested against (a longer text is tested on its start). */
export const MAX_TESTED_LENGTH = 64 * 1024;

export type Compiled = { ok: true; pattern: TextPattern } | { ok: false; reason: string };

function wrap(re: RE2JS): TextPattern {
  return { test: (text) => re.matcher(text.length > MAX_TESTED_LENGTH ? text.slice(0, MAX_TESTED_LENGTH) : text).find() };
}

/** A user regular expression (JavaScript syntax, no flags) on the linear-time engine. */
export function compileUserRegex(source: string): Compiled {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `it is ${source.length} characters long, over the ${MAX_PATTERN_LENGTH} accepted` };
  try {
    return { ok: true, pattern: wrap(RE2JS.compile(source)) };
  } catch (err: unknown) {
    const why = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : String(err);
    const hint = /\\[1-9]|\(\?<?[=!]/.test(source) ? ' (backreferences and lookaround are not supported: patterns run on a linear-time engine so that none can hang the analysis)' : '';
    return { ok: false, reason: `${why}${hint}` };
  }
}

/**
 * A regular expression written in a CI file (GitLab's `=~ /re/flags`, CircleCI's `matches`),
 * on the same linear-time engine: flags `i`, `m` and `s` become RE2's inline flags, others are
 * dropped. `undefined` when the engine cannot read it (the caller says "unknown").
 */
export function compileCiRegex(source: string, flags = ''): TextPattern | undefined {
  const inline = [...new Set(flags.replace(/[^ims]/g, ''))].join('');
  const result = compileUserRegex(inline ? `(?${inline})${source}` : source);
  return result.ok ? result.pattern : undefined;
}

/** Globs (picomatch-style, dotfiles included) as one linear-time matcher of a POSIX path. */
export function compileGlobs(globs: readonly string[]): Compiled {
  const parts: string[] = [];
  for (const g of globs) {
    if (g.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `the glob "${g.slice(0, 40)}…" is ${g.length} characters long, over the ${MAX_PATTERN_LENGTH} accepted` };
    parts.push(globToRegex(g));
  }
  if (parts.length === 0) return { ok: true, pattern: { test: () => false } };
  const source = `^(?:${parts.join('|')})$`;
  const pieces = globs.map(starPieces);
  if (pieces.every((p) => p !== undefined)) {
    // A file name against `test_*.py` is tested natively: the engine's matcher cost more than the rest of the test
    // inventory's path work (12k names on the realistic 30k). Literals and `[^/]*` always compile, so the engine is
    // made only for a text the native test does not answer, which most runs never have (compiling costs ~20 ms).
    let engine: TextPattern | undefined;
    const stars = pieces as string[][];
    return {
      ok: true,
      pattern: { test: (text) => (text.includes('/') || text.length > MAX_TESTED_LENGTH ? (engine ??= wrap(RE2JS.compile(source))).test(text) : stars.some((p) => matchesStarPieces(p, text))) },
    };
  }
  try {
    return { ok: true, pattern: wrap(RE2JS.compile(source)) };
  } catch (err: unknown) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The literal pieces between the stars of a glob whose only special character is a lone `*` (`test_*.py`), or
 * undefined for any other glob. Every character that `globToRegex` may read as more than itself rules a glob out.
 */
export function starPieces(glob: string): string[] | undefined {
  return /[?[\]{}()\\!+@|,]|\*\*/.test(glob) ? undefined : glob.split('*');
}

/**
 * Whether a text with no `/` matches a star glob's pieces: `[^/]*` is then any text, so the first piece is a prefix,
 * the last a suffix, and each piece between is found at its leftmost place after the one before (a later place
 * never leaves more room for the rest).
 */
export function matchesStarPieces(pieces: readonly string[], text: string): boolean {
  const first = pieces[0]!;
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1]!;
  const end = text.length - last.length;
  if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    const k = text.indexOf(piece, at);
    if (k < 0 || k + piece.length > end) return false;
    at = k + piece.length;
  }
  return true;
}

const REGEX_SPECIAL = /[\\^$.|+()[\]{}*?]/;

/** One glob in RE2 syntax (unanchored). An unclosed `[` is literal; unclosed braces and groups are closed at the end. */
export function globToRegex(glob: string): string {
  let out = '';
  let braces = 0;
  // Open extglob groups (`?(a|b)`, `+(…)`, `*(…)`, `@(…)`, `!(…)`), each with its closing text.
  const groups: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if ('?*+@!'.includes(c) && glob[i + 1] === '(' && glob.indexOf(')', i) > i) {
      // `!(…)` (anything but) has no linear form; it is read as "any name", which matches more, never less.
      groups.push(c === '?' ? ')?' : c === '*' ? ')*' : c === '+' ? ')+' : c === '!' ? ')|[^/]*)' : ')');
      out += c === '!' ? '(?:(?:' : '(?:';
      i++;
    } else if (c === '|' && groups.length > 0) out += '|';
    else if (c === ')' && groups.length > 0) out += groups.pop()!;
    else if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**` spans folders; `a/**/b` also matches `a/b`, and a leading `**/` matches at the root.
        let j = i + 2;
        while (glob[j] === '*') j++;
        const before = i === 0 || glob[i - 1] === '/';
        const after = j === glob.length || glob[j] === '/';
        if (before && after) {
          if (j === glob.length) out = i > 0 ? `${out.slice(0, -1)}(?:/.*)?` : `${out}.*`;
          else {
            out += '(?:.*/)?';
            j++;
          }
        } else out += '[^/]*';
        i = j - 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\').replace(/\[/g, '\\[')}]`;
        i = end;
      }
    } else if (c === '{' && glob.indexOf('}', i) > i) {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '\\' && i + 1 < glob.length) {
      const next = glob[++i]!;
      out += REGEX_SPECIAL.test(next) ? `\\${next}` : next;
    } else out += REGEX_SPECIAL.test(c) ? `\\${c}` : c;
  }
  while (braces-- > 0) out += ')';
  while (groups.length > 0) out += groups.pop()!;
  return out;
}
