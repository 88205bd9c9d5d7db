import { dvcReproducesOnly, dvcRun, dvcStages } from '../../src/analysis/index.js';
import { analyzeFiles, workflow } from '../helpers/repo.js';

const PIPELINE =
  'stages:\n  prepare:\n    cmd: python prepare.py\n    outs:\n      - data/prepared\n  train:\n    wdir: src\n    cmd: python train.py\n    deps:\n      - ../data/prepared/train.csv\n    outs:\n      - ../models/model.pkl:\n          cache: false\n  evaluate:\n    cmd: python evaluate.py\n    deps: [models/model.pkl]\n    metrics:\n      - metrics.json:\n          cache: false\n    plots:\n      - plots/roc.json\n  per_city:\n    foreach: [paris, oslo]\n    do:\n      cmd: python city.py ${item}\n      outs:\n        - cities/${item}\n';

describe('readDvcStages: deps and outs, relative to the root (the dvc.yaml folder joined with wdir)', () => {
  test('plain, optioned (one-key mapping) and flow-style entries; metrics and plots are outputs; foreach stages are templated, with the command of `do` (their interpolated paths are left out)', () => {
    const stages = dvcStages(analyzeFiles({ 'ml/dvc.yaml': PIPELINE }));
    expect(stages.map((s) => [s.name, s.cwd, s.deps, s.outs, s.templated, s.cmd])).toEqual([
      ['prepare', 'ml', [], ['ml/data/prepared'], false, 'python prepare.py'],
      ['train', 'ml/src', ['ml/data/prepared/train.csv'], ['ml/models/model.pkl'], false, 'python train.py'],
      ['evaluate', 'ml', ['ml/models/model.pkl'], ['ml/metrics.json', 'ml/plots/roc.json'], false, 'python evaluate.py'],
      ['per_city', 'ml', [], [], true, 'python city.py ${item}'],
    ]);
  });
});

describe('dvcRun: the stages a `dvc repro` / `dvc exp run` command runs', () => {
  const ran = (run: string, files: Record<string, string> = {}) => {
    const a = analyzeFiles({ 'dvc.yaml': PIPELINE.slice(0, PIPELINE.indexOf('  per_city:')), '.github/workflows/ci.yml': workflow('push', `      - run: ${run}\n`), ...files });
    const c = a.commands.find((x) => x.argv[0] === 'dvc');
    const r = c && dvcRun(a, c);
    return r && { stages: r.stages.map((s) => s.name), targets: r.targets.map((s) => s.name) };
  };

  test.each([
    ['dvc repro', { stages: ['prepare', 'train', 'evaluate'], targets: [] }],
    ['dvc repro evaluate', { stages: ['prepare', 'train', 'evaluate'], targets: ['evaluate'] }],
    ['dvc exp run -S train.lr=0.1 --name try1 train', { stages: ['prepare', 'train'], targets: ['train'] }],
    ['dvc repro dvc.yaml:prepare', { stages: ['prepare'], targets: ['prepare'] }],
    ['dvc repro -s evaluate', { stages: ['evaluate'], targets: ['evaluate'] }],
    ['dvc repro --force --pull evaluate', { stages: ['prepare', 'train', 'evaluate'], targets: ['evaluate'] }],
    ['dvc repro -m evaluate', { stages: ['prepare', 'train', 'evaluate'], targets: ['evaluate'] }],
  ])('%s', (run, expected) => {
    expect(ran(run)).toEqual(expected);
  });

  test.each([
    ['an option it does not know', 'dvc repro --downstream prepare'],
    ['queued, not run', 'dvc exp run --queue'],
    ['a stage that is not in the pipeline', 'dvc repro deploy'],
    ['a target in a variable', 'dvc repro $STAGE'],
    ['no dvc.yaml in the folder it runs in', 'dvc repro\n        working-directory: nowhere'],
    ['a folder of pipelines (-R)', 'dvc repro -R pipelines'],
  ])('undefined when the tool cannot tell: %s', (_why, run) => {
    expect(ran(run)).toBeUndefined();
  });

  test('paths filled from vars (`${model.path}`) make the pipeline unknown, as written they link nothing', () => {
    const a = analyzeFiles({
      'dvc.yaml': 'vars:\n  - params.yaml\nstages:\n  train:\n    cmd: python train.py\n    outs:\n      - ${model.path}\n  evaluate:\n    cmd: python evaluate.py\n    deps: [models/model.pkl]\n',
      '.github/workflows/ci.yml': workflow('push', '      - run: dvc repro evaluate\n'),
    });
    expect(dvcStages(a).map((s) => s.templated)).toEqual([true, false]);
    expect(dvcRun(a, a.commands[0]!)).toBeUndefined();
  });

  test('templated (foreach) stages make the pipeline unknown', () => {
    const a = analyzeFiles({ 'dvc.yaml': PIPELINE, '.github/workflows/ci.yml': workflow('push', '      - run: dvc repro\n') });
    expect(dvcRun(a, a.commands[0]!)).toBeUndefined();
  });
});

describe('dvcReproducesOnly: a DVC run over outputs restored before it, that keeps nothing', () => {
  const restoredBy = (steps: string) => {
    const a = analyzeFiles({ 'dvc.yaml': PIPELINE.slice(0, PIPELINE.indexOf('  per_city:')), '.github/workflows/ci.yml': workflow('push', steps) });
    const run = a.commands.find((x) => x.argv[1] === 'repro')!;
    const train = dvcStages(a).filter((s) => s.name === 'train');
    return dvcReproducesOnly(a, run, train)?.text;
  };

  test.each([
    ['a pull of everything', '      - run: dvc pull\n      - run: dvc repro\n', 'dvc pull'],
    ['a pull with a remote and jobs, no target', '      - run: dvc pull -r s3 -j 4\n      - run: dvc repro\n', 'dvc pull -r s3 -j 4'],
    ['a pull of the training stage by name', '      - run: dvc pull train\n      - run: dvc repro\n', 'dvc pull train'],
    ['a pull of its output (the .dvc-less path)', '      - run: dvc pull models/model.pkl\n      - run: dvc repro\n', 'dvc pull models/model.pkl'],
    [
      'a pull, then only reports',
      '      - run: dvc pull\n      - run: dvc repro\n      - uses: iterative/setup-cml@v2\n      - run: |\n          dvc metrics show --md >> report.md\n          cml comment create report.md\n',
      'dvc pull',
    ],
    ['its own --pull', '      - run: dvc repro --pull\n', 'dvc repro --pull'],
  ])('restored: %s', (_why, steps, by) => {
    expect(restoredBy(steps)).toBe(by);
  });

  test('a GitLab job is not judged: what its `artifacts:` keep is not modelled', () => {
    const a = analyzeFiles({
      'dvc.yaml': PIPELINE.slice(0, PIPELINE.indexOf('  per_city:')),
      '.gitlab-ci.yml': 'train:\n  script:\n    - dvc pull\n    - dvc repro\n  artifacts:\n    paths: [models/]\n',
    });
    const run = a.commands.find((x) => x.argv[1] === 'repro');
    expect(run?.exec.pipeline.system).toBe('gitlab-ci');
    expect(
      dvcReproducesOnly(
        a,
        run!,
        dvcStages(a).filter((s) => s.name === 'train'),
      ),
    ).toBeUndefined();
  });

  test.each([
    ['only the data is pulled', '      - run: dvc pull data/prepared\n      - run: dvc repro\n'],
    ['nothing is pulled', '      - run: dvc repro\n'],
    ['the pull comes after the run', '      - run: dvc repro\n      - run: dvc pull\n'],
    ['the outputs are pushed after', '      - run: dvc pull\n      - run: dvc repro\n      - run: dvc push -r s3\n'],
    ['the result is committed', '      - run: dvc pull\n      - run: dvc repro\n      - run: git commit -am "retrain"\n'],
    ['a pull request is opened with the result', '      - run: dvc pull\n      - run: dvc repro\n      - run: cml pr create .\n'],
    ['forced', '      - run: dvc pull\n      - run: dvc repro --force\n'],
    ['a checkout only (a fresh runner has no cache to check out from)', '      - run: dvc checkout\n      - run: dvc repro\n'],
    ['the pull ran in another folder (another DVC project)', '      - run: dvc pull\n        working-directory: other\n      - run: dvc repro\n'],
    ['a commit with git options', '      - run: dvc pull\n      - run: dvc repro\n      - run: git -c user.name=bot commit -am retrain && git -c user.name=bot push\n'],
    ['an upload to object storage', '      - run: dvc pull\n      - run: dvc repro\n      - run: aws s3 cp models/model.pkl s3://bucket/\n'],
    ['a script the tool cannot see into', '      - run: dvc pull\n      - run: dvc repro\n      - run: python tools/register.py\n'],
    ['an auto-commit action', '      - run: dvc pull\n      - run: dvc repro\n      - uses: stefanzweifel/git-auto-commit-action@v5\n'],
    ['a pull-request action', '      - run: dvc pull\n      - run: dvc repro\n      - uses: peter-evans/create-pull-request@v6\n'],
  ])('not only reproducing: %s', (_why, steps) => {
    expect(restoredBy(steps)).toBeUndefined();
  });
});
