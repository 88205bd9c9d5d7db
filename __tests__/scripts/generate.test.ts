/**
 * scripts/generate.ts: the schemas' item ids, the item tables of docs/checklist.md and the
 * README's table are what the check registry gives, and a new item reaches all four with no
 * hand edit there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFiles, renderReadmeItems, staleFiles } from '../../scripts/generate.js';
import { CHECKS } from '../../src/checks/index.js';
import type { ItemMeta } from '../../src/model/check.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATED = ['schema/config.schema.json', 'schema/report.schema.json', 'docs/checklist.md', 'README.md'];
const METAS = CHECKS.map((c) => c.meta);

/** A copy of the generated files in a temporary folder, optionally changed. */
function scratchCopy(change: (file: string, text: string) => string = (_f, t) => t): string {
  const dir = tempDir('generate-');
  for (const f of GENERATED) {
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), change(f, fs.readFileSync(path.join(root, f), 'utf8')));
  }
  return dir;
}

/** The value at a path of keys in parsed JSON. */
const at = (json: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json);

/** An item the registry does not have, in the packaging phase. */
const STUB = {
  id: 'stub-item',
  phase: 'packaging',
  title: 'Stub item',
  practice: 'Each model ships with a stub.',
  typicalEvidence: '`STUB.md`, huggingface_hub `Stub`',
  remediation: 'Write a stub.',
} as unknown as ItemMeta;
const PACKAGING = METAS.filter((m) => m.phase === 'packaging').map((m) => `\`${m.id}\``);

describe('generated files', () => {
  it('are fresh in the repository: `npm run generate -- --check` passes', () => {
    expect(staleFiles(root)).toEqual([]);
  });

  it('give the schemas every item id in checklist order', () => {
    const [config, report] = generateFiles(root)
      .filter((f) => f.path.endsWith('.json'))
      .map((f) => JSON.parse(f.content) as unknown);
    const ids = METAS.map((m) => m.id);
    expect(Object.keys(at(config, 'properties', 'items', 'properties') as object)).toEqual(ids);
    expect(at(report, 'definitions', 'itemId', 'enum')).toEqual(ids);
  });

  it('carry a new item into both schemas, its phase table of the checklist and the README', () => {
    const files = Object.fromEntries(generateFiles(root, [...METAS, STUB]).map((f) => [f.path, f.content]));
    const config = JSON.parse(files['schema/config.schema.json']!) as unknown;
    const report = JSON.parse(files['schema/report.schema.json']!) as unknown;
    expect(at(config, 'properties', 'items', 'properties', 'stub-item')).toEqual({ $ref: '#/definitions/item' });
    expect((at(report, 'definitions', 'itemId', 'enum') as string[]).at(-1)).toBe('stub-item');
    const packaging = files['docs/checklist.md']!.split('### Packaging\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(packaging.at(-1)).toBe('| `stub-item` | Each model ships with a stub. | `STUB.md`, huggingface_hub `Stub` |');
    expect(files['README.md']).toContain(`${METAS.length + 1} items in 7 phases`);
    expect(files['README.md']).toContain(`| Packaging | ${[...PACKAGING, '`stub-item`'].join(', ')} |`);
    expect(staleFiles(root, [...METAS, STUB])).toEqual(GENERATED);
  });

  it('escape a pipe inside a table cell', () => {
    const piped = { ...STUB, id: 'lint', phase: 'devops', practice: 'runs `a || true`' } as ItemMeta;
    expect(renderReadmeItems([piped]).split('\n')).toEqual([
      '1 items in 1 phases, from [the checklist](docs/checklist.md) (the contract; ids never change):',
      '',
      '| phase | items |',
      '| --- | --- |',
      '| DevOps foundation | `lint` |',
    ]);
    const checklist = generateFiles(root, [piped]).find((f) => f.path === 'docs/checklist.md')!.content;
    expect(checklist).toContain('| `lint` | runs `a \\|\\| true` |');
  });

  it('find a hand-formatted schema stale, since the schemas are written whole', () => {
    const dir = scratchCopy((f, t) => (f === 'schema/report.schema.json' ? JSON.stringify(JSON.parse(t)) : t));
    expect(staleFiles(dir)).toEqual(['schema/report.schema.json']);
  });

  it('find a hand edit between the markers stale, and leave the text outside them alone', () => {
    const dir = scratchCopy((f, t) => (f === 'README.md' ? t.replace('| Data |', '| Datasets |') + '\nA line of my own.\n' : t));
    expect(staleFiles(dir)).toEqual(['README.md']);
    const readme = generateFiles(dir).find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain(
      `| Data | ${METAS.filter((m) => m.phase === 'data')
        .map((m) => `\`${m.id}\``)
        .join(', ')} |`,
    );
    expect(readme.endsWith('\nA line of my own.\n')).toBe(true);
  });

  it('say which file lacks its markers', () => {
    const dir = scratchCopy((f, t) => (f === 'docs/checklist.md' ? t.replace(/<!-- END generated items -->/, '') : t));
    expect(() => generateFiles(dir)).toThrow(/^docs\/checklist\.md has no "<!-- BEGIN generated items: .*" … "<!-- END generated items -->" block/);
  });
});
