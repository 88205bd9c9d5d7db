import type { Report } from '../../src/model/report.js';
import { renderText, wrapLine } from '../../src/report/text.js';
import { ciReport, finding, withTests } from '../helpers/reports.js';

const ESC = '\u001b';
const lines = (s: string) => s.split('\n');

describe('renderText', () => {
  const report = ciReport({ displayPath: 'examples/ml-app' });
  const plain = renderText(report, { color: false });
  /** The id column is as wide as the longest item id. */
  const W = Math.max(...report.items.map((i) => i.id.length));

  it('starts with the tool, then score, level and gate, then the weakest phase and the arithmetic', () => {
    const [tool, score, weakest] = lines(plain);
    expect(tool).toBe('mlops-ci-check 0.1.0 · examples/ml-app');
    expect(score).toBe(`Score ${report.score}/100 · level ${report.level} (${report.level === 0 ? 'no MLOps' : 'DevOps, no MLOps'}) · no gate set`);
    const w = report.phases.find((p) => p.id === report.weakestPhase)!;
    expect(weakest).toBe(`Weakest phase: ${w.title} (${w.score}/100) · ${report.arithmetic}`);
  });

  it.each([
    ['change-triggers', '.github/workflows/ci.yml:3 ".github/workflows/ci.yml" runs on pull_request, push.'],
    ['lint', '.github/workflows/ci.yml:13 Runs ruff: `ruff check .`.'],
  ])('gives %s one line with its first evidence', (id, rest) => {
    expect(lines(plain)).toContain(`  ✔ automated       ${id.padEnd(W)}  ${rest}`);
  });

  it('writes the conditions of the first evidence as the phrases they are, apart with semicolons', () => {
    const conditions = ['job "lint" runs only if: github.event_name == \'push\'', 'called from .github/workflows/ci.yml'];
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'lint' ? { ...i, evidence: [{ ...i.evidence[0]!, conditions }] } : i)) };
    expect(lines(renderText(r, { color: false }))).toContain(`  ✔ automated       ${'lint'.padEnd(W)}  .github/workflows/ci.yml:13 Runs ruff: \`ruff check .\`. (job "lint" runs only if: github.event_name == 'push'; called from .github/workflows/ci.yml)`);
  });

  it('says the gap and its remediation for an item that is not automated', () => {
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'lint' ? { ...i, verdict: 'absent', points: 0, evidence: [], reason: 'No lint step runs.' } : i)) };
    const out = lines(renderText(r, { color: false }));
    const at = out.indexOf(`  ✘ absent          ${'lint'.padEnd(W)}  No lint step runs.`);
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toBe(`${' '.repeat(2 + 2 + 14 + 2 + W + 2)}→ Run your linters in CI: a pre-commit job, or ruff/flake8/mypy (Python), eslint/tsc (TypeScript), golangci-lint (Go) as a step on pull_request.`);
  });

  it('writes findings as file:line:col: severity: message [check]', () => {
    const r: Report = { ...report, findings: [finding('warning', '.github/workflows/ci.yml', 7, 'change-triggers', 13)] };
    expect(lines(renderText(r, { color: false }))).toContain('.github/workflows/ci.yml:7:13: warning: Something to look at in .github/workflows/ci.yml (warning). [change-triggers]');
  });

  it('shows the tests table only when test files were found', () => {
    expect(plain).not.toContain('Tests:');
    const out = lines(renderText(withTests(report), { color: false }));
    expect(out).toContain('Tests: 3 files, 15 cases (f = files, c = cases)');
    expect(out).toContain('  kind         total   pull_request  push    schedule  never in CI');
    expect(out).toContain('  unit         2f/12c  2f/12c        2f/12c  1f/5c     -');
    expect(out).toContain('  integration  1f/3c   -             -       -         1f/3c');
    expect(out).toContain('  tests/integration  1 file, 3 cases. Run "pytest tests/integration" in a workflow on pull_request.');
  });

  it('holds no escape code at all without colour', () => {
    const r = withTests({ ...report, findings: [finding('error', 'a.yml', 1)], gate: { ...report.gate, passed: false, reasons: ['score 1 < 2'] } });
    expect(renderText(r, { color: false })).not.toContain(ESC);
  });

  it('colours verdicts, severities and the failed gate with colour', () => {
    const r = { ...report, findings: [finding('error', 'a.yml', 1)], gate: { ...report.gate, passed: false, reasons: ['score 1 < 2'] } };
    const out = renderText(r, { color: true });
    expect(out).toContain(`${ESC}[32m✔ automated     ${ESC}[39m`);
    expect(out).toContain(`a.yml:1:1: ${ESC}[31merror${ESC}[39m: `);
    expect(out).toContain(`${ESC}[31mgate FAILED: score 1 < 2${ESC}[39m`);
  });

  it('keeps control characters from the repository out of the terminal', () => {
    const r: Report = { ...report, findings: [{ ...finding('error', 'a.yml', 1), message: `bad ${ESC}[2J name\nsecond line` }] };
    const out = renderText(r, { color: false });
    expect(out).not.toContain(ESC);
    expect(out).toContain('a.yml:1:1: error: bad ?[2J name second line [lint]');
  });
});

describe('renderText: a terminal after the run', () => {
  const report = ciReport({ displayPath: 'examples/ml-app' });

  it('ends with the verdict line it starts with', () => {
    const out = lines(renderText(report, { color: false }).trimEnd());
    expect(out.at(-1)).toBe(out[1]);
    expect(out.at(-2)).toBe('');
  });

  it('puts the profile reasons on one line unless verbose', () => {
    const r: Report = { ...report, profile: { ...report.profile, reasons: ['requirements.txt:2 depends on mlflow.', 'src/train.py trains a model.', 'dvc.yaml is a pipeline.'] } };
    const short = lines(renderText(r, { color: false }));
    expect(short).toContain('Profile: library (inferred): requirements.txt:2 depends on mlflow. (+2 more with --verbose)');
    const long = lines(renderText(r, { color: false, verbose: true }));
    expect(long).toEqual(expect.arrayContaining(['Profile: library (inferred)', '  - requirements.txt:2 depends on mlflow.', '  - src/train.py trains a model.', '  - dvc.yaml is a pipeline.']));
  });

  it('says the change against the base and each verdict that moved, with its cause', () => {
    const r: Report = {
      ...report,
      base: { sha: 'b'.repeat(40), ref: 'main', compared: true, score: report.score + 4, level: report.level, passed: true, changes: [{ id: 'unit-tests', title: 'Unit tests', before: 'automated', after: 'absent', causes: [{ side: 'base', file: '.github/workflows/ci.yml', line: 14, change: 'removed', text: '- run: pytest' }] }], newFindings: [] },
    };
    const out = lines(renderText(r, { color: false }));
    expect(out[1]).toBe(`Score ${report.score}/100 · level ${report.level} (no MLOps) · this change: ${report.score + 4} → ${report.score} (−4), level ${report.level} unchanged · no gate set`);
    expect(out).toContain('This change, against bbbbbbb: 1 verdict changed');
    expect(out).toContain('  unit-tests  automated → absent (.github/workflows/ci.yml:14 removed: - run: pytest)');
  });
});

describe('wrapLine', () => {
  it.each([
    ['short line', 20, ['short line']],
    ['one two three four five six', 14, ['one two three', '    four five', '    six']],
    ['  indented words that wrap here', 16, ['  indented words', '      that wrap', '      here']],
    ['averyveryverylongwordthatcannotbreak x', 10, ['averyveryverylongwordthatcannotbreak', '    x']],
  ])('wraps %j at %d columns on word boundaries', (line, width, out) => {
    expect(wrapLine(line, width)).toEqual(out);
  });

  it('does not count colour codes as width', () => {
    expect(wrapLine(`\u001b[1mbold\u001b[22m word`, 9)).toEqual([`\u001b[1mbold\u001b[22m word`]);
  });
});
