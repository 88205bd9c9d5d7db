import { jest } from '@jest/globals';
import { runEngine } from '../../src/engine.js';
import { addOptionalSections } from '../../src/history/action-sections.js';
import { makeGitRepo, shallowClone } from '../helpers/git-history.js';

jest.setTimeout(60_000);

const FILES = { '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v3\n      - run: pytest\n', 'tests/test_a.py': 'def test_a():\n    pass\n' };

describe('the action\'s history input', () => {
  const full = makeGitRepo([{ date: '2024-05-01T00:00:00Z', email: 'a@example.com', files: FILES }]);
  const shallow = shallowClone(full);

  it.each([
    ['auto', 'full', 'available', 0],
    ['auto', 'shallow', undefined, 1],
    ['true', 'shallow', 'unavailable', 0],
    ['false', 'full', undefined, 0],
  ] as const)('history %s on a %s clone: section %s, %i log lines', async (history, clone, status, notes) => {
    const root = clone === 'full' ? full : shallow;
    const out = await addOptionalSections(runEngine(root), root, { history, github: false, githubToken: undefined }, {});
    expect(out.report.history?.status).toBe(status);
    expect(out.notes).toHaveLength(notes);
    expect(out.report.findings.some((f) => f.check === 'action-runtime')).toBe(history !== 'false');
    expect(out.report.github).toBeUndefined();
  });

  it('says in the log how to get the history when auto leaves it out', async () => {
    const out = await addOptionalSections(runEngine(shallow), shallow, { history: 'auto', github: false, githubToken: undefined }, {});
    expect(out.notes).toEqual(['mlops-ci-check: History not read: the clone is shallow, so the first commit and most changes are missing; check out with the full history (actions/checkout with `fetch-depth: 0`) or run `git fetch --unshallow`. (input "history" is auto: the section is left out.)']);
  });
});
