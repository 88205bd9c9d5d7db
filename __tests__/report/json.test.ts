import type { Report } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { makeRepo } from '../helpers/repo.js';
import { runEngine } from '../../src/engine.js';
import { CI_YML, ciReport, finding, withTests } from '../helpers/reports.js';

/** The same object with every key order reversed, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
  return value;
}

describe('renderJson', () => {
  const report = withTests({ ...ciReport(), findings: [finding('warning', '.github/workflows/ci.yml', 7)] });
  const json = renderJson(report);

  it('is 2-space pretty JSON with a trailing newline', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  it('holds the whole report', () => {
    expect(JSON.parse(json)).toEqual(report);
  });

  it('writes keys in the order of the Report type whatever order the object was built in', () => {
    expect(renderJson(reversed(report) as Report)).toBe(json);
    const top = Object.keys(JSON.parse(json) as object);
    expect(top).toEqual(['schemaVersion', 'tool', 'path', 'score', 'arithmetic', 'level', 'maxLevel', 'levelExplanation', 'weakestPhase', 'gate', 'nextSteps', 'profile', 'config', 'phases', 'items', 'workflows', 'tests', 'unfollowed', 'findings']);
    expect(json).toMatch(/"file": "\.github\/workflows\/ci\.yml",\n\s+"line": 13,\n\s+"column": 14,\n\s+"message": "Runs ruff/);
  });

  it('orders the runs of a test kind by when they run', () => {
    const r = withTests(report, { ...report.tests, byKind: [{ kind: 'unit', files: 1, cases: 2, runs: { never: { files: 1, cases: 2 }, push: { files: 1, cases: 2 } } }] });
    expect(Object.keys((JSON.parse(renderJson(r)) as Report).tests.byKind[0]!.runs)).toEqual(['push', 'never']);
  });

  it('leaves out keys that are not in the contract', () => {
    const extra = { ...report, internal: true, items: report.items.map((i) => ({ ...i, debug: 'x' })) } as Report;
    expect(renderJson(extra)).toBe(json);
  });

  it('gives byte-identical output for two runs on the same repository', () => {
    const root = makeRepo({ '.github/workflows/ci.yml': CI_YML });
    expect(renderJson(runEngine(root, { displayPath: '.' }).report)).toBe(renderJson(runEngine(root, { displayPath: '.' }).report));
  });
});
