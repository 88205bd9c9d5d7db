/**
 * The optional repository config file (CHECKLIST §7), default `.github/mlops-ci-check.yml`.
 * It is read straight from the root, before the repository walk, because its `ignore`
 * globs shape that walk. Validation uses the shipped JSON schema (ajv); every error names
 * the key path and points at its line and column.
 *
 * On errors: a YAML syntax error or a file that is not a mapping makes the whole file
 * ignored (a partial tree could silently drop a threshold). Otherwise only the invalid
 * parts are dropped and the rest applies: a bad top-level value, one `weights.<phase>`,
 * one `ignore` pattern, or a whole `items.<id>` entry (an item is never marked not
 * applicable, nor given patterns, from an entry that has any error).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { PHASES, type ItemId, type PhaseId } from '../model/check.js';
import { ITEM_IDS } from '../checks/index.js';
import type { Finding, FindingSource } from '../model/finding.js';
import type { Located, Position } from '../model/position.js';
import type { ProfileSetting } from '../model/profile.js';
import { parseYaml, type YamlReader } from '../parse/yaml.js';
import { readText } from '../parse/repo.js';

export const DEFAULT_CONFIG_FILE = '.github/mlops-ci-check.yml';
const CHECK: FindingSource = 'config';
/** A config file is a few hundred bytes; anything past this is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

export interface ItemConfig {
  /** false: the item is left out of the score (a reason is then set). */
  applicable: boolean;
  reason?: string;
  /** Where the item's entry stands. */
  pos: Position;
  /** Extra command patterns, compiled. */
  commands: (Located<string> & { regex: RegExp })[];
  /** Extra `uses:` prefixes. */
  uses: Located<string>[];
}

export interface RepoConfig {
  profile?: Located<ProfileSetting>;
  minScore?: Located<number>;
  minLevel?: Located<number>;
  weights: Partial<Record<PhaseId, Located<number>>>;
  items: Partial<Record<ItemId, ItemConfig>>;
  ignore: Located<string>[];
}

export interface LoadedConfig {
  config: RepoConfig;
  findings: Finding[];
  /** The file that was read (relative to the root when inside it), or null when there is none. */
  file: string | null;
}

export function emptyConfig(): RepoConfig {
  return { weights: {}, items: {}, ignore: [] };
}

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

/**
 * Reads the config file. `file` is relative to the root (or absolute); when it is not
 * given, the default file is read if it exists. Never throws.
 */
/** Reads a config file from somewhere else than the disk (a commit's tree): its text, or undefined when missing. */
export type ConfigReader = (rel: string, maxBytes: number, findings: Finding[]) => { text: string | undefined } | undefined;

export function loadConfig(root: string, file?: string, reader?: ConfigReader): LoadedConfig {
  const explicit = file !== undefined && file.trim() !== '';
  const rel = explicit ? file.trim() : DEFAULT_CONFIG_FILE;
  const abs = path.resolve(root, rel);
  const inside = path.relative(path.resolve(root), abs);
  const isInside = inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
  const shown = isInside ? inside.split(path.sep).join('/') : rel;
  if (reader && isInside) return loadConfigFrom(shown, rel, explicit, reader);
  if (!fs.existsSync(abs)) {
    if (!explicit) return { config: emptyConfig(), findings: [], file: null };
    return {
      config: emptyConfig(),
      file: null,
      findings: [error(shown, { line: 1, column: 1 }, `The config file "${rel}" does not exist; the defaults apply. Fix the path given to the "config-file" input, or create the file.`)],
    };
  }
  const findings: Finding[] = [];
  const text = readText(path.dirname(abs), path.basename(abs), MAX_CONFIG_BYTES, findings);
  for (const f of findings) f.file = shown;
  if (text === undefined) {
    findings.push(error(shown, { line: 1, column: 1 }, `The config file "${shown}" could not be read, so the defaults apply; see the finding above.`));
    return { config: emptyConfig(), findings, file: shown };
  }
  const parsed = parseConfig(shown, text);
  return { config: parsed.config, findings: [...findings, ...parsed.findings], file: shown };
}

function loadConfigFrom(shown: string, rel: string, explicit: boolean, reader: ConfigReader): LoadedConfig {
  const findings: Finding[] = [];
  const got = reader(shown, MAX_CONFIG_BYTES, findings);
  if (got === undefined) {
    if (!explicit) return { config: emptyConfig(), findings: [], file: null };
    return { config: emptyConfig(), file: null, findings: [error(shown, { line: 1, column: 1 }, `The config file "${rel}" does not exist; the defaults apply. Fix the path given to the "config-file" input, or create the file.`)] };
  }
  if (got.text === undefined) {
    findings.push(error(shown, { line: 1, column: 1 }, `The config file "${shown}" could not be read, so the defaults apply; see the finding above.`));
    return { config: emptyConfig(), findings, file: shown };
  }
  const parsed = parseConfig(shown, got.text);
  return { config: parsed.config, findings: [...findings, ...parsed.findings], file: shown };
}

/** Parses and validates config text (the file name is used in findings). */
export function parseConfig(file: string, text: string): { config: RepoConfig; findings: Finding[] } {
  const { reader, root, findings: yamlFindings } = parseYaml(file, text);
  const findings: Finding[] = [...yamlFindings];
  if (yamlFindings.some((f) => f.severity === 'error')) {
    findings.push(error(file, { line: 1, column: 1 }, `The config file "${file}" has YAML syntax errors, so it was ignored and the defaults apply; fix the errors above.`));
    return { config: emptyConfig(), findings };
  }
  if (root === undefined) return { config: emptyConfig(), findings };
  const value = reader.toJS(root);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    findings.push(error(file, reader.posOf(root), `The config file "${file}" must be a mapping of keys (profile, min-score, min-level, weights, items, ignore); it was ignored and the defaults apply.`));
    return { config: emptyConfig(), findings };
  }
  const bad = new Set<string>();
  if (!validate(value)) {
    for (const e of validate.errors ?? []) {
      const issue = describeError(e, value);
      if (!issue) continue;
      bad.add(unitOf(issue.segments));
      findings.push(error(file, positionOf(reader, root, issue.segments, issue.atKey), `${displayPath(issue.segments)}: ${issue.message}`));
    }
  }
  const config = buildConfig(reader, root, value as Record<string, unknown>, bad, file, findings);
  return { config, findings };
}

/** A predicate for RepoOptions.ignore from the config's globs (a pattern without a slash matches a name at any depth). */
export function ignoreMatcher(patterns: readonly string[]): ((relPath: string) => boolean) | undefined {
  if (patterns.length === 0) return undefined;
  const cleaned = patterns.map((g) => g.replace(/^\.\//, '').replace(/\/+$/, '')).filter((g) => g !== '');
  const anchored = cleaned.filter((g) => g.includes('/'));
  const names = cleaned.filter((g) => !g.includes('/'));
  const byPath = anchored.length > 0 ? picomatch(anchored, { dot: true }) : () => false;
  const byName = names.length > 0 ? picomatch(names, { dot: true }) : () => false;
  return (p) => byPath(p) || byName(p.slice(p.lastIndexOf('/') + 1));
}

interface Issue {
  segments: string[];
  message: string;
  /** Point at the key of the last segment rather than its value. */
  atKey?: boolean;
}

function describeError(e: ErrorObject, root: unknown): Issue | undefined {
  const segments = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const value = valueAt(root, segments);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return undefined; // the `then` branch reports the real problem
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const parent = segments[segments.length - 1];
      const known = segments.length === 0 ? Object.keys(schema.properties) : parent === 'items' && segments.length === 1 ? [...ITEM_IDS] : parent === 'weights' && segments.length === 1 ? [...PHASES] : Object.keys(schema.definitions.item.properties);
      const hint = closest(key, known);
      const what = parent === 'items' && segments.length === 1 ? 'unknown item id' : parent === 'weights' && segments.length === 1 ? 'unknown phase' : 'unknown key';
      const advice = hint ? `did you mean "${hint}"?` : `use one of ${known.join(', ')}.`;
      return { segments: [...segments, key], atKey: true, message: `${what} "${key}"; ${advice}` };
    }
    case 'required':
      return { segments, message: `"${String(params['missingProperty'])}" is required when "applicable" is false; say why the item does not apply.` };
    case 'type':
      return { segments, message: `expected ${article(String(params['type']))}, found ${describeValue(value)}.` };
    case 'enum':
      return { segments, message: `${describeValue(value)} is not allowed; use one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}.` };
    case 'minimum':
    case 'maximum':
      return { segments, message: `${describeValue(value)} is out of range; it must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}.` };
    case 'minLength':
      return { segments, message: 'must not be empty.' };
    default:
      return { segments, message: `${e.message ?? 'is not valid'}.` };
  }
}

function buildConfig(reader: YamlReader, root: unknown, value: Record<string, unknown>, bad: ReadonlySet<string>, file: string, findings: Finding[]): RepoConfig {
  const config = emptyConfig();
  const at = (segments: string[]): Position => positionOf(reader, root, segments, false);
  const ok = (segments: string[]): boolean => !bad.has(unitOf(segments)) && !bad.has(segments[0] ?? '');
  if (typeof value['profile'] === 'string' && ok(['profile'])) config.profile = { value: value['profile'] as ProfileSetting, pos: at(['profile']) };
  if (typeof value['min-score'] === 'number' && ok(['min-score'])) config.minScore = { value: value['min-score'], pos: at(['min-score']) };
  if (typeof value['min-level'] === 'number' && ok(['min-level'])) config.minLevel = { value: value['min-level'], pos: at(['min-level']) };
  const weights = value['weights'];
  if (isRecord(weights)) {
    for (const phase of PHASES) {
      const w = weights[phase];
      if (typeof w === 'number' && ok(['weights', phase])) config.weights[phase] = { value: w, pos: at(['weights', phase]) };
    }
  }
  const ignore = value['ignore'];
  if (Array.isArray(ignore)) {
    ignore.forEach((g, i) => {
      if (typeof g === 'string' && g !== '' && ok(['ignore', String(i)])) config.ignore.push({ value: g, pos: at(['ignore', String(i)]) });
    });
  }
  const items = value['items'];
  if (isRecord(items)) {
    for (const id of ITEM_IDS) {
      const entry = items[id];
      if (!isRecord(entry) || !ok(['items', id])) continue;
      const item = readItem(id, entry, at, file, findings);
      if (item) config.items[id] = item;
    }
  }
  return config;
}

/** One `items.<id>` entry that passed the schema; regexes are compiled here (a bad one drops the entry). */
function readItem(id: ItemId, entry: Record<string, unknown>, at: (s: string[]) => Position, file: string, findings: Finding[]): ItemConfig | undefined {
  const item: ItemConfig = { applicable: entry['applicable'] !== false, pos: at(['items', id]), commands: [], uses: [] };
  if (typeof entry['reason'] === 'string') item.reason = entry['reason'];
  let valid = true;
  const commands = Array.isArray(entry['commands']) ? (entry['commands'] as string[]) : [];
  commands.forEach((pattern, i) => {
    const pos = at(['items', id, 'commands', String(i)]);
    try {
      item.commands.push({ value: pattern, pos, regex: new RegExp(pattern) });
    } catch (err: unknown) {
      valid = false;
      const why = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err);
      findings.push(error(file, pos, `items.${id}.commands[${i}]: "${pattern}" is not a valid regular expression (${why}); fix it, or escape special characters with a backslash.`));
    }
  });
  const uses = Array.isArray(entry['uses']) ? (entry['uses'] as string[]) : [];
  uses.forEach((prefix, i) => item.uses.push({ value: prefix.replace(/@.*$/, ''), pos: at(['items', id, 'uses', String(i)]) }));
  return valid ? item : undefined;
}

/** The part of the config an error invalidates: `items.<id>`, `weights.<phase>`, `ignore.<i>`, or a top-level key. */
function unitOf(segments: readonly string[]): string {
  const [first, second] = segments;
  if ((first === 'items' || first === 'weights' || first === 'ignore') && second !== undefined) return `${first}.${second}`;
  return first ?? '';
}

function positionOf(reader: YamlReader, root: unknown, segments: readonly string[], atKey = false): Position {
  let node: unknown = root;
  let pos = reader.posOf(root);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (reader.isSeq(node)) {
      const next = reader.seq(node)[Number(seg)];
      if (next === undefined) return pos;
      node = next;
      pos = reader.posOf(next, pos);
      continue;
    }
    const keyPos = reader.keyPos(node, seg);
    if (keyPos === undefined) return pos;
    if (last && atKey) return keyPos;
    node = reader.get(node, seg);
    pos = node === undefined ? keyPos : reader.posOf(node, keyPos);
  }
  return pos;
}

function displayPath(segments: readonly string[]): string {
  if (segments.length === 0) return 'The config file';
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let cur = root;
  for (const s of segments) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isRecord(cur)) cur = cur[s];
    else return undefined;
  }
  return cur;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'an empty value';
  if (typeof v === 'string') return `the string "${v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false' };
  return words[type] ?? type;
}

/** The known name nearest to a misspelt one (edit distance ≤ 2, or a prefix), if any. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const w = word.toLowerCase();
    const d = w.length >= 4 && (k.startsWith(w) || w.startsWith(k)) ? 1 : editDistance(w, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function error(file: string, pos: Position, message: string): Finding {
  return { severity: 'error', file, line: pos.line, column: pos.column, message, check: CHECK };
}
