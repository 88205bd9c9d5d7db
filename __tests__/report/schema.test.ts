import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { PHASES } from '../../src/model/check.js';
import { ITEM_IDS } from '../../src/checks/index.js';
import { TEST_KINDS, type RunWhen, type TestFramework } from '../../src/model/inventory.js';
import { SCHEMA_VERSION, type Report } from '../../src/model/report.js';
import { analyzeBase, withBase } from '../../src/baseline/base.js';
import { runEngine } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { prScenario, SCENARIOS } from '../helpers/git-scenario.js';
import { CI_YML, EVIL_YML, finding, repoReport, withTests } from '../helpers/reports.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaPath = path.resolve(here, '../../schema/report.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as { properties: Record<string, unknown>; definitions: Record<string, { enum?: unknown[]; properties?: Record<string, { enum?: unknown[] }> }> };
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Exhaustive by construction: the compiler rejects a missing or extra key. */
const RUN_WHEN: Record<RunWhen, true> = { pull_request: true, push: true, merge_group: true, schedule: true, release: true, workflow_run: true, repository_dispatch: true, manual: true, never: true };
const FRAMEWORKS: Record<TestFramework, true> = { pytest: true, unittest: true, jest: true, vitest: true, mocha: true, 'node-test': true, go: true, cargo: true, testthat: true, junit: true, bats: true, notebook: true, unknown: true };

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** A missing script, an undefined mise task, a runner not read and a remote job, all on push. */
const UNFOLLOWED_YML = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./ci/smoke.sh\n      - run: mise run test\n      - run: invoke frobnicate\n      - run: sbatch train.slurm\n';

const reports: [string, () => Report][] = [
  ['temp repo with CI', () => repoReport({ '.github/workflows/ci.yml': CI_YML })],
  ['temp repo with a hostile workflow name', () => repoReport({ '.github/workflows/evil.yml': EVIL_YML })],
  ['empty temp repo', () => repoReport({ 'README.md': '# nothing\n' })],
  ['pull request compared with its base', () => {
    const s = prScenario(SCENARIOS.removesTests);
    const head = runEngine(s.dir, { displayPath: '.' });
    const base = analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' });
    return withBase({ ...head.report, commit: { sha: s.head, head: s.head }, ref: { name: 'refs/pull/7/merge', pullRequest: 7 } }, base);
  }],
  ['pull request whose base is not in the checkout', () => ({ ...repoReport({ 'README.md': '# x\n' }), base: { sha: 'abc', ref: null, compared: false, note: 'The base commit abc is not in this checkout.' } })],
  ['temp repo whose CI runs steps the tool could not follow', () => repoReport({ '.github/workflows/ci.yml': UNFOLLOWED_YML, 'mise.toml': '[tasks.lint]\nrun = "ruff check ."\n' })],
  ['temp repo with tests and findings', () => withTests({ ...repoReport({ '.github/workflows/ci.yml': CI_YML }), findings: [finding('error', '.', 1, 'syntax-check')] })],
];

describe('report.schema.json', () => {
  it.each(reports)('accepts the report of the %s', (_name, make) => {
    const report = make();
    expect(errorsOf(report)).toEqual([]);
    expect(errorsOf(JSON.parse(renderJson(report)))).toEqual([]);
  });

  const base = () => withTests(repoReport({ '.github/workflows/ci.yml': CI_YML }));

  it.each([
    ['the gate', (r: Record<string, unknown>) => delete r['gate'], "must have required property 'gate'"],
    ['an item verdict', (r: Record<string, unknown>) => delete (r['items'] as Record<string, unknown>[])[0]!['verdict'], "/items/0 must have required property 'verdict'"],
    ['an evidence line', (r: Record<string, unknown>) => delete ((r['items'] as { evidence: Record<string, unknown>[] }[])[0]!.evidence[0]!['line']), "/items/0/evidence/0 must have required property 'line'"],
    ['the list of steps not followed', (r: Record<string, unknown>) => delete r['unfollowed'], "must have required property 'unfollowed'"],
    ['the tests never-run list', (r: Record<string, unknown>) => delete (r['tests'] as Record<string, unknown>)['neverRun'], "/tests must have required property 'neverRun'"],
  ])('rejects a report missing %s', (_what, mutate, message) => {
    const r = JSON.parse(renderJson(base())) as Record<string, unknown>;
    mutate(r);
    expect(errorsOf(r)).toContain(message.startsWith('/') ? message : ` ${message}`);
  });

  it.each([
    ['an unknown top-level key', (r: Record<string, unknown>) => (r['extra'] = 1), ' must NOT have additional properties'],
    ['an unknown verdict', (r: Record<string, unknown>) => ((r['items'] as Record<string, unknown>[])[0]!['verdict'] = 'partial'), '/items/0/verdict must be equal to one of the allowed values'],
    ['a score over 100', (r: Record<string, unknown>) => (r['score'] = 101), '/score must be <= 100'],
    ['a base with no sha', (r: Record<string, unknown>) => (r['base'] = { ref: null, compared: false }), "/base must have required property 'sha'"],
    ['a cause on an unknown side', (r: Record<string, unknown>) => (r['base'] = { sha: 'a', ref: null, compared: true, changes: [{ id: 'lint', title: 'x', before: 'automated', after: 'absent', causes: [{ side: 'left', file: 'a', line: 1, change: 'removed', text: '' }] }] }), '/base/changes/0/causes/0/side must be equal to one of the allowed values'],
    ['an unknown kind of step not followed', (r: Record<string, unknown>) => (r['unfollowed'] = [{ file: 'a', line: 1, column: 1, command: 'x', kind: 'mystery', reason: 'r', triggers: [] }]), '/unfollowed/0/kind must be equal to one of the allowed values'],
    ['a step not followed with no place', (r: Record<string, unknown>) => (r['unfollowed'] = [{ command: 'x', kind: 'remote-job', reason: 'r', triggers: [] }]), "/unfollowed/0 must have required property 'file'"],
    ['an unknown run time', (r: Record<string, unknown>) => (((r['tests'] as { byKind: { runs: Record<string, unknown> }[] }).byKind[0]!.runs)['nightly'] = { files: 1, cases: 1 }), '/tests/byKind/0/runs must NOT have additional properties'],
  ])('rejects %s', (_what, mutate, message) => {
    const r = JSON.parse(renderJson(base())) as Record<string, unknown>;
    mutate(r);
    expect(errorsOf(r)).toContain(message);
  });

  it.each([
    ['itemId', [...ITEM_IDS]],
    ['phaseId', [...PHASES]],
    ['testKind', [...TEST_KINDS]],
    ['runWhen', Object.keys(RUN_WHEN)],
  ])('lists the same %s values as the code', (def, values) => {
    expect(schema.definitions[def]?.enum).toEqual(values);
  });

  it('lists the same test frameworks and schema version as the code', () => {
    expect(schema.definitions['testFile']?.properties?.['framework']?.enum).toEqual(Object.keys(FRAMEWORKS));
    expect(schema.properties['schemaVersion']).toMatchObject({ const: SCHEMA_VERSION });
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [k, v] of Object.entries(props ?? {})) if (!v.description) missing.push(`${at}/${k}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`.replace('/properties', ''));
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});
