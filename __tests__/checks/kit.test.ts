/** The kit: the config's extra patterns for an item merged into its check's result, and a check that throws. */
import { CHECKS, ITEM_IDS } from '../../src/checks/index.js';
import { judgeChecks, withConfigRows, type Check } from '../../src/checks/kit.js';
import { parseConfig, type RepoConfig } from '../../src/config/config.js';
import type { Analysis } from '../../src/analysis/analyze.js';
import type { ItemId, ItemResult, Verdict } from '../../src/model/check.js';
import { analyzeFiles, workflow } from '../helpers/repo.js';

const META = new Map(CHECKS.map((c) => [c.meta.id as ItemId, c.meta]));

function results(over: Partial<Record<ItemId, Verdict>> = {}): ItemResult[] {
  return ITEM_IDS.map((id) => {
    const verdict = over[id] ?? 'absent';
    return { id, verdict, reason: `${id} ${verdict}`, evidence: verdict === 'absent' ? [] : [{ file: 'tests/test_train.py', line: 3, column: 1, message: 'seen', triggers: [] }], findings: [] };
  });
}

function config(text = ''): RepoConfig {
  return parseConfig('.github/mlops-ci-check.yml', text).config;
}

function verdicts(list: readonly ItemResult[]): Partial<Record<ItemId, Verdict>> {
  return Object.fromEntries(list.map((r) => [r.id, r.verdict]));
}

/** The config rows of every item, merged into the given results. */
function applyExtraEvidence(a: Analysis, list: readonly ItemResult[], c: RepoConfig): ItemResult[] {
  return list.map((r) => withConfigRows(a, META.get(r.id)!, r, c.items[r.id]));
}

describe('withConfigRows: the config\'s extra patterns merged into a check\'s evidence', () => {
  const files = (on: string) => ({ '.github/workflows/ci.yml': workflow(on, '      - run: acme-train --smoke\n') });
  const c = config('items:\n  training-tests:\n    commands: ["^acme-train\\\\b.*--smoke"]\n');

  test.each([
    ['an automated trigger', 'push', 'absent', 'automated', ['push']],
    ['a manual trigger only', 'workflow_dispatch', 'absent', 'present', ['workflow_dispatch']],
    ['never lowers an automated verdict', 'workflow_dispatch', 'automated', 'automated', ['workflow_dispatch']],
  ] as const)('%s', (_name, on, before, after, triggers) => {
    const out = applyExtraEvidence(analyzeFiles(files(on)), results({ 'training-tests': before }), c);
    const r = out.find((x) => x.id === 'training-tests')!;
    expect(r.verdict).toBe(after);
    expect(r.evidence).toContainEqual({
      file: '.github/workflows/ci.yml',
      line: 7,
      column: 14,
      message: '"acme-train --smoke" matches the config\'s pattern /^acme-train\\b.*--smoke/ for training-tests.',
      triggers,
    });
  });

  test('a pattern that matches nothing changes nothing', () => {
    const before = results();
    expect(applyExtraEvidence(analyzeFiles({ 'README.md': '' }), before, c)).toEqual(before);
  });

  test('a step that cannot fail counts (with a warning), except for quality-gate', () => {
    const a = analyzeFiles({ '.github/workflows/ci.yml': workflow('push', '      - run: acme-gate --min 0.9 || true\n') });
    const cfg = config('items:\n  quality-gate:\n    commands: ["^acme-gate"]\n  model-evaluation:\n    commands: ["^acme-gate"]\n');
    const v = applyExtraEvidence(a, results(), cfg);
    expect(verdicts(v)['quality-gate']).toBe('absent');
    const evalResult = v.find((r) => r.id === 'model-evaluation')!;
    expect(evalResult.verdict).toBe('automated');
    expect(evalResult.findings.map((f) => [f.severity, f.line, f.check])).toEqual([['warning', 7, 'model-evaluation']]);
  });
});

describe('judgeChecks', () => {
  const boom: Check<'build'> = { meta: { ...META.get('build')!, id: 'build' }, evaluate: () => { throw new Error('boom'); } };

  test('a check that throws gets the error verdict and an error finding; the others still run', () => {
    const out = judgeChecks(analyzeFiles({ 'README.md': '' }), [CHECKS[1]!, boom], config());
    expect(out.map((r) => [r.id, r.verdict])).toEqual([['lint', 'absent'], ['build', 'error']]);
    expect(out[1]!.findings).toEqual([{ severity: 'error', file: '.', line: 1, column: 1, check: 'build', message: 'Check "build" failed with an internal error: boom. Please report it.' }]);
  });
});
