/**
 * What the tool could not follow, on every face (CHECKLIST §2): the JSON list, the job summary
 * and the terminal (10 named, the rest counted), the pull-request comment (3), the reasons of
 * the items such a step might meet, and the level sentence, which then says "not seen".
 */
import { renderJson } from '../../src/report/json.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { repoReport } from '../helpers/reports.js';
import { workflow } from '../helpers/repo.js';

const CI = '.github/workflows/ci.yml';
const TEST_FILE = 'def test_one():\n    assert 1 + 1 == 2\n';

/** Line 8 runs `mise run test`, which mise.toml does not define; tests exist. */
function misePlan() {
  return repoReport({
    [CI]: workflow('[push, pull_request]', '      - uses: actions/checkout@v4\n      - run: mise run test\n'),
    'mise.toml': '[tasks.lint]\nrun = "ruff check ."\n',
    'tests/test_one.py': TEST_FILE,
  });
}

/** `n` automated steps that each run an invoke task. */
function manySteps(n: number) {
  const steps = Array.from({ length: n }, (_, i) => `      - run: invoke task${i + 1}\n`).join('');
  return repoReport({ [CI]: workflow('[push, pull_request]', steps) });
}

describe('steps the tool could not follow in the report', () => {
  it('lists the step in the JSON at its line, with its kind, reason and triggers', () => {
    const json = JSON.parse(renderJson(misePlan())) as { unfollowed: unknown[] };
    expect(json.unfollowed).toEqual([
      { file: CI, line: 8, column: 14, command: 'mise run test', kind: 'undefined-target', reason: 'no mise task "test" is defined', triggers: ['pull_request', 'push'], items: expect.arrayContaining(['unit-tests']) },
    ]);
  });

  it('names the step in the reason of an item it might meet, keeping the verdict', () => {
    const unit = misePlan().items.find((i) => i.id === 'unit-tests')!;
    expect(unit.verdict).toBe('present');
    expect(unit.reason).toContain(`not proof of absence: 1 step runs a command the tool could not follow: \`mise run test\` at ${CI}:8.`);
    const security = misePlan().items.find((i) => i.id === 'security-scan')!;
    expect(security.reason).not.toContain('could not follow');
  });

  it('says "not seen" in the level sentence instead of stating an absence', () => {
    const r = misePlan();
    expect(r.levelExplanation).toContain('no tests were seen running on change');
    expect(r.levelExplanation).toContain(`(not seen: unit-tests, build, lint; 1 step runs a command the tool could not follow: \`mise run test\` at ${CI}:8)`);
    expect(r.levelExplanation).not.toContain('missing:');
  });

  it('keeps the usual sentence when every step was followed', () => {
    const r = repoReport({ [CI]: workflow('[push, pull_request]', '      - run: ruff check .\n') });
    expect(r.unfollowed).toEqual([]);
    expect(r.levelExplanation).toContain('no tests run automatically on change');
    expect(r.levelExplanation).toContain('(missing: unit-tests)');
    expect(renderSummary(r)).not.toContain('Not followed');
    expect(renderText(r, { color: false })).not.toContain('Not followed');
  });

  it('shows the step in the summary lead, the terminal and the comment, with its place and command', () => {
    const r = misePlan();
    const summary = renderSummary(r);
    const lead = summary.slice(0, summary.indexOf('| Phase |'));
    expect(lead).toContain('🔍 **Not followed:** 1 automated step runs a command the tool could not follow');
    expect(lead).toContain(`- ${CI}:8 <code>mise run test</code>: no mise task "test" is defined (undefined target)`);
    expect(renderText(r, { color: false })).toContain(`  ${CI}:8:14  mise run test  (undefined target: no mise task "test" is defined)`);
    expect(renderPrComment(r)).toContain(`- ${CI}:8 <code>mise run test</code>`);
  });

  it('names 10 steps in the summary and the terminal and counts the rest', () => {
    const r = manySteps(12);
    expect(r.unfollowed).toHaveLength(12);
    const summary = renderSummary(r);
    expect(summary).toContain('<code>invoke task10</code>');
    expect(summary).not.toContain('<code>invoke task11</code>');
    expect(summary).toContain('- and 2 more (all in the JSON report');
    const text = renderText(r, { color: false });
    expect(text).toContain('invoke task10  (');
    expect(text).not.toContain('invoke task11  (');
    expect(text).toContain('  and 2 more (all in the JSON report');
  });

  it('names at most 3 steps in the pull-request comment', () => {
    const comment = renderPrComment(manySteps(5));
    expect(comment).toContain('<code>invoke task3</code>');
    expect(comment).not.toContain('<code>invoke task4</code>');
    expect(comment).toContain('- and 2 more (all in the JSON report');
  });

  it('keeps at most 500 characters of a long command', () => {
    const long = `invoke test ${'x'.repeat(700)}`;
    const r = repoReport({ [CI]: workflow('[push, pull_request]', `      - run: ${long}\n`) });
    expect(r.unfollowed[0]!.command).toHaveLength(500);
    expect(r.unfollowed[0]!.command.endsWith('…')).toBe(true);
  });

  it('never says tests "never run" while a step that might run them was not followed: the finding, the terminal and the summary say "not seen"', () => {
    const r = misePlan();
    const warning = r.findings.find((f) => f.check === 'test-inventory' && f.severity === 'warning')!;
    expect(warning.message).toBe(
      'tests: 1 test file (1 test case) is run by no CI step the tool could follow (not seen running, which is not proof it never runs: 1 step runs a command the tool could not follow: `mise run test` at .github/workflows/ci.yml:8). Run tests from a workflow step on "pull_request", e.g. `pytest tests`, so every change is checked by these tests.',
    );
    const text = renderText(r, { color: false });
    expect(text).toContain('Tests no followed CI step runs');
    expect(text).toContain('  Not seen running, not proof they never run: 1 step runs a command the tool could not follow: `mise run test` at .github/workflows/ci.yml:8.');
    expect(text).not.toContain('never in CI');
    expect(text).toContain('not seen in CI');
    const md = renderSummary(r);
    expect(md).toContain('- <code>tests</code>: 1 file, 1 case run by no CI step the tool could follow.');
    expect(md).not.toContain('never run in CI');
  });

  it('keeps "never run" when the steps not followed cannot run tests (a docs build)', () => {
    const r = repoReport({ [CI]: workflow('[push, pull_request]', '      - run: earthly +docs\n'), 'tests/test_one.py': TEST_FILE });
    expect(r.unfollowed).toHaveLength(1);
    expect(r.findings.find((f) => f.check === 'test-inventory' && f.severity === 'warning')!.message).toContain('is never run by CI: no workflow command selects it');
    expect(renderText(r, { color: false })).toContain('Tests that never run in CI');
  });
});
