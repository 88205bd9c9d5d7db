/**
 * YAML → nodes with 1-based positions. This is the only module that turns the `yaml`
 * library's offsets into positions; everything else asks it for `Located` values.
 */
import { LineCounter, Scalar, YAMLParseError, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Alias, Document, Node, Pair, YAMLError, YAMLMap } from 'yaml';
import type { Finding } from '../model/finding.js';
import type { Located, Position } from '../model/position.js';
import { checkYamlShape } from './yaml-guard.js';

/** A mapping key as met in the document: its text (undefined when it is not a scalar) and position. */
export interface KeyInfo {
  key: string | undefined;
  pos: Position;
}

export class YamlReader {
  /** Alias → its anchor, built in one pass (the library's `resolve` walks the whole document on every call). */
  private aliases: Map<Alias, Node | undefined> | undefined;

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly doc: Document.Parsed,
    private readonly text: string,
  ) {}

  /**
   * One walk in document order: each alias resolves to the last anchor of its name seen
   * before it (YAML's rule). Aliases are never expanded, so an alias bomb costs its size.
   */
  private aliasIndex(): Map<Alias, Node | undefined> {
    if (this.aliases) return this.aliases;
    const index = new Map<Alias, Node | undefined>();
    const anchors = new Map<string, Node>();
    visit(this.doc, {
      Node: (_key, node) => {
        if (isAlias(node)) index.set(node, anchors.get(node.source));
        else {
          const anchor = (node as { anchor?: string }).anchor;
          if (anchor) anchors.set(anchor, node);
        }
      },
    });
    this.aliases = index;
    return index;
  }

  /** Aliases that name no anchor defined before them. */
  unresolvedAliases(): { source: string; pos: Position }[] {
    const out: { source: string; pos: Position }[] = [];
    for (const [alias, target] of this.aliasIndex()) if (target === undefined) out.push({ source: alias.source, pos: this.posOf(alias) });
    return out;
  }

  /** Every mapping key in the document, once, in document order (aliases are not followed). */
  keys(): KeyInfo[] {
    const out: KeyInfo[] = [];
    visit(this.doc, {
      Pair: (_key, pair) => {
        const k = pair.key;
        out.push({ key: isScalar(k) ? scalarText(k) : undefined, pos: this.posOf(k) });
      },
    });
    return out;
  }

  /** Where a node's value ends (the column just after it), or undefined without a range. */
  endOf(node: unknown): Position | undefined {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return undefined;
    const p = this.lines.linePos(range[1]);
    return { line: p.line, column: p.col };
  }

  posOf(node: unknown, fallback: Position = { line: 1, column: 1 }): Position {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return fallback;
    const p = this.lines.linePos(range[0]);
    return { line: p.line, column: p.col };
  }

  /**
   * Follows an alias to its anchor: one hop, never expanded. An anchor is a node, not an
   * alias, so the result is never an alias; a self-referring anchor (`&a [*a]`) is a cycle
   * in the graph, which is harmless because no reader here walks to unbounded depth.
   */
  deref(node: unknown): Node | undefined {
    if (node == null) return undefined;
    if (isAlias(node)) return this.aliasIndex().get(node);
    return node as Node;
  }

  /** The pairs of a mapping, with keys as strings; merges (`<<`) are not expanded. */
  entries(node: unknown): { key: string; keyPos: Position; value: Node | undefined; pair: Pair }[] {
    const map = this.deref(node);
    if (!isMap(map)) return [];
    const out: { key: string; keyPos: Position; value: Node | undefined; pair: Pair }[] = [];
    for (const pair of (map as YAMLMap).items) {
      const k = this.deref(pair.key);
      const key = isScalar(k) ? scalarText(k) : '';
      out.push({ key, keyPos: this.posOf(k), value: this.deref(pair.value), pair });
    }
    return out;
  }

  /** The first pair of a mapping whose key reads `key` (a key that is not a scalar reads ''), as `entries` gives them, without building them. */
  private pairOf(node: unknown, key: string): Pair | undefined {
    const map = this.deref(node);
    if (!isMap(map)) return undefined;
    for (const pair of (map as YAMLMap).items) {
      const k = this.deref(pair.key);
      if ((isScalar(k) ? scalarText(k) : '') === key) return pair;
    }
    return undefined;
  }

  get(node: unknown, key: string): Node | undefined {
    const pair = this.pairOf(node, key);
    return pair ? this.deref(pair.value) : undefined;
  }

  /** The position of a key in a mapping (where a finding about the key should point). */
  keyPos(node: unknown, key: string): Position | undefined {
    const pair = this.pairOf(node, key);
    return pair ? this.posOf(this.deref(pair.key)) : undefined;
  }

  hasKey(node: unknown, key: string): boolean {
    return this.pairOf(node, key) !== undefined;
  }

  /** A scalar as text (`true` → "true", numbers as written), with its position. */
  str(node: unknown): Located<string> | undefined {
    const n = this.deref(node);
    if (!isScalar(n)) return undefined;
    const end = this.endOf(n);
    return end ? { value: scalarText(n), pos: this.posOf(n), end } : { value: scalarText(n), pos: this.posOf(n) };
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

  /** What a node is, for messages and shape checks. */
  kindOf(node: unknown): 'nothing' | 'mapping' | 'list' | 'text' | 'number' | 'boolean' | 'null' {
    const n = this.deref(node);
    if (n === undefined) return 'nothing';
    if (isMap(n)) return 'mapping';
    if (isSeq(n)) return 'list';
    if (!isScalar(n)) return 'nothing';
    const v = n.value;
    if (v === null || v === undefined) return 'null';
    return typeof v === 'number' || typeof v === 'bigint' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';
  }

  isMap(node: unknown): boolean {
    return isMap(this.deref(node));
  }

  isSeq(node: unknown): boolean {
    return isSeq(this.deref(node));
  }

  /** A mapping of scalars (env, with) as Located strings; non-scalar values are rendered compactly. */
  strMap(node: unknown): Record<string, Located<string>> {
    const out: Record<string, Located<string>> = Object.create(null) as Record<string, Located<string>>;
    for (const e of this.entries(node)) {
      const s = this.str(e.value);
      out[e.key] = s ?? { value: this.compact(e.value), pos: this.posOf(e.value, e.keyPos) };
    }
    return out;
  }

  /**
   * A one-line rendering of a value, one level deep (`{a=1, b=…}`, `[x, y]`), at most
   * `max` characters: bounded whatever the aliases inside.
   */
  compact(node: unknown, max = 200): string {
    const n = this.deref(node);
    const inner = (v: unknown): string => this.str(v)?.value ?? (this.isMap(v) ? '{…}' : this.isSeq(v) ? '[…]' : '…');
    let text: string;
    if (isMap(n)) text = `{${this.entries(n).map((e) => `${e.key}=${inner(e.value)}`).join(', ')}}`;
    else if (isSeq(n)) text = `[${n.items.map(inner).join(', ')}]`;
    else text = this.str(n)?.value ?? '';
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
    const lines = raw.map((l, i) => ({ value: l.slice(indent).replace(/\s+$/, ''), pos: { line: start.line + 1 + i, column: indent + 1 } }));
    return n.type === 'BLOCK_FOLDED' ? foldLines(lines) : lines;
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
/** The text with lines that hold only a closing quote indented two more spaces, when there are any. */
function closingQuotesIndented(text: string): { text: string; lines: number[] } | undefined {
  const lines: number[] = [];
  const out = text.split('\n').map((l, i) => {
    if (!/^[ \t]*["'][ \t]*\r?$/.test(l)) return l;
    lines.push(i + 1);
    return `  ${l}`;
  });
  return lines.length > 0 ? { text: out.join('\n'), lines } : undefined;
}

export function parseYaml(file: string, text: string): { reader: YamlReader; root: Node | undefined; findings: Finding[] } {
  const lines = new LineCounter();
  const findings: Finding[] = [];
  let doc: Document.Parsed;
  const shape = checkYamlShape(text);
  if (shape) {
    const emptyLines = new LineCounter();
    findings.push({ severity: 'error', file, line: shape.line, column: shape.column, message: shape.message, check: 'syntax-check' });
    return { reader: new YamlReader(file, emptyLines, parseDocument('', { lineCounter: emptyLines }), ''), root: undefined, findings };
  }
  try {
    // Duplicate keys are found here (duplicateKeyErrors), in one pass: the library's check compares every pair.
    // No prettyErrors: the library copies the whole source line into every error (quadratic on
    // a long line with thousands of errors); positions come from the line counter instead.
    // Each library error captures a stack trace, which costs more than the parse when a hostile
    // file has one error per line; none is ever shown, so none is captured.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      // logLevel 'error': the library's process warnings (a key that is a collection ...) would print repository text to the log.
      doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
    } finally {
      Error.stackTraceLimit = limit;
    }
    for (const e of [...doc.errors, ...doc.warnings]) e.linePos ??= [lines.linePos(e.pos[0]), lines.linePos(e.pos[1])];
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
  let lineCounter = lines;
  let source = text;
  const lenient = doc.errors.some((e) => e.code === 'MISSING_CHAR') ? closingQuotesIndented(text) : undefined;
  if (lenient) {
    // A quoted scalar closed by a quote at its key's indentation: strict YAML rejects it, CircleCI and
    // other Go-based readers accept it. Read it as if the quote were indented (no other position moves).
    const retryLines = new LineCounter();
    const retry = parseDocument(lenient.text, { lineCounter: retryLines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
    if (retry.errors.length === 0 && duplicateKeyErrors(retry, retryLines).length === 0) {
      doc = retry;
      lineCounter = retryLines;
      source = lenient.text;
      for (const line of lenient.lines) {
        findings.push({ severity: 'notice', file, line, column: 1, message: 'This closing quote is not indented more than its key: strict YAML parsers reject it (CI systems built on Go YAML accept it). It was read as if indented; indent it to keep every YAML reader happy.', check: 'syntax-check' });
      }
    }
  }
  const reader = new YamlReader(file, lineCounter, doc, source);
  const MAX_ERRORS = 200;
  const errors = firstErrorPerLine([...doc.errors, ...duplicateKeyErrors(doc, lineCounter)]).sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length > MAX_ERRORS) {
    const p = errors[MAX_ERRORS]!.linePos?.[0];
    findings.push({ severity: 'error', file, line: p?.line ?? 1, column: p?.col ?? 1, message: `YAML syntax: ${errors.length - MAX_ERRORS} more errors from here on are not listed (the first ${MAX_ERRORS} are).`, check: 'syntax-check' });
  }
  for (const e of errors.slice(0, MAX_ERRORS)) {
    const at = errorPlace(doc, lines, text, e.code, e.pos[0]);
    const p = at ?? e.linePos?.[0];
    findings.push({
      severity: 'error',
      file,
      line: p?.line ?? 1,
      column: p?.col ?? 1,
      message: explainError(e.code, text, e.pos[0], firstLine(e.message)),
      check: 'syntax-check',
    });
  }
  for (const a of reader.unresolvedAliases()) {
    findings.push({ severity: 'error', file, line: a.pos.line, column: a.pos.column, message: `The alias "*${a.source}" names no anchor "&${a.source}" defined before it; define the anchor first or write the value out.`, check: 'syntax-check' });
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
  const root = reader.deref(doc.contents);
  return { reader, root, findings };
}

/**
 * The lines of a folded block (`>`) as the shell gets them: neighbouring lines at the
 * block's indentation join with a space (each joined line keeps the position of its first
 * source line); more-indented lines stay as they are; blank lines only separate.
 */
function foldLines(lines: Located<string>[]): Located<string>[] {
  const out: Located<string>[] = [];
  let open: Located<string> | undefined;
  for (const l of lines) {
    if (l.value === '' || /^\s/.test(l.value)) {
      open = undefined;
      if (l.value !== '') out.push(l);
      continue;
    }
    if (open) open.value = `${open.value} ${l.value}`;
    else {
      open = { value: l.value, pos: l.pos };
      out.push(open);
    }
  }
  return out;
}

/**
 * Keys repeated in one mapping, as the library's own DUPLICATE_KEY errors (at the later
 * key): one Set per mapping, so the check is linear in the number of keys. Merge keys
 * (`<<`) and non-scalar keys are left to the rest of the parse.
 */
function duplicateKeyErrors(doc: Document.Parsed, lines: LineCounter): YAMLError[] {
  const out: YAMLError[] = [];
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const k = pair.key;
        if (!isScalar(k) || !k.range) continue;
        const text = scalarText(k);
        if (text === '<<' && k.type === 'PLAIN') continue;
        if (!seen.has(text)) {
          seen.add(text);
          continue;
        }
        const p = lines.linePos(k.range[0]);
        out.push(new YAMLParseError([k.range[0], k.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
        out[out.length - 1]!.linePos = [p, p];
      }
    },
  });
  return out;
}

/** Codes whose message says the cause best, when several errors share a line. */
const ROOT_CAUSES = ['DUPLICATE_KEY', 'TAB_AS_INDENT', 'MISSING_CHAR'];

/**
 * One error per line: a single slip (a tab, a stray quote) makes the library report
 * several errors at the same line, all consequences of the first cause.
 */
function firstErrorPerLine(errors: readonly YAMLError[]): YAMLError[] {
  const byLine = new Map<number, YAMLError>();
  const rank = (e: YAMLError) => (ROOT_CAUSES.includes(e.code) ? ROOT_CAUSES.indexOf(e.code) : ROOT_CAUSES.length);
  for (const e of errors) {
    const line = e.linePos?.[0].line ?? 1;
    const kept = byLine.get(line);
    if (!kept || rank(e) < rank(kept)) byLine.set(line, e);
  }
  return [...byLine.values()];
}

/** A scalar as written: strings as they are, numbers and booleans as in the source, null as ''. */
function scalarText(n: Scalar): string {
  const v = n.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return n.source !== undefined ? String(n.source) : String(v);
}

/**
 * Where an error really starts, when the library reports its end: an unclosed quote is
 * reported at the end of the file, but the person needs the line where the quote opens.
 */
function errorPlace(doc: Document.Parsed, lines: LineCounter, text: string, code: string, offset: number): { line: number; col: number } | undefined {
  if (code !== 'MISSING_CHAR') return undefined;
  const start = firstUnclosedQuote(doc, text);
  return start === undefined || start > offset ? undefined : lines.linePos(start);
}

/**
 * Where the first quoted scalar that is never closed starts, found in one walk per document
 * (a walk per error was quadratic on a file of many errors).
 */
const unclosedQuotes = new WeakMap<Document.Parsed, number | null>();
function firstUnclosedQuote(doc: Document.Parsed, text: string): number | undefined {
  const known = unclosedQuotes.get(doc);
  if (known !== undefined) return known ?? undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar: (_key, node) => {
      const r = node.range;
      if (!r || (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE)) return;
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : "'";
      const source = text.slice(r[0], r[1]).trimEnd();
      if (source.length < 2 || !source.endsWith(quote)) start = start === undefined ? r[0] : Math.min(start, r[0]);
    },
  });
  unclosedQuotes.set(doc, start ?? null);
  return start;
}

/** A message in the house style for the errors people meet most; the library's words otherwise. */
function explainError(code: string, text: string, offset: number, libraryText: string): string {
  if (code === 'DUPLICATE_KEY') {
    const key = (/^"[^"]*"|^'[^']*'|^[^\s:#]+/.exec(text.slice(offset))?.[0] ?? '').replace(/^["']|["']$/g, '');
    return `The key "${key}" is repeated in the same mapping; GitHub rejects a workflow with duplicate keys. Remove or rename the second one.`;
  }
  if (code === 'TAB_AS_INDENT') return 'YAML syntax error: a tab is used for indentation; YAML allows only spaces. Replace the tab with spaces.';
  if (code === 'MISSING_CHAR' && /quote/.test(libraryText)) return `YAML syntax error: a quoted string that starts here is never closed (${libraryText.replace(/^Missing/, 'missing')}). Close the quote.`;
  return `YAML syntax error: ${libraryText}.`;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/[.:]\s*$/, '');
}
