/**
 * YAML → nodes with 1-based positions. This is the only module that turns the `yaml`
 * library's offsets into positions; everything else asks it for `Located` values.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Finding } from '../model/finding.js';
import type { Located, Position } from '../model/position.js';

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** The root node (undefined for an empty file). */
  root: Node | undefined;
  lines: LineCounter;
  findings: Finding[];
}

export class YamlReader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly doc: Document.Parsed,
    private readonly text: string,
  ) {}

  posOf(node: unknown, fallback: Position = { line: 1, column: 1 }): Position {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return fallback;
    const p = this.lines.linePos(range[0]);
    return { line: p.line, column: p.col };
  }

  /** Follows an alias to its anchor (one hop; anchors cannot refer forward, so no loop). */
  deref(node: unknown): Node | undefined {
    if (node == null) return undefined;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      return target ?? undefined;
    }
    return node as Node;
  }

  /** The pairs of a mapping, with keys as strings; merges (`<<`) are not expanded. */
  entries(node: unknown): { key: string; keyPos: Position; value: Node | undefined; pair: Pair }[] {
    const map = this.deref(node);
    if (!isMap(map)) return [];
    const out: { key: string; keyPos: Position; value: Node | undefined; pair: Pair }[] = [];
    for (const pair of (map as YAMLMap).items) {
      const k = this.deref(pair.key);
      const key = isScalar(k) ? String(k.value) : '';
      out.push({ key, keyPos: this.posOf(k), value: this.deref(pair.value), pair });
    }
    return out;
  }

  get(node: unknown, key: string): Node | undefined {
    for (const e of this.entries(node)) if (e.key === key) return e.value ?? undefined;
    return undefined;
  }

  /** The position of a key in a mapping (where a finding about the key should point). */
  keyPos(node: unknown, key: string): Position | undefined {
    for (const e of this.entries(node)) if (e.key === key) return e.keyPos;
    return undefined;
  }

  hasKey(node: unknown, key: string): boolean {
    return this.entries(node).some((e) => e.key === key);
  }

  /** A scalar as text (`true` → "true", numbers as written), with its position. */
  str(node: unknown): Located<string> | undefined {
    const n = this.deref(node);
    if (!isScalar(n)) return undefined;
    const v = n.value;
    if (v === null || v === undefined) return { value: '', pos: this.posOf(n) };
    const text = typeof v === 'string' ? v : n.source !== undefined ? String(n.source) : String(v);
    return { value: text, pos: this.posOf(n) };
  }

  /** A scalar or a sequence of scalars, as a list. */
  strList(node: unknown): Located<string>[] {
    const n = this.deref(node);
    if (isSeq(n)) {
      const out: Located<string>[] = [];
      for (const item of n.items) {
        const s = this.str(item);
        if (s) out.push(s);
      }
      return out;
    }
    const s = this.str(n);
    return s ? [s] : [];
  }

  seq(node: unknown): Node[] {
    const n = this.deref(node);
    if (!isSeq(n)) return [];
    return n.items.map((i) => this.deref(i)).filter((i): i is Node => i !== undefined);
  }

  isMap(node: unknown): boolean {
    return isMap(this.deref(node));
  }

  isSeq(node: unknown): boolean {
    return isSeq(this.deref(node));
  }

  /** A mapping of scalars (env, with) as Located strings; non-scalar values are rendered compactly. */
  strMap(node: unknown): Record<string, Located<string>> {
    const out: Record<string, Located<string>> = {};
    for (const e of this.entries(node)) {
      const s = this.str(e.value);
      out[e.key] = s ?? { value: e.value ? String(e.value) : '', pos: this.posOf(e.value, e.keyPos) };
    }
    return out;
  }

  /**
   * The lines of a scalar as written, each with its own position. For a block scalar
   * (`|`, `>`) these are the source lines after the header, indentation removed, so a
   * command on the fifth line of a `run: |` block points at its real line.
   */
  scalarLines(node: unknown): Located<string>[] {
    const n = this.deref(node);
    if (!isScalar(n)) return [];
    const start = this.posOf(n);
    const isBlock = n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED';
    if (!isBlock || !n.range) {
      const value = typeof n.value === 'string' ? n.value : String(n.value ?? '');
      return value.split('\n').map((v, i) => ({ value: v, pos: i === 0 ? start : { line: start.line + i, column: 1 } }));
    }
    const source = this.text.slice(n.range[0], n.range[1]);
    const raw = source.split(/\r?\n/).slice(1);
    while (raw.length > 0 && raw[raw.length - 1]!.trim() === '') raw.pop();
    let indent = Infinity;
    for (const l of raw) if (l.trim() !== '') indent = Math.min(indent, l.length - l.trimStart().length);
    if (!Number.isFinite(indent)) indent = 0;
    return raw.map((l, i) => ({ value: l.slice(indent).replace(/\s+$/, ''), pos: { line: start.line + 1 + i, column: indent + 1 } }));
  }

  /** The plain JavaScript value of a node (aliases resolved), for schema validation. */
  toJS(node: unknown): unknown {
    const n = this.deref(node) as { toJS?: (doc: Document.Parsed) => unknown } | undefined;
    return n && typeof n.toJS === 'function' ? n.toJS(this.doc) : undefined;
  }

  linePos(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
}

/**
 * Parses YAML text. Never throws: syntax errors, duplicate keys and the like become
 * `syntax-check` findings at their line, and whatever the library could build is returned.
 */
export function parseYaml(file: string, text: string): { reader: YamlReader; root: Node | undefined; findings: Finding[] } {
  const lines = new LineCounter();
  const findings: Finding[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: false });
  } catch (err: unknown) {
    // The library documents no throw from parseDocument; keep the promise anyway.
    const emptyLines = new LineCounter();
    doc = parseDocument('', { lineCounter: emptyLines });
    findings.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: `Could not parse YAML: ${err instanceof Error ? err.message : String(err)}.`,
      check: 'syntax-check',
    });
    return { reader: new YamlReader(file, emptyLines, doc, ''), root: undefined, findings };
  }
  for (const e of doc.errors) {
    const p = e.linePos?.[0];
    findings.push({
      severity: 'error',
      file,
      line: p?.line ?? 1,
      column: p?.col ?? 1,
      message: `YAML syntax error: ${firstLine(e.message)}.`,
      check: 'syntax-check',
    });
  }
  for (const w of doc.warnings) {
    const p = w.linePos?.[0];
    findings.push({
      severity: 'warning',
      file,
      line: p?.line ?? 1,
      column: p?.col ?? 1,
      message: `YAML: ${firstLine(w.message)}.`,
      check: 'syntax-check',
    });
  }
  const reader = new YamlReader(file, lines, doc, text);
  const root = reader.deref(doc.contents);
  return { reader, root, findings };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/[.:]\s*$/, '');
}
