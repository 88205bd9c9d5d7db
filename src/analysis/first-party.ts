/**
 * The project's own modules a Python file imports, one hop: a name or an API call is evidence
 * only with its subject in the same file or in a module the file imports from the project
 * (a test of `app.main` whose app loads the model; a test of `pkg.schemas` built on pandera).
 */
import type { RepoIndex } from '../model/repository.js';
import type { SourcePattern } from '../model/signal.js';
import { codeLinesHolding, firstHitIn } from './code-search.js';
import { runIndex } from './run-index.js';

const IMPORT_LINE = /^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w\s,()*]+)|import\s+([\w.]+(?:\s*,\s*[\w.]+)*))/;
const SOURCE_ROOTS = ['', 'src/', 'lib/', 'python/', 'app/'];

function moduleFiles(repo: RepoIndex, dotted: string, roots: readonly string[]): string[] {
  const rel = dotted.replace(/\./g, '/');
  const out: string[] = [];
  for (const root of roots) {
    for (const p of [`${root}${rel}.py`, `${root}${rel}/__init__.py`]) if (repo.has(p)) out.push(p);
  }
  return out;
}

/** Project files (Python) that `file` imports, one hop; absolute imports from the usual source roots, relative ones from the file's folder. */
export function firstPartyImports(repo: RepoIndex, file: string): string[] {
  const byFile = runIndex(repo).firstPartyImports;
  const known = byFile.get(file);
  if (known) return known;
  const found = new Set<string>();
  if (file.endsWith('.py')) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    // Both forms of an import line hold "import": only those lines are read.
    for (const line of codeLinesHolding(repo, file, 'import') ?? []) {
      const m = IMPORT_LINE.exec(line);
      if (!m) continue;
      if (m[1] !== undefined) {
        const dots = /^\.*/.exec(m[1])![0].length;
        const mod = m[1].slice(dots);
        let base: string | undefined;
        if (dots > 0) {
          const parts = dir.split('/').filter(Boolean);
          base = parts.slice(0, Math.max(0, parts.length - (dots - 1))).join('/');
          base = base ? `${base}/` : '';
        }
        const roots = base !== undefined ? [base] : SOURCE_ROOTS;
        for (const root of roots) {
          if (mod) for (const f of moduleFiles(repo, mod, [root])) found.add(f);
          // `from pkg import module`: each imported name may be a module of the package.
          for (const name of m[2]!
            .replace(/[()]/g, '')
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!)
            .filter((s) => /^\w+$/.test(s))) {
            for (const f of moduleFiles(repo, mod ? `${mod}.${name}` : name, [root])) found.add(f);
          }
        }
      } else if (m[3] !== undefined) {
        for (const mod of m[3].split(',').map((s) => s.trim())) for (const f of moduleFiles(repo, mod, SOURCE_ROOTS)) found.add(f);
      }
    }
  }
  found.delete(file);
  const list = [...found].slice(0, 20);
  byFile.set(file, list);
  return list;
}

/** Whether `file`, or a project module it imports (one hop), holds one of `patterns`. */
export function holdsOrImports(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): boolean {
  if (hasPattern(repo, file, patterns)) return true;
  return firstPartyImports(repo, file).some((f) => hasPattern(repo, f, patterns));
}

function hasPattern(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): boolean {
  return firstHitIn(repo, file, patterns) !== undefined;
}
