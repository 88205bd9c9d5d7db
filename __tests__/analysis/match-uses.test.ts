/**
 * matchUses: a step's `uses:` matches the first row naming its action (case aside, `@ref`
 * aside), an action under it (`owner/repo/path`), or one a `…/` row prefixes; each list keeps
 * its own answers per action name.
 */
import type { Analysis } from '../../src/analysis/analyze.js';
import { matchUses, usesName } from '../../src/analysis/match.js';

/** An analysis whose steps use these actions (only what matchUses reads). */
const using = (...uses: string[]): Analysis => ({ steps: uses.map((value, i) => ({ step: { uses: value ? { value } : undefined, at: { line: i + 1 } } })) }) as unknown as Analysis;

describe('matchUses', () => {
  const rows = [
    { uses: 'actions/setup-python', label: 'python' },
    { uses: 'docker/', label: 'any docker action' },
    { uses: 'Google-GitHub-Actions/deploy-cloudrun', label: 'cloud run' },
    { uses: 'docker/build-push-action', label: 'build-push (after docker/)' },
  ];
  const a = using('Actions/Setup-Python@v5', 'actions/setup-python-extra@v1', 'docker/build-push-action@v6', '', 'google-github-actions/deploy-cloudrun/sub@main', 'docker@v1', './local/action', 'actions/setup-python');
  const labels = (list: typeof rows) => matchUses(a, list).map((m) => `${m.exec.step.at.line}:${m.signal.label}`);

  it('matches by name, by an action under it and by a prefix row, the first row winning', () => {
    expect(labels(rows)).toEqual(['1:python', '3:any docker action', '5:cloud run', '8:python']);
  });

  it('gives the same answers when asked again, and each list its own', () => {
    expect(labels(rows)).toEqual(labels(rows));
    const other = [rows[3]!, { uses: 'actions/setup-python-extra', label: 'extra' }];
    expect(labels(other)).toEqual(['2:extra', '3:build-push (after docker/)']);
    expect(labels(rows)).toEqual(['1:python', '3:any docker action', '5:cloud run', '8:python']);
  });

  it('names an action without its ref, in lower case', () => {
    expect([usesName('Org/Act@v1'), usesName('Org/Act@v1'), usesName('org/act'), usesName('./x@y@z')]).toEqual(['org/act', 'org/act', 'org/act', './x']);
  });
});
