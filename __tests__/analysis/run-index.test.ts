import { runIndex } from '../../src/analysis/run-index.js';
import { codeLines, findInSource } from '../../src/analysis/code-search.js';
import { runByReach } from '../../src/analysis/run-by.js';
import { composeBuiltDockerfiles } from '../../src/analysis/serving.js';
import { CHECKS } from '../../src/checks/index.js';
import type { Analysis } from '../../src/analysis/analyze.js';
import { analyzeFiles, workflow } from '../helpers/repo.js';

const CI = '.github/workflows/ci.yml';
// Two repositories with the same paths and different contents: a cache keyed by path alone would mix them.
const TRACKED = { [CI]: workflow('push', '      - run: python src/train.py\n'), 'src/train.py': 'import mlflow\n\nmlflow.log_metric("auc", 0.9)\n', 'requirements.txt': 'mlflow\nscikit-learn\n' };
const PLAIN = { [CI]: workflow('push', '      - run: python src/train.py\n'), 'src/train.py': 'import json\n\nprint(json.dumps({"auc": 0.9}))\n', 'requirements.txt': 'scikit-learn\n' };

function judge(a: Analysis): unknown[] {
  return CHECKS.map((c) => ({ id: c.meta.id, ...c.evaluate(a) }));
}

describe('AnalysisIndex (one per run)', () => {
  it('gives two repositories analysed in one process their own answers', () => {
    const alone = judge(analyzeFiles(PLAIN));
    const tracked = analyzeFiles(TRACKED);
    const plain = analyzeFiles(PLAIN);
    // Interleaved: the tracked repository is asked first, then the plain one, then the tracked one again.
    const first = judge(tracked);
    expect(judge(plain)).toEqual(alone);
    expect(judge(tracked)).toEqual(first);
    const verdictOf = (results: unknown[], id: string) => (results as { id: string; verdict: string }[]).find((r) => r.id === id)?.verdict;
    expect(verdictOf(first, 'experiment-tracking')).not.toBe('absent');
    expect(verdictOf(alone, 'experiment-tracking')).toBe('absent');
  });

  it('keeps each run’s memo on its own index', () => {
    const a = analyzeFiles(TRACKED);
    const b = analyzeFiles(PLAIN);
    expect(runIndex(a.repo)).toBe(runIndex(a.repo));
    expect(runIndex(a.repo)).not.toBe(runIndex(b.repo));
    expect(codeLines(a.repo, 'src/train.py')?.[0]).toBe('import mlflow');
    expect(codeLines(b.repo, 'src/train.py')?.[0]).toBe('import json');
    expect(runIndex(a.repo).codeLines.get('src/train.py')?.[0]).toBe('import mlflow');
    expect(runIndex(b.repo).codeLines.get('src/train.py')?.[0]).toBe('import json');
  });

  it('keeps the answers that used to live in module-level maps on the run’s index: how commands reach a place, compose builds, the source scan’s per-file results', () => {
    const files = { ...TRACKED, 'compose.yaml': 'services:\n  api:\n    build: ./api\n' };
    const a = analyzeFiles(files);
    const b = analyzeFiles(files);
    const commands = a.commands.filter((c) => c.text.includes('train.py'));
    expect(commands).toHaveLength(1);
    expect(runByReach(a, commands)).toEqual({ triggers: ['push'], conditions: [`run by \`python src/train.py\` at ${CI}:7`], runBy: [{ runner: 'python src/train.py', at: commands[0]!.at }] });
    expect(runIndex(a.repo).runByReach.has(commands)).toBe(true);
    expect(runIndex(b.repo).runByReach.has(commands)).toBe(false);

    const compose = b.commands[0]!;
    expect(composeBuiltDockerfiles(b, { ...compose, argv: ['docker', 'compose', 'build'] })).toEqual(['api/Dockerfile']);
    expect([...runIndex(b.repo).composeBuilds.keys()]).toEqual(['compose.yaml']);
    expect(runIndex(a.repo).composeBuilds.size).toBe(0);

    const patterns = [{ re: /mlflow\.log_metric\(/, label: 'metric' }];
    expect(findInSource(a.repo, patterns).map((h) => `${h.file}:${h.line}`)).toEqual(['src/train.py:3']);
    // The scan (built from the declared pattern lists) is shared by runs; what it found in a run's files is that run's.
    const results = [...runIndex(a.repo).sourceScans.values()];
    expect(results.some((r) => (r.files.get('src/train.py')?.ids.length ?? 0) > 0)).toBe(true);
    expect(runIndex(b.repo).sourceScans.size).toBe(0);
  });
});
