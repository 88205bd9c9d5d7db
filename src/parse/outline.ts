/**
 * Configuration files → their outline (model/outline.ts): TOML and INI headers and keys from
 * the lines that open a table, a section or a `key =` (`key:`), YAML and JSON keys from the YAML reader (JSON is
 * YAML), each with its position and the line it is written on.
 */
import type { OutlineEntry } from '../model/outline.js';
import { parseYaml } from './yaml.js';

/** The outline format of a path: 'headers' (TOML, INI: headers and keys), 'keys' (YAML, JSON, MLproject), or undefined. */
export function outlineKind(path: string): 'headers' | 'keys' | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/\.(toml|ini|cfg)$/i.test(base)) return 'headers';
  if (/\.(ya?ml|json)$/i.test(base) || base === 'MLproject') return 'keys';
  return undefined;
}

/** The outline of a configuration file; empty for a format without one. */
export function readOutline(path: string, text: string): OutlineEntry[] {
  const kind = outlineKind(path);
  if (kind === 'headers') return headers(text);
  if (kind === 'keys') return keys(path, text);
  return [];
}

const HEADER = /^([ \t]*)\[\[?\s*([^\]]*?)\s*\]\]?/;
const KEY = /^([ \t]*)("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)[ \t]*[=:]/;

function headers(text: string): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = HEADER.exec(raw) ?? KEY.exec(raw);
    if (m) out.push({ key: m[2]!.replace(/^["']|["']$/g, ''), line: i + 1, column: m[1]!.length + 1, text: raw.replace(/\r$/, '') });
  });
  return out;
}

function keys(path: string, text: string): OutlineEntry[] {
  const lines = text.split('\n');
  return parseYaml(path, text)
    .reader.keys()
    .filter((k) => k.key !== undefined)
    .map((k) => ({ key: k.key!, line: k.pos.line, column: k.pos.column, text: (lines[k.pos.line - 1] ?? '').replace(/\r$/, '') }));
}
