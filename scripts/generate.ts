/**
 * Writes what is derived from the check registry (`CHECKS` in src/checks/index.ts and each
 * check's `meta`), so that a new checklist item needs no hand edit outside its own files:
 *
 * - schema/config.schema.json: one `items` property per item id, in checklist order;
 * - schema/report.schema.json: the `itemId` enum;
 * - docs/checklist.md: the item tables of §3, one per phase (between the generated-items markers);
 * - README.md: the "What it checks" table (between the same markers).
 *
 * `npm run generate` writes the files; `npm run generate -- --check` writes nothing and fails,
 * naming the stale files, when one differs from what the registry gives (CI runs it, as it
 * checks dist/). The schemas are rewritten whole in JSON.stringify's layout (so Prettier leaves
 * them alone; see .prettierignore); Markdown outside the markers is left as it is.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../src/checks/index.js';
import { PHASE_TITLES, PHASES, type ItemMeta } from '../src/model/check.js';

/** One file as the registry says it should be. */
export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

type JsonObject = Record<string, unknown>;

const MARKER = 'generated items';
const BEGIN = `<!-- BEGIN ${MARKER}: written by \`npm run generate\` from the check registry; do not edit by hand -->`;
const END = `<!-- END ${MARKER} -->`;

/** Items in checklist order, grouped by phase (phases in their checklist order). */
function itemsByPhase(metas: readonly ItemMeta[]): { phase: (typeof PHASES)[number]; items: ItemMeta[] }[] {
  return PHASES.map((phase) => ({ phase, items: metas.filter((m) => m.phase === phase) })).filter((g) => g.items.length > 0);
}

/** A Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

export function renderChecklistItems(metas: readonly ItemMeta[]): string {
  return itemsByPhase(metas)
    .map(({ phase, items }) =>
      [
        `### ${PHASE_TITLES[phase]}`,
        '| id | the practice | typical evidence (not exhaustive) |',
        '| --- | --- | --- |',
        ...items.map((m) => `| \`${m.id}\` | ${cell(m.practice)} | ${cell(m.typicalEvidence)} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

export function renderReadmeItems(metas: readonly ItemMeta[]): string {
  const groups = itemsByPhase(metas);
  return [
    `${metas.length} items in ${groups.length} phases, from [the checklist](docs/checklist.md) (the contract; ids never change):`,
    '',
    '| phase | items |',
    '| --- | --- |',
    ...groups.map(({ phase, items }) => `| ${PHASE_TITLES[phase]} | ${items.map((m) => `\`${m.id}\``).join(', ')} |`),
  ].join('\n');
}

/** Replaces what lies between the generated-items markers of a Markdown file. */
export function replaceBetweenMarkers(file: string, text: string, body: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no "${BEGIN}" … "${END}" block: put the two markers where the generated items go.`);
  return `${text.slice(0, start + BEGIN.length)}\n${body}\n${text.slice(end)}`;
}

function objectAt(json: JsonObject, file: string, keys: readonly string[]): JsonObject {
  let at: unknown = json;
  for (const key of keys) {
    at = (at as JsonObject | undefined)?.[key];
    if (typeof at !== 'object' || at === null || Array.isArray(at)) throw new Error(`${file} has no object at ${keys.join('.')}.`);
  }
  return at as JsonObject;
}

/** JSON as the schemas have always been written (JSON.stringify, 2 spaces): canonical, so --check also catches hand formatting. */
function formatJson(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Every generated file, from the files under `root` and the given item metadata. */
export function generateFiles(root: string, metas: readonly ItemMeta[] = CHECKS.map((c) => c.meta)): GeneratedFile[] {
  const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
  const ids = metas.map((m) => m.id);

  const configFile = 'schema/config.schema.json';
  const config = JSON.parse(read(configFile)) as JsonObject;
  const items = objectAt(config, configFile, ['properties', 'items']);
  items['properties'] = Object.fromEntries(ids.map((id) => [id, { $ref: '#/definitions/item' }]));

  const reportFile = 'schema/report.schema.json';
  const report = JSON.parse(read(reportFile)) as JsonObject;
  objectAt(report, reportFile, ['definitions', 'itemId'])['enum'] = ids;

  return [
    { path: configFile, content: formatJson(config) },
    { path: reportFile, content: formatJson(report) },
    { path: 'docs/checklist.md', content: replaceBetweenMarkers('docs/checklist.md', read('docs/checklist.md'), renderChecklistItems(metas)) },
    { path: 'README.md', content: replaceBetweenMarkers('README.md', read('README.md'), renderReadmeItems(metas)) },
  ];
}

/** The generated files whose content on disk differs from what the registry gives. */
export function staleFiles(root: string, metas?: readonly ItemMeta[]): string[] {
  const files = generateFiles(root, metas);
  return files.filter((f) => fs.readFileSync(path.join(root, f.path), 'utf8') !== f.content).map((f) => f.path);
}

function main(argv: readonly string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`generate: unknown argument ${unknown.map((a) => `"${a}"`).join(', ')}; the only option is --check.\n`);
    return 2;
  }
  if (argv.includes('--check')) {
    const stale = staleFiles(root);
    if (stale.length === 0) return 0;
    process.stderr.write(`These files are stale against the check registry: ${stale.join(', ')}. Run "npm run generate" and commit them.\n`);
    return 1;
  }
  for (const f of generateFiles(root)) {
    const target = path.join(root, f.path);
    if (fs.readFileSync(target, 'utf8') === f.content) continue;
    fs.writeFileSync(target, f.content);
    process.stdout.write(`wrote ${f.path}\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err: unknown) {
    process.stderr.write(`generate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
