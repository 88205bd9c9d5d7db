import { dataVersioning } from '../../src/checks/data-versioning.js';
import { runCheck, workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const cases: CheckCase[] = [
  {
    name: 'dvc pull on pull_request after setup-dvc is automated, at the command',
    files: { [CI]: workflow('pull_request', '      - uses: iterative/setup-dvc@v1\n      - run: dvc pull\n'), 'data/raw.csv.dvc': 'outs:\n- md5: 1\n  path: raw.csv\n' },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggers: ['pull_request'],
  },
  {
    name: 'dvc repro in a multi-line script is automated at its own line',
    files: { [CI]: workflow('push', '      - run: |\n          pip install dvc\n          dvc repro\n'), 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n' },
    verdict: 'automated',
    at: `${CI}:9:11`,
    triggers: ['push'],
  },
  {
    name: 'checkout with lfs: true counts when LFS stores data files',
    files: { [CI]: workflow('push', '      - uses: actions/checkout@v4\n        with:\n          lfs: true\n'), '.gitattributes': '*.md text\ndata/*.parquet filter=lfs diff=lfs merge=lfs -text\n' },
    verdict: 'automated',
    at: `${CI}:7:15`,
  },
  {
    name: 'git lfs pull without any LFS data rule does not count',
    files: { [CI]: workflow('push', '      - run: git lfs pull\n'), '.gitattributes': '*.png filter=lfs\n'.replace('png', 'svgz') },
    verdict: 'absent',
  },
  {
    name: 'DVC files that no workflow uses are present (.dvc/config at line 1)',
    files: { '.dvc/config': '[core]\n    remote = storage\n', 'README.md': '# x\n' },
    verdict: 'present',
    at: '.dvc/config:1:1',
  },
  {
    name: 'a git LFS rule for model files is present at its line',
    files: { '.gitattributes': '* text=auto\n*.pt filter=lfs diff=lfs merge=lfs -text\n' },
    verdict: 'present',
    at: '.gitattributes:2:1',
  },
  {
    name: 'setup-dvc alone installs DVC but fetches nothing: present, not automated',
    files: { [CI]: workflow('push', '      - uses: iterative/setup-dvc@v1\n      - run: pytest\n') },
    verdict: 'present',
    at: `${CI}:7:15`,
  },
  {
    name: 'dvc pull run only by workflow_dispatch is present',
    files: { [CI]: workflow('workflow_dispatch', '      - run: dvc pull\n'), 'data.dvc': 'outs: []\n' },
    verdict: 'present',
    at: `${CI}:7:14`,
  },
  {
    name: 'a training script CI runs that reads a W&B dataset artifact consumes versioned data: automated at the command',
    files: { [CI]: workflow('push', '      - run: python train.py\n'), 'train.py': 'import wandb\nrun = wandb.init()\nart = run.use_artifact("sales:v3", type="dataset")\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /W&B dataset artifact, line 3/,
  },
  {
    name: 'a ClearML Dataset read in code no workflow runs is present at the import',
    files: { 'src/data.py': 'from clearml import Dataset\npath = Dataset.get(dataset_name="sales").get_local_copy()\n' },
    verdict: 'present',
    at: 'src/data.py:1:1',
  },
  {
    name: 'a W&B artifact of type model and an unpinned Hub dataset are no dataset versions',
    files: { 'train.py': 'import wandb\nart = wandb.Artifact("clf", type="model")\nds = load_dataset("imdb")\n' },
    verdict: 'absent',
  },
  {
    name: "a test that reads versioned data with the DVC API, run on pull_request, is automated even when the library's docstrings use the API more than five times",
    files: {
      '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n',
      'pkg/api.py': 'def open_data(path):\n    """Open a tracked file.\n\n    >>> with dvc.api.open("data0.csv") as f:\n    >>> with dvc.api.open("data1.csv") as f:\n    >>> with dvc.api.open("data2.csv") as f:\n    >>> with dvc.api.open("data3.csv") as f:\n    >>> with dvc.api.open("data4.csv") as f:\n    >>> with dvc.api.open("data5.csv") as f:\n    """\n' ,
      'tests/test_api.py': 'from dvc.api import DVCFileSystem\n\n\ndef test_open(tmp_dir):\n    assert DVCFileSystem(tmp_dir)\n',
    },
    verdict: 'automated',
    at: 'tests/test_api.py:1:1',
    triggers: ['pull_request'],
  },
  {
    name: '.dvc files that track only models (and the remote they use) are absent, with a notice at the model path',
    files: { '.dvc/config': '[core]\n    remote = s3\n', 'dvcfiles/trained_model.dvc': 'wdir: ../models\nouts:\n- md5: 02f3\n  size: 17562590\n  path: model.onnx\n' },
    verdict: 'absent',
    findings: ['notice dvcfiles/trained_model.dvc:5:1'],
    findingMessage: /tracks a model \("model\.onnx"\) with DVC, not data/,
  },
  {
    name: 'a .dvc file that tracks data beside one that tracks a model is present at the data',
    files: { 'data/raw.dvc': 'outs:\n- md5: 1a\n  path: raw\n', 'models/svm.dvc': 'outs:\n- md5: 2b\n  path: svm.pkl\n' },
    verdict: 'present',
    at: 'data/raw.dvc:1:1',
    findings: ['notice models/svm.dvc:3:1'],
  },
  {
    name: 'a model imported with `dvc import` tracks the model (its outs), not the source path in its deps',
    files: { 'models/clf.dvc': "md5: 9c\nfrozen: true\ndeps:\n- path: registry/shared\n  repo:\n    url: https://github.com/acme/registry\nouts:\n- md5: 3d\n  path: 'clf.pkl'\n" },
    verdict: 'absent',
    findings: ['notice models/clf.dvc:9:1'],
    findingMessage: /tracks a model \("clf\.pkl"\)/,
  },
  {
    name: 'a repository without data versioning is absent',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'data/train.csv': 'a,b\n1,2\n' },
    verdict: 'absent',
  },
];

describe('data-versioning', () => {
  // Unlisted findings are not checked.
  runCases(dataVersioning, cases, { unlistedFindings: 'unchecked' });

  test('a dvc pull that cannot fail still counts, with a warning at the command', () => {
    const r = runCheck(dataVersioning, { [CI]: workflow('push', '      - run: dvc pull || true\n') });
    expect(r.verdict).toBe('automated');
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.severity}`)).toEqual([`${CI}:7:warning`]);
  });
});
