import { runsOf } from '../../src/inventory/reach.js';
import { fakeCommand } from '../helpers/fake-inventory.js';

describe('when a test file runs', () => {
  it.each([
    { name: 'no command: never', commands: [], runs: ['never'] },
    { name: 'pull_request_target counts as pull_request', commands: [fakeCommand('pytest', ['pull_request_target'])], runs: ['pull_request'] },
    { name: 'push and merge_group', commands: [fakeCommand('pytest', ['merge_group', 'push'])], runs: ['push', 'merge_group'] },
    { name: 'workflow_dispatch alone is manual', commands: [fakeCommand('pytest', ['workflow_dispatch'])], runs: ['manual'] },
    { name: 'manual is dropped when something automated runs it too', commands: [fakeCommand('pytest', ['workflow_dispatch']), fakeCommand('pytest', ['release'])], runs: ['release'] },
    { name: 'an event a person causes (issue_comment) is manual', commands: [fakeCommand('pytest', ['issue_comment'])], runs: ['manual'] },
    { name: 'a reusable workflow nobody calls never runs', commands: [fakeCommand('pytest', ['workflow_call'])], runs: ['never'] },
    { name: 'workflow_run and repository_dispatch', commands: [fakeCommand('pytest', ['repository_dispatch', 'workflow_run'])], runs: ['workflow_run', 'repository_dispatch'] },
  ])('$name', ({ commands, runs }) => {
    expect(runsOf(commands).runs).toEqual(runs);
  });

  it('gives schedules as cadences in words and keeps conditions', () => {
    const got = runsOf([fakeCommand('pytest', ['schedule'], { crons: ['weekly on Sunday at 03:45 UTC'], conditions: ['job "gpu" runs only if: x'] })]);
    expect(got).toEqual({ runs: ['schedule'], schedules: ['weekly on Sunday at 03:45 UTC'], conditions: ['job "gpu" runs only if: x'] });
  });
});
