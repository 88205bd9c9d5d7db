/**
 * The shared shape of task resolvers: each one recognises an invocation (`make test`,
 * `tox -e py311`, `npm run lint` ...) and returns the bodies it reaches, as shell lines
 * with their real positions. The follow engine in `../run.ts` turns those lines into
 * Commands, keeps the `via` chain and guards against loops and depth.
 */
import * as path from 'node:path';
import type { Finding } from '../../../model/finding.js';
import type { CannotFail, UnfollowedKind } from '../../../model/ci.js';
import type { Located, SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';

/** A command as a resolver sees it. */
export interface Invocation {
  /** The words as written, leading environment assignments removed (wrappers kept). */
  words: string[];
  /** The words with wrappers removed but the program's path kept (`./run_tests.sh`). */
  program: string[];
  /** The program's words (wrappers removed), as in Command.argv. */
  argv: string[];
  /** The folder the command runs in, relative to the root ('' is the root). */
  cwd: string;
  /** Where the command is written. */
  at: SourceRef;
  /** Environment variables known to be set (workflow, job and step `env:`, leading `X=1` words). */
  env: Record<string, string>;
  /**
   * Says that the runner was recognised but what it would run cannot be seen (a script
   * that is missing, a target its file does not define): the step is listed as not followed.
   * `file` is the path looked for, for a missing script.
   */
  miss?: (kind: UnfollowedKind, reason: string, file?: string) => void;
}

/** What an invocation reaches: shell lines written in a task file. */
export interface TaskBody {
  /** Identity for loop detection, e.g. `make:Makefile#test`. */
  key: string;
  /** Readable name for messages, e.g. `make target "test"`. */
  label: string;
  /** Where the task is defined (the target, env, script or hook line). */
  at: SourceRef;
  /** Hops inside the task file before this body (a make prerequisite's parent target...), outermost first. */
  via: SourceRef[];
  /** Shell lines, each with its real position in `at.file`. */
  lines: Located<string>[];
  /** Folder the lines run in. */
  cwd: string;
  /** Lines (by line number) whose failure the task runner ignores, with the reason. */
  ignored?: Map<number, CannotFail>;
  /** For scripts: the script's own path (`cd "$(dirname "$0")"` goes there). */
  script?: string;
}

export interface TaskContext {
  repo: RepoIndex;
  /** Parse problems and unresolved references, reported once per analysis. */
  findings: Finding[];
  /** Parses a task file once per analysis (cache per RepoIndex). */
  once<T>(kind: string, file: string, parse: (text: string) => T): T | undefined;
}

export type Resolver = (inv: Invocation, ctx: TaskContext) => TaskBody[] | undefined;

interface Cache {
  parsed: Map<string, unknown>;
  findings: Finding[];
}

const caches = new WeakMap<RepoIndex, Cache>();

/** The task context of a repository; parsed files and their findings are shared by every call. */
export function taskContext(repo: RepoIndex): TaskContext {
  let cache = caches.get(repo);
  if (!cache) {
    cache = { parsed: new Map(), findings: [] };
    caches.set(repo, cache);
  }
  const c = cache;
  return {
    repo,
    findings: c.findings,
    once<T>(kind: string, file: string, parse: (text: string) => T): T | undefined {
      const key = `${kind}\u0000${file}`;
      if (c.parsed.has(key)) return c.parsed.get(key) as T | undefined;
      const text = repo.has(file) ? repo.read(file) : undefined;
      let value: T | undefined;
      if (text !== undefined) {
        try {
          value = parse(text);
        } catch (err: unknown) {
          // Parsers are written not to throw; this keeps the promise if one does.
          c.findings.push({ severity: 'warning', file, line: 1, column: 1, check: 'command-resolution', message: `"${file}" could not be read as a ${kind} file (${err instanceof Error ? err.message : String(err)}); what it defines was not followed.` });
        }
      }
      c.parsed.set(key, value);
      return value;
    },
  };
}

/** Joins and normalises a repository-relative path; undefined when it leaves the root or is not literal. */
export function joinPath(cwd: string, rel: string): string | undefined {
  if (rel === '' || /[$`{}*?]/.test(rel)) return undefined;
  if (path.posix.isAbsolute(rel)) {
    const w = rel.replace(/^\/github\/workspace\/?|^\$GITHUB_WORKSPACE\/?/, '');
    if (w === rel) return undefined;
    rel = w;
  }
  const norm = path.posix.normalize(cwd === '' ? rel : `${cwd}/${rel}`).replace(/\/$/, '');
  if (norm === '.' ) return '';
  if (norm.startsWith('..')) return undefined;
  return norm.replace(/^\.\//, '');
}

export function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/** The first existing file among `names` in `dir`. */
export function findIn(repo: RepoIndex, dir: string, names: readonly string[]): string | undefined {
  for (const n of names) {
    const p = dir === '' ? n : `${dir}/${n}`;
    if (repo.has(p)) return p;
  }
  return undefined;
}

/** Quotes words back into shell text (so a resolver can hand an argv to the shell reader). */
export function shellQuote(words: readonly string[]): string {
  return words.map((w) => (w !== '' && /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The 1-based line and column of a character offset. */
export function posAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Splits words into positional arguments and options (`valued` options take the next word; `-xVALUE` and `--x=VALUE` too). */
export function positionals(words: readonly string[], valued: ReadonlySet<string>): { args: string[]; opts: Map<string, string[]> } {
  const args: string[] = [];
  const opts = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    // Appended in place: copying the list for every repeat of an option was quadratic.
    const list = opts.get(k);
    if (list) list.push(v);
    else opts.set(k, [v]);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') {
      for (const pushed of words.slice(i + 1)) args.push(pushed);
      break;
    }
    if (w.startsWith('-') && w.length > 1) {
      const eq = w.indexOf('=');
      if (eq > 0) add(w.slice(0, eq), w.slice(eq + 1));
      else if (valued.has(w) && i + 1 < words.length) add(w, words[++i]!);
      else {
        const short = w.slice(0, 2);
        if (!w.startsWith('--') && w.length > 2 && valued.has(short)) add(short, w.slice(2));
        else add(w, '');
      }
      continue;
    }
    args.push(w);
  }
  return { args, opts };
}
