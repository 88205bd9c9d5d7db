/**
 * Reading a test file's code: comments removed (line numbers kept), test cases counted,
 * pytest markers and Go build tags collected. All patterns are compiled once.
 */

export type Lang = 'python' | 'js' | 'go' | 'r' | 'jvm' | 'bats' | 'notebook';

export function langOf(path: string): Lang | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  switch (path.slice(dot + 1)) {
    case 'py':
      return 'python';
    case 'js':
    case 'jsx':
    case 'ts':
    case 'tsx':
    case 'mjs':
    case 'cjs':
    case 'mts':
    case 'cts':
      return 'js';
    case 'go':
      return 'go';
    case 'R':
    case 'r':
      return 'r';
    case 'java':
    case 'kt':
    case 'kts':
    case 'groovy':
    case 'scala':
      return 'jvm';
    case 'bats':
      return 'bats';
    case 'ipynb':
      return 'notebook';
    default:
      return undefined;
  }
}

/** Code text with comments (and Python docstring blocks) removed; same number of lines. */
export interface Code {
  text: string;
  /** Offsets at which each line starts. */
  starts: number[];
}

export function lineAt(code: Code, offset: number): number {
  let lo = 0;
  let hi = code.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (code.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const HASH_LANGS: ReadonlySet<Lang> = new Set(['python', 'r', 'bats']);
const SLASH_LANGS: ReadonlySet<Lang> = new Set(['js', 'go', 'jvm']);

/** Cuts a trailing comment that starts outside quotes (a simple, line-local scan). */
function cutTrailing(line: string, hash: boolean): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || (c === '`' && !hash)) quote = c;
    else if (hash && c === '#') return line.slice(0, i);
    else if (!hash && c === '/' && line[i + 1] === '/' && line[i - 1] !== ':') return line.slice(0, i);
  }
  return line;
}

export function stripComments(text: string, lang: Lang): Code {
  const lines = text.split('\n');
  const hash = HASH_LANGS.has(lang);
  const slash = SLASH_LANGS.has(lang);
  let inBlock = false;
  let docQuote = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (docQuote) {
      // Inside a bare triple-quoted string (a docstring or a commented-out block).
      const end = line.indexOf(docQuote);
      lines[i] = '';
      if (end >= 0) docQuote = '';
      continue;
    }
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end < 0) {
        lines[i] = '';
        continue;
      }
      inBlock = false;
      line = line.slice(end + 2);
    }
    const t = line.trimStart();
    if (hash && t.startsWith('#')) {
      lines[i] = '';
      continue;
    }
    if (lang === 'python' && (t.startsWith('"""') || t.startsWith("'''"))) {
      const q = t.slice(0, 3);
      if (t.indexOf(q, 3) < 0) docQuote = q;
      lines[i] = '';
      continue;
    }
    if (slash) {
      if (t.startsWith('//')) {
        lines[i] = '';
        continue;
      }
      let open = line.indexOf('/*');
      while (open >= 0) {
        const close = line.indexOf('*/', open + 2);
        if (close < 0) {
          line = line.slice(0, open);
          inBlock = true;
          break;
        }
        line = line.slice(0, open) + line.slice(close + 2);
        open = line.indexOf('/*');
      }
    }
    if ((hash && line.includes('#')) || (slash && line.includes('//'))) line = cutTrailing(line, hash);
    lines[i] = line;
  }
  const starts: number[] = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i]!.length + 1;
  }
  return { text: lines.join('\n'), starts };
}

const CASE_PATTERNS: Record<Exclude<Lang, 'notebook'>, RegExp> = {
  python: /^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\(/gm,
  js: /(?:^|[^\w.$])(?:it|test)(?:\.(?:only|skip|concurrent|failing|todo|fails|sequential|each|skipIf|runIf))*\s*[(`]/gm,
  go: /^func[ \t]+(?:Test(?!Main\b)|Benchmark|Fuzz)\w*[ \t]*\(/gm,
  r: /\btest_that\s*\(/g,
  jvm: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g,
  bats: /^[ \t]*@test[ \t]/gm,
};

/** Test cases in code whose comments are already removed. */
export function countCases(code: Code, lang: Lang): number {
  if (lang === 'notebook') return code.text.trim() === '' ? 0 : 1;
  const re = CASE_PATTERNS[lang];
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(code.text) !== null) n++;
  return n;
}

/** pytest marks that select nothing by themselves (never used in `-m`). */
const IGNORED_MARKERS: ReadonlySet<string> = new Set(['parametrize', 'usefixtures', 'filterwarnings']);

export interface MarkerUse {
  name: string;
  line: number;
  /** The whole module is marked (`pytestmark`, a Go build tag, or every test case carries it). */
  fileLevel: boolean;
}

const MARK_RE = /@pytest\.mark\.(\w+)/g;
const PYTESTMARK_RE = /^pytestmark[ \t]*=/gm;
const MARK_IN_RE = /\bpytest\.mark\.(\w+)/g;
const GO_BUILD_RE = /^\/\/go:build[ \t]+(.+)$/m;
const GO_TAG_RE = /[A-Za-z_][\w.]*/g;

/** pytest markers (Python) or build tags (Go) used in a file. `raw` is the text before comments were removed. */
export function markersOf(code: Code, lang: Lang, raw: string, cases: number): MarkerUse[] {
  const out = new Map<string, MarkerUse>();
  if (lang === 'go') {
    const m = GO_BUILD_RE.exec(raw);
    if (m) {
      for (const t of m[1]!.match(GO_TAG_RE) ?? []) if (!out.has(t)) out.set(t, { name: t, line: lineOfRaw(raw, m.index), fileLevel: true });
    }
    return [...out.values()];
  }
  if (lang !== 'python' || !code.text.includes('mark')) return [];
  const counts = new Map<string, number>();
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(code.text); m !== null; m = MARK_RE.exec(code.text)) {
    const name = m[1]!;
    if (IGNORED_MARKERS.has(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!out.has(name)) out.set(name, { name, line: lineAt(code, m.index), fileLevel: false });
  }
  for (const [name, n] of counts) if (cases > 0 && n >= cases) out.get(name)!.fileLevel = true;
  PYTESTMARK_RE.lastIndex = 0;
  for (let m = PYTESTMARK_RE.exec(code.text); m !== null; m = PYTESTMARK_RE.exec(code.text)) {
    const stmt = statementAt(code.text, m.index);
    MARK_IN_RE.lastIndex = 0;
    for (let k = MARK_IN_RE.exec(stmt); k !== null; k = MARK_IN_RE.exec(stmt)) {
      const name = k[1]!;
      if (IGNORED_MARKERS.has(name)) continue;
      out.set(name, { name, line: lineAt(code, m.index), fileLevel: true });
    }
  }
  return [...out.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}

/** A module-level statement from `start` to the next line that starts at column 0 (brackets may span lines). */
function statementAt(text: string, start: number): string {
  let end = text.indexOf('\n', start);
  while (end >= 0 && end + 1 < text.length && /[ \t\])}]/.test(text[end + 1]!)) end = text.indexOf('\n', end + 1);
  return text.slice(start, end < 0 ? text.length : end);
}

function lineOfRaw(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
