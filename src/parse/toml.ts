/**
 * TOML via smol-toml (a maintained, spec-compliant parser). TOML parsers give no
 * positions, so `tomlLine` finds the line of a table or key in the text for evidence.
 */
import { parse } from 'smol-toml';
import type { Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';

export type TomlTable = { [key: string]: unknown };

type ParsedToml = { value: TomlTable | undefined; findings: Finding[] };

const documents = new WeakMap<RepoIndex, Map<string, ParsedToml>>();

/**
 * A repository file's TOML, parsed once per run: the manifests, the pytest settings, tox and
 * the TOML task runners all read `pyproject.toml` from here. The result is shared: read it, do
 * not change it.
 */
export function tomlOf(repo: RepoIndex, file: string, text: string): ParsedToml {
  let byFile = documents.get(repo);
  if (!byFile) documents.set(repo, (byFile = new Map()));
  let parsed = byFile.get(file);
  if (!parsed) byFile.set(file, (parsed = parseToml(file, text)));
  return parsed;
}

export function parseToml(file: string, text: string): { value: TomlTable | undefined; findings: Finding[] } {
  try {
    return { value: parse(text) as TomlTable, findings: [] };
  } catch (err: unknown) {
    const e = err as { line?: number; column?: number; message?: string };
    const message = (e.message ?? String(err)).split('\n')[0];
    return { value: undefined, findings: [{ severity: 'warning', file, line: e.line ?? 1, column: e.column ?? 1, check: 'syntax-check', message: `TOML syntax error: ${message}; the file was skipped.` }] };
  }
}

/** Reads a nested table (`tool.pytest.ini_options`) if it is one. */
export function tomlGet(root: TomlTable | undefined, dotted: string): unknown {
  let cur: unknown = root;
  for (const k of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as TomlTable)[k];
  }
  return cur;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The 1-based line of `[table]` (or `[[table]]`), or of `key =` after it when a key is given. */
export function tomlLine(text: string, table: string, key?: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const head = new RegExp(`^\\s*\\[\\[?\\s*${escapeRe(table).replace(/\\\./g, '\\s*\\.\\s*')}\\s*\\]\\]?`);
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (head.test(lines[i]!)) {
      start = i;
      break;
    }
  }
  if (start < 0) return undefined;
  if (key === undefined) return start + 1;
  const keyRe = new RegExp(`^\\s*["']?${escapeRe(key)}["']?\\s*=`);
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*\[/.test(lines[i]!)) break;
    if (keyRe.test(lines[i]!)) return i + 1;
  }
  return start + 1;
}
