/**
 * Real repositories from ../shared/corpus (code files there are empty placeholders, so
 * only paths and configuration are meaningful). Lower bounds come from `find` on the tree:
 *   find iterative__dvc/tests -name 'test_*.py' | wc -l                      → 208
 *   find iterative__dvc/dvc/testing/benchmarks -name 'test_*.py' | wc -l     → 20
 *   find pallets__flask/tests -name 'test_*.py' | wc -l                      → 22
 *   find kubeflow__pipelines -name '*_test.go' -not -path '*testdata*' | wc -l → 191
 *   find bentoml__BentoML/tests/e2e -name 'test_*.py' | wc -l                → 11
 *   find iterative__cml -name '*.test.js' | wc -l                            → 24
 */
import * as path from 'node:path';
import { buildInventory } from '../../src/inventory/build.js';
import { inventoryReport } from '../../src/report/tests.js';
import { indexRepository } from '../../src/parse/repo.js';
import { CORPUS, corpusRepos } from '../helpers/corpus.js';

const repos = corpusRepos();

function inventoryOf(name: string) {
  const result = buildInventory(indexRepository(path.join(CORPUS, name)), []);
  return { result, report: inventoryReport(result.inventory) };
}

describe('the corpus', () => {
  it('is there', () => {
    expect(repos.length).toBeGreaterThanOrEqual(5);
  });

  it.each(repos)('%s builds an inventory, the same twice', (name) => {
    const a = inventoryOf(name);
    const b = inventoryOf(name);
    expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
    expect(b.result.findings).toEqual(a.result.findings);
    expect(a.report.files.length).toBeGreaterThan(0);
  });

  const count = (name: string, pred: (p: string) => boolean) => inventoryOf(name).report.files.filter((f) => pred(f.path));

  it.each([
    { name: 'iterative__dvc', what: 'tests/', pred: (p: string) => p.startsWith('tests/'), atLeast: 208 },
    { name: 'iterative__dvc', what: 'benchmarks', pred: (p: string) => p.startsWith('dvc/testing/benchmarks/'), atLeast: 20 },
    { name: 'pallets__flask', what: 'tests/', pred: (p: string) => p.startsWith('tests/'), atLeast: 22 },
    { name: 'kubeflow__pipelines', what: 'Go tests', pred: (p: string) => p.endsWith('_test.go'), atLeast: 191 },
    { name: 'iterative__cml', what: 'jest tests', pred: (p: string) => p.endsWith('.test.js'), atLeast: 24 },
  ])('$name: finds at least $atLeast test files in $what', ({ name, pred, atLeast }) => {
    expect(count(name, pred).length).toBeGreaterThanOrEqual(atLeast);
  });

  it('iterative__dvc: benchmarks are performance tests, dvc/testing helpers are not tests', () => {
    const files = inventoryOf('iterative__dvc').report.files;
    const bench = files.filter((f) => f.path.startsWith('dvc/testing/benchmarks/'));
    expect(bench.every((f) => f.kinds.some((k) => k.kind === 'performance' && k.line === 1))).toBe(true);
    expect(files.map((f) => f.path)).not.toContain('dvc/testing/fixtures.py');
    expect(files.map((f) => f.path)).not.toContain('tests/conftest.py');
  });

  it('bentoml__BentoML: tests/e2e files are e2e', () => {
    const e2e = inventoryOf('bentoml__BentoML').report.files.filter((f) => f.path.startsWith('tests/e2e/') && f.path.endsWith('.py'));
    expect(e2e.length).toBeGreaterThanOrEqual(11);
    expect(e2e.every((f) => f.kinds.some((k) => k.kind === 'e2e'))).toBe(true);
  });

  it('iterative__dvc: with no selections, the tests folder is reported as never run', () => {
    const { report, result } = inventoryOf('iterative__dvc');
    const tests = report.neverRun.find((g) => g.folder === 'tests');
    expect(tests?.files).toBeGreaterThanOrEqual(208);
    expect(result.findings.some((f) => f.severity === 'warning' && f.message.startsWith('tests: '))).toBe(true);
  });
});
