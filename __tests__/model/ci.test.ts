/** The neutral CI model's words: trigger kinds of event names, reach helpers, cannot-fail reasons. */
import { describeCannotFail, eventNames, isAutomated, isAutomatedEvent, isOnChange, triggerKindOf, type CannotFail, type Reach } from '../../src/model/ci.js';

const at = { file: '.github/workflows/ci.yml', line: 12, column: 9 };

describe('describeCannotFail', () => {
  it.each<[CannotFail, string]>([
    [{ why: 'continue-on-error', scope: 'step', at }, 'step has "continue-on-error: true" (.github/workflows/ci.yml:12)'],
    [{ why: 'continue-on-error', scope: 'job', job: 'lint', at }, 'job "lint" has "continue-on-error: true" (.github/workflows/ci.yml:12)'],
    [{ why: 'or-true', command: 'pytest', fallback: 'true', at }, '"pytest || true" ignores its exit code'],
    [{ why: 'substitution', command: 'echo "$(pytest)"', inner: 'pytest', at }, 'the output of "pytest" is used by "echo "$(pytest)"", so its exit code is ignored'],
    [{ why: 'pipe', into: 'tee log.txt', at }, "its output is piped into `tee log.txt`, and without pipefail the step's status is that of `tee`"],
    [{ why: 'ignored-by-runner', runner: 'make', at: { file: 'Makefile', line: 4, column: 1 } }, 'the recipe line Makefile:4 starts with "-", so make ignores its failure'],
    [{ why: 'ignored-by-runner', runner: 'just', at: { file: 'justfile', line: 2, column: 1 } }, 'the just recipe line justfile:2 starts with "-", so just ignores its failure'],
    [{ why: 'ignored-by-runner', runner: 'tox', at: { file: 'tox.ini', line: 7, column: 1 } }, 'the tox command at tox.ini:7 starts with "-", so tox ignores its failure'],
  ])('%j', (c, words) => expect(describeCannotFail(c)).toBe(words));
});

describe('trigger kinds', () => {
  it.each([
    ['push', 'push', true, true],
    ['pull_request_target', 'pull-request', true, true],
    ['merge_group', 'merge-queue', true, true],
    ['schedule', 'schedule', true, false],
    ['workflow_run', 'upstream', true, false],
    ['repository_dispatch', 'external', true, false],
    ['workflow_dispatch', 'manual', false, false],
    ['workflow_call', 'call', false, false],
    ['issue_comment', 'activity', false, false],
    ['toString', 'activity', false, false],
  ])('%s is %s (automated %s, on change %s)', (event, kind, automated, onChange) => {
    expect(triggerKindOf(event)).toBe(kind);
    expect(isAutomatedEvent(event)).toBe(automated);
    const reach: Reach = { events: [{ kind: triggerKindOf(event), original: event }], schedules: [], conditions: [] };
    expect(isAutomated(reach)).toBe(automated);
    expect(isOnChange(reach)).toBe(onChange);
    expect(eventNames(reach)).toEqual([event]);
  });
});
