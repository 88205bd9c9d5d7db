import { lint } from '../../src/checks/lint.js';
import type { Check } from '../../src/checks/kit.js';
import { runEngine } from '../../src/engine.js';
import { makeRepo, workflow } from '../helpers/repo.js';

const broken: Check = {
  meta: { ...lint.meta, id: 'build' },
  evaluate() {
    throw new Error('boom');
  },
};

describe('runEngine', () => {
  const root = makeRepo({ '.github/workflows/ci.yml': workflow('push', '      - run: ruff check . || true\n') });

  it('gives a check that throws the error verdict, keeps it out of the score, says so once, and still runs the others', () => {
    const { report } = runEngine(root, { checks: [lint, broken] });
    expect(report.items.map((i) => [i.id, i.verdict, i.points])).toEqual([['lint', 'automated', 1], ['build', 'error', null]]);
    expect(report.items[1]!.reason).toBe('The check could not decide (internal error: boom); it is left out of the score.');
    expect(report.findings.filter((f) => f.check === 'build')).toEqual([
      { severity: 'error', file: '.', line: 1, column: 1, check: 'build', message: 'Check "build" failed with an internal error: boom. Please report it.' },
    ]);
  });

  it('reports each check finding once', () => {
    const { report } = runEngine(root, { checks: [lint] });
    expect(report.findings.filter((f) => f.check === 'lint').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['.github/workflows/ci.yml:7:14']);
  });
});
