/** Typed provenance on evidence: what runs a place (runBy) and which uses: line calls a reused one (calledFrom), in the JSON report. */
import { runEngine } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/model/report.js';
import { makeRepo } from '../helpers/repo.js';

const CI = [
  'on: pull_request', //                               1
  'jobs:', //                                          2
  '  test:', //                                        3
  '    runs-on: ubuntu-latest', //                     4
  '    steps:', //                                     5
  '      - uses: ./.github/actions/lint', //           6
  '      - run: pytest tests/', //                     7
  '',
].join('\n');
const ACTION = ['runs:', '  using: composite', '  steps:', '    - run: ruff check .', '      shell: bash', ''].join('\n');

describe('evidence provenance in the JSON report', () => {
  const root = makeRepo({ '.github/workflows/ci.yml': CI, '.github/actions/lint/action.yml': ACTION, 'tests/test_a.py': 'def test_a():\n    assert True\n' });
  const report = JSON.parse(renderJson(runEngine(root).report)) as Report;
  const item = (id: string) => report.items.find((i) => i.id === id)!;

  it('names the uses: line that calls a composite action', () => {
    const e = item('lint').evidence.find((x) => x.file === '.github/actions/lint/action.yml')!;
    expect(e.calledFrom).toEqual({ file: '.github/workflows/ci.yml', line: 6, column: 15 });
    expect(e.conditions).toEqual(['called from .github/workflows/ci.yml']);
  });

  it('names the command that runs a test file', () => {
    const e = item('unit-tests').evidence.find((x) => x.file === 'tests/test_a.py')!;
    expect(e.runBy).toEqual([{ runner: 'pytest tests/', at: { file: '.github/workflows/ci.yml', line: 7, column: 14 } }]);
    expect(e.conditions?.[0]).toBe('run by `pytest tests/` at .github/workflows/ci.yml:7');
  });
});
