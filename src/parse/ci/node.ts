/**
 * YAML → a plain positioned tree (`CiNode`) for CI systems whose configuration is built by
 * merging: aliases and merge keys (`<<: *anchor`) resolved, every node carrying the file
 * and position it is written at, so a value copied by `extends`, an include or a command
 * still points at its own line. An alias is built once and shared; a node whose expanded
 * size passes a budget (an "anchor bomb") is cut and reported where the alias stands.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Finding, FindingSource } from '../../model/finding.js';
import type { Located, Position } from '../../model/position.js';
import { parseYaml, type YamlReader } from '../yaml.js';

export interface CiScalar {
  kind: 'scalar';
  /** The text as written (numbers and booleans as in the source, null as ''). */
  value: string;
  /** `true` for booleans and numbers and null written without quotes. */
  plain: 'string' | 'number' | 'boolean' | 'null';
  file: string;
  pos: Position;
  /** The lines of a block scalar (`|`, `>`) each at its own line; one line otherwise. */
  lines: () => Located<string>[];
  tag?: string;
}

export interface CiMap {
  kind: 'map';
  entries: Map<string, CiEntry>;
  file: string;
  pos: Position;
  tag?: string;
}

export interface CiSeq {
  kind: 'seq';
  items: CiNode[];
  file: string;
  pos: Position;
  /** A custom tag such as GitLab's `!reference`. */
  tag?: string;
}

export type CiNode = CiScalar | CiMap | CiSeq;

export interface CiEntry {
  key: string;
  keyPos: Position;
  /** The file the key is written in (differs from the map's after a merge). */
  file: string;
  value: CiNode;
}

/** How many nodes one value may expand to through aliases before it is treated as an anchor bomb. */
export const EXPANSION_BUDGET = 100_000;

export interface ParsedCi {
  root: CiNode | undefined;
  findings: Finding[];
  reader: YamlReader;
}

/**
 * Parses a CI file into a CiNode tree. Never throws. `rule` names the findings about the
 * tree (anchor bombs, alias loops); YAML syntax findings keep `syntax-check`.
 */
export function parseCiYaml(file: string, text: string, host: string, rule: FindingSource): ParsedCi {
  const { reader, root, findings } = parseYaml(file, text);
  const out: Finding[] = findings
    .filter((f) => !(f.check === 'syntax-check' && /Unresolved tag: !reference/.test(f.message)))
    .map((f) => (f.message.includes('GitHub rejects a workflow') ? { ...f, message: f.message.replace('GitHub rejects a workflow', `${host} rejects a configuration`) } : f));
  if (root === undefined) return { root: undefined, findings: out, reader };
  const builder = new Builder(reader, rule, out);
  return { root: builder.build(root), findings: out, reader };
}

const EMPTY: (file: string, pos: Position) => CiScalar = (file, pos) => ({ kind: 'scalar', value: '', plain: 'null', file, pos, lines: () => [] });

class Builder {
  private readonly built = new Map<Node, { node: CiNode; size: number }>();
  private readonly building = new Set<Node>();
  private bombReported = false;

  constructor(
    private readonly y: YamlReader,
    private readonly rule: FindingSource,
    private readonly findings: Finding[],
  ) {}

  build(node: Node): CiNode {
    return this.walk(node, this.y.posOf(node)).node;
  }

  private walk(raw: unknown, at: Position): { node: CiNode; size: number } {
    const y = this.y;
    const aliasPos = isAlias(raw) ? y.posOf(raw) : undefined;
    const n = y.deref(raw);
    const file = y.file;
    if (n === undefined) return { node: EMPTY(file, at), size: 1 };
    const done = this.built.get(n);
    if (done) return this.checked(done, aliasPos ?? at);
    if (this.building.has(n)) {
      this.findings.push({ severity: 'error', file, line: (aliasPos ?? at).line, column: (aliasPos ?? at).column, check: this.rule, message: 'This alias refers to the value that contains it, so the value never ends; it was cut here. Write the value out.' });
      return { node: EMPTY(file, aliasPos ?? at), size: 1 };
    }
    this.building.add(n);
    let result: { node: CiNode; size: number };
    const pos = y.posOf(n, at);
    const tag = (n as { tag?: string }).tag;
    if (isMap(n)) {
      const entries = new Map<string, CiEntry>();
      let size = 1;
      const merged: CiEntry[] = [];
      for (const e of y.entries(n)) {
        if (e.key === '<<') {
          const sources = isSeq(e.value) ? e.value.items : [e.pair.value];
          for (const s of sources) {
            const m = this.walk(s, e.keyPos);
            size += m.size;
            if (m.node.kind === 'map') for (const me of m.node.entries.values()) if (!merged.some((x) => x.key === me.key)) merged.push(me);
          }
          continue;
        }
        const v = this.walk(e.pair.value, e.keyPos);
        size += v.size;
        entries.set(e.key, { key: e.key, keyPos: e.keyPos, file, value: e.value === undefined ? EMPTY(file, e.keyPos) : v.node });
      }
      // Keys written in the mapping win over merged ones; merged keys keep their own place.
      const all = new Map<string, CiEntry>();
      for (const m of merged) if (!entries.has(m.key)) all.set(m.key, m);
      for (const [k, v] of entries) all.set(k, v);
      result = { node: { kind: 'map', entries: all, file, pos, ...(tag ? { tag } : {}) }, size };
    } else if (isSeq(n)) {
      const items: CiNode[] = [];
      let size = 1;
      for (const item of n.items) {
        const v = this.walk(item, pos);
        size += v.size;
        items.push(v.node);
      }
      result = { node: { kind: 'seq', items, file, pos, ...(tag ? { tag } : {}) }, size };
    } else if (isScalar(n)) {
      const s = y.str(n)!;
      const v = n.value;
      const plain = v === null || v === undefined ? 'null' : typeof v === 'boolean' ? 'boolean' : typeof v === 'number' || typeof v === 'bigint' ? 'number' : 'string';
      let lines: Located<string>[] | undefined;
      result = { node: { kind: 'scalar', value: s.value, plain, file, pos, lines: () => (lines ??= y.scalarLines(n)), ...(tag ? { tag } : {}) }, size: 1 };
    } else {
      result = { node: EMPTY(file, pos), size: 1 };
    }
    this.building.delete(n);
    this.built.set(n, result);
    return this.checked(result, aliasPos ?? at);
  }

  /** A value whose expansion passes the budget is replaced by nothing, reported once at the alias that pushed it over. */
  private checked(r: { node: CiNode; size: number }, at: Position): { node: CiNode; size: number } {
    if (r.size <= EXPANSION_BUDGET) return r;
    if (!this.bombReported) {
      this.bombReported = true;
      this.findings.push({
        severity: 'error',
        file: this.y.file,
        line: at.line,
        column: at.column,
        check: this.rule,
        message: `Aliases here expand to more than ${EXPANSION_BUDGET.toLocaleString('en-US')} values (an "anchor bomb"); the value was not read. Write the value out or use fewer nested aliases.`,
      });
    }
    return { node: EMPTY(this.y.file, at), size: 1 };
  }
}

// ---- reading helpers -------------------------------------------------------

export function entry(node: CiNode | undefined, key: string): CiEntry | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined;
}

export function child(node: CiNode | undefined, key: string): CiNode | undefined {
  return entry(node, key)?.value;
}

export function has(node: CiNode | undefined, key: string): boolean {
  return node?.kind === 'map' && node.entries.has(key);
}

export function text(node: CiNode | undefined): Located<string> | undefined {
  return node?.kind === 'scalar' ? { value: node.value, pos: node.pos } : undefined;
}

/** A scalar or a list of scalars, as a list (nested lists flattened, as GitLab does). */
export function textList(node: CiNode | undefined, depth = 0): Located<string>[] {
  if (!node) return [];
  if (node.kind === 'scalar') return node.plain === 'null' ? [] : [{ value: node.value, pos: node.pos }];
  if (node.kind === 'seq' && depth < 10) return node.items.flatMap((i) => textList(i, depth + 1));
  return [];
}

export function items(node: CiNode | undefined): CiNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

export function entries(node: CiNode | undefined): CiEntry[] {
  return node?.kind === 'map' ? [...node.entries.values()] : [];
}

export function isTrue(node: CiNode | undefined): boolean {
  return node?.kind === 'scalar' && /^(true|yes|on)$/i.test(node.value);
}

/** A mapping of scalars as Located strings (environment, variables); a `{value: x}` variable reads as x. */
export function textMap(node: CiNode | undefined): Record<string, Located<string>> {
  const out: Record<string, Located<string>> = Object.create(null) as Record<string, Located<string>>;
  for (const e of entries(node)) {
    const v = e.value.kind === 'map' ? child(e.value, 'value') : e.value;
    out[e.key] = text(v) ?? { value: '', pos: e.keyPos };
  }
  for (const item of items(node)) {
    // CircleCI also accepts `environment: [KEY=value]`.
    const t = text(item);
    const m = t && /^([A-Za-z_][\w]*)=(.*)$/.exec(t.value);
    if (m) out[m[1]!] = { value: m[2]!, pos: t.pos };
  }
  return out;
}

/** What a node is, for messages. */
export function describe(node: CiNode | undefined): string {
  if (!node) return 'nothing';
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.plain === 'null' || node.value === '') return 'nothing';
  if (node.plain !== 'string') return `the ${node.plain} ${node.value}`;
  return `the text "${node.value.length > 40 ? `${node.value.slice(0, 39)}…` : node.value}"`;
}

/** Deep merge as GitLab's `extends` and includes do: mappings merge key by key, anything else is replaced. */
export function mergeNodes(base: CiNode | undefined, over: CiNode): CiNode {
  if (!base || base.kind !== 'map' || over.kind !== 'map') return over;
  const out = new Map(base.entries);
  for (const [k, e] of over.entries) {
    const b = out.get(k);
    out.set(k, b ? { ...e, value: mergeNodes(b.value, e.value) } : e);
  }
  return { ...over, entries: out };
}
