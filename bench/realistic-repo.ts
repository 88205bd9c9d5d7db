/**
 * Generates a realistic repository for the benchmark, deterministic for a given file count:
 * code files whose sizes are log-uniform up to tens of kB (Python, TypeScript, Go, shell),
 * ML imports and calls in a share of the modules, pytest and Jest test trees, notebooks,
 * Markdown, configs, test fixtures, CSV and binary data, about 40 workflows calling three
 * composite actions, and task files (Makefile, tox.ini, pyproject.toml, pre-commit, dvc.yaml).
 *
 * The mix follows the review of 44e7eea (§1b): 30 % Python modules, 10 % pytest files, 16 %
 * TypeScript and its tests, 4 % Go, 2 % notebooks, 1 % shell, 10 % Markdown, 7 % configs,
 * 5 % fixtures, 10 % CSV, 5 % binary. Optional extras add a generated folder (`.next/` chunks
 * or `node_modules/` packages) of a given file count, to measure what ignored folders cost.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RealisticOptions {
  files: number;
  /** Files added under `.next/static/chunks/` (generated JavaScript). */
  nextFiles?: number;
  /** Files added under `node_modules/` (installed packages). */
  nodeModulesFiles?: number;
}

/** mulberry32: a small, fast, seeded generator (the same numbers on every machine). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** A size in bytes, log-uniform between lo and hi. */
const logUniform = (r: Rand, lo: number, hi: number): number => Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))));

function write(root: string, rel: string, data: string | Buffer): void {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, data);
}

const PY_PLAIN = [
  'def {f}(items, *, limit=10):',
  '    """Return the first items that pass the filter."""',
  '    out = []',
  '    for i, item in enumerate(items):',
  '        if i >= limit:',
  '            break',
  '        if item is not None and item.get("{f}") != "":',
  '            out.append(item)',
  '    return out',
  '',
  'class {C}:',
  '    def __init__(self, path: str, retries: int = 3) -> None:',
  '        self.path = path',
  '        self.retries = retries',
  '    def load(self):',
  '        with open(self.path, encoding="utf-8") as fh:',
  '            return json.load(fh)',
  '# a comment that explains why the retry count is three',
  '    logger.info("loaded %s rows from %s", len(rows), self.path)',
  '    raise ValueError(f"unexpected value {value!r} in {name}")',
  '',
];
const PY_IMPORTS = ['import os', 'import json', 'import logging', 'from pathlib import Path', 'from typing import Any, Iterable', 'import numpy as np', 'import pandas as pd', 'from dataclasses import dataclass'];
const PY_ML_IMPORTS = [
  'import torch',
  'from torch import nn',
  'from sklearn.model_selection import train_test_split',
  'from sklearn.metrics import accuracy_score, f1_score',
  'import mlflow',
  'import wandb',
  'from transformers import Trainer, TrainingArguments',
  'import lightning as L',
  'import great_expectations as gx',
  'from evidently.report import Report',
  'import bentoml',
  'import dvc.api',
  'import joblib',
];
const PY_ML_LINES = [
  '    model.fit(X_train, y_train)',
  '    loss.backward()',
  '    optimizer.step()',
  '    torch.manual_seed(seed)',
  '    mlflow.log_metric("val_loss", loss.item(), step=epoch)',
  '    wandb.log({"accuracy": acc})',
  '    trainer = Trainer(model=model, args=args, train_dataset=ds)',
  '    trainer.train()',
  '    score = accuracy_score(y_test, model.predict(X_test))',
  '    joblib.dump(model, "model.joblib")',
  '    torch.save(model.state_dict(), out / "model.pt")',
  '    params = dvc.api.params_show()',
  '    X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=42)',
];
const TS_LINES = [
  'export function {f}(items: readonly Item[], limit = 10): Item[] {',
  '  const out: Item[] = [];',
  '  for (const item of items) {',
  '    if (out.length >= limit) break;',
  "    if (item.name !== '') out.push(item);",
  '  }',
  '  return out;',
  '}',
  '// keep the order stable: callers rely on it',
  'export class {C} {',
  '  constructor(private readonly path: string) {}',
  "  async load(): Promise<Item[]> { return JSON.parse(await readFile(this.path, 'utf8')); }",
  '}',
  '',
];
const GO_LINES = ['func {C}(items []Item, limit int) []Item {', '\tout := make([]Item, 0, limit)', '\tfor _, it := range items {', '\t\tif len(out) >= limit {', '\t\t\tbreak', '\t\t}', '\t\tout = append(out, it)', '\t}', '\treturn out', '}', ''];

/** Lines from a template pool until the text reaches `size` bytes. */
function fill(r: Rand, pool: readonly string[], size: number, n: number, extra: readonly string[] = [], extraShare = 0): string {
  const parts: string[] = [];
  let len = 0;
  let k = 0;
  while (len < size) {
    const t = extra.length > 0 && r() < extraShare ? pick(r, extra) : pick(r, pool);
    const line = t.replaceAll('{f}', `fn_${n}_${k}`).replaceAll('{C}', `Thing${n}x${k}`);
    parts.push(line);
    len += line.length + 1;
    k++;
  }
  return parts.join('\n') + '\n';
}

function pythonModule(r: Rand, n: number, ml: boolean): string {
  const head = [...new Set([pick(r, PY_IMPORTS), pick(r, PY_IMPORTS), pick(r, PY_IMPORTS)])];
  if (ml) head.push(pick(r, PY_ML_IMPORTS), pick(r, PY_ML_IMPORTS));
  const size = logUniform(r, 200, 24_000);
  return `${head.join('\n')}\n\n${fill(r, PY_PLAIN, size, n, ml ? PY_ML_LINES : [], 0.06)}`;
}

function pytestFile(r: Rand, n: number, ml: boolean): string {
  const cases: string[] = [];
  const count = 1 + Math.floor(r() * 12);
  for (let c = 0; c < count; c++) {
    cases.push(`def test_case_${n}_${c}(tmp_path):\n    result = run_step(tmp_path, ${c})\n    assert result.ok\n    assert result.rows == ${c}\n`);
    if (ml && c === 0) cases.push(`@pytest.mark.slow\ndef test_training_converges_${n}():\n    model = train(epochs=2)\n    assert model.loss < 1.0\n`);
  }
  return `import pytest\n${ml ? 'import torch\n' : ''}from pkg.core import run_step${ml ? ', train' : ''}\n\n\n${cases.join('\n\n')}`;
}

function notebook(r: Rand, n: number): string {
  const cells = [];
  for (let c = 0; c < 4 + Math.floor(r() * 10); c++) {
    const src = c === 0 ? ['import pandas as pd\n', 'import torch\n'] : [`df_${c} = pd.read_csv("data/part_${n}_${c}.csv")\n`, 'model.fit(X, y)\n', `print(df_${c}.describe())\n`];
    cells.push({ cell_type: 'code', execution_count: c, metadata: {}, outputs: [], source: src });
  }
  return JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

function workflow(i: number): string {
  const kind = i % 8;
  const on = kind === 5 ? 'on:\n  schedule:\n    - cron: "0 3 * * 1"\n  workflow_dispatch:\n' : 'on:\n  push:\n    branches: [main]\n  pull_request:\n';
  const steps: string[] = ['      - uses: actions/checkout@v4', '      - uses: actions/setup-python@v5\n        with:\n          python-version: "3.12"'];
  if (kind === 0) steps.push('      - run: pip install -e ".[test]"', '      - run: pytest tests/unit -m "not slow" --cov=pkg');
  if (kind === 1) steps.push('      - uses: ./.github/actions/setup-env', '      - run: make test');
  if (kind === 2) steps.push('      - run: ruff check . && mypy pkg', '      - run: tox -e lint');
  if (kind === 3) steps.push('      - uses: actions/setup-node@v4', '      - run: npm ci', '      - run: npx jest --ci web/');
  if (kind === 4) steps.push('      - run: dvc pull', '      - run: python pkg/train.py --epochs 1', '      - run: python scripts/evaluate.py --threshold 0.8');
  if (kind === 5) steps.push('      - run: python scripts/check_drift.py', '      - uses: ./.github/actions/notify');
  if (kind === 6) steps.push('      - run: docker build -t app:${{ github.sha }} .', '      - uses: ./.github/actions/deploy\n        with:\n          env: staging');
  if (kind === 7) steps.push('      - run: go test ./svc/...', '      - run: bash scripts/integration.sh');
  return `name: wf-${i}\n${on}jobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join('\n')}\n`;
}

const COMPOSITE = (name: string, run: string) => `name: ${name}\ndescription: ${name}\nruns:\n  using: composite\n  steps:\n    - run: ${run}\n      shell: bash\n`;

/** Writes the repository under `root` (removed first). Returns the bytes written. */
export function generateRealisticRepository(root: string, opts: RealisticOptions): number {
  fs.rmSync(root, { recursive: true, force: true });
  const r = rng(0x5eed ^ opts.files);
  let bytes = 0;
  const put = (rel: string, data: string | Buffer) => {
    write(root, rel, data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  let written = 0;
  const fixed: [string, string][] = [
    ['README.md', '# Realistic benchmark repository\n'],
    ['pyproject.toml', '[project]\nname = "pkg"\nversion = "0.1.0"\ndependencies = ["torch", "scikit-learn", "mlflow"]\n\n[project.optional-dependencies]\ntest = ["pytest", "pytest-cov"]\n\n[tool.pytest.ini_options]\nmarkers = ["slow", "integration"]\n'],
    ['Makefile', 'test:\n\tpytest tests/unit\n\nintegration:\n\tpytest tests/integration -m integration\n\ntrain:\n\tpython pkg/train.py\n'],
    ['tox.ini', '[tox]\nenvlist = py312, lint\n\n[testenv]\ncommands = pytest tests\n\n[testenv:lint]\ncommands = ruff check .\n'],
    ['.pre-commit-config.yaml', 'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n    hooks:\n      - id: ruff\n'],
    ['dvc.yaml', 'stages:\n  train:\n    cmd: python pkg/train.py\n    deps: [data/train.csv]\n    outs: [models/model.pt]\n'],
    ['package.json', '{\n  "name": "web",\n  "private": true,\n  "scripts": { "test": "jest" }\n}\n'],
    ['pkg/train.py', 'import torch\nimport mlflow\n\n\ndef main():\n    torch.manual_seed(0)\n    with mlflow.start_run():\n        loss.backward()\n        optimizer.step()\n        mlflow.log_metric("loss", 0.1)\n\n\nif __name__ == "__main__":\n    main()\n'],
    ['scripts/evaluate.py', 'from sklearn.metrics import accuracy_score\n\nassert accuracy_score(y, p) > 0.8\n'],
    ['scripts/check_drift.py', 'from evidently.report import Report\nfrom evidently.metric_preset import DataDriftPreset\n\nreport = Report(metrics=[DataDriftPreset()])\n'],
    ['scripts/integration.sh', '#!/bin/sh\nset -e\npytest tests/integration\n'],
    ['.github/actions/setup-env/action.yml', COMPOSITE('setup-env', 'pip install -e ".[test]"')],
    ['.github/actions/notify/action.yml', COMPOSITE('notify', 'echo done')],
    ['.github/actions/deploy/action.yml', COMPOSITE('deploy', 'bash scripts/deploy.sh')],
  ];
  for (const [rel, text] of fixed) {
    put(rel, text);
    written++;
  }
  for (let i = 0; i < 40; i++, written++) put(`.github/workflows/wf-${String(i).padStart(2, '0')}.yml`, workflow(i));

  const target = Math.max(opts.files, written);
  for (let n = 0; written < target; n++, written++) {
    const x = r();
    const dir = `d${n % 97}/s${n % 13}`;
    const ml = r() < 0.15;
    if (x < 0.3) put(`pkg/${dir}/mod_${n}.py`, pythonModule(r, n, ml));
    else if (x < 0.4) put(`tests/${n % 5 === 0 ? 'integration' : 'unit'}/${dir}/test_mod_${n}.py`, pytestFile(r, n, ml));
    else if (x < 0.52) put(`web/src/${dir}/comp_${n}.ts`, fill(r, TS_LINES, logUniform(r, 200, 12_000), n));
    else if (x < 0.56) put(`web/src/${dir}/comp_${n}.test.ts`, `import { describe, it, expect } from '@jest/globals';\n\ndescribe('comp ${n}', () => {\n  it('works', () => { expect(1 + ${n}).toBe(${n + 1}); });\n});\n`);
    else if (x < 0.6) put(`svc/${dir}/svc_${n}.go`, `package svc\n\n${fill(r, GO_LINES, logUniform(r, 200, 16_000), n)}`);
    else if (x < 0.62) put(`notebooks/${dir}/nb_${n}.ipynb`, notebook(r, n));
    else if (x < 0.63) put(`scripts/${dir}/job_${n}.sh`, `#!/bin/sh\nset -eu\npython -m pkg.cli run --part ${n}\n`);
    else if (x < 0.73) put(`docs/${dir}/page_${n}.md`, `# Page ${n}\n\n${'Some prose about the pipeline and its stages. '.repeat(logUniform(r, 2, 200))}\n`);
    else if (x < 0.8) put(`configs/${dir}/cfg_${n}.${n % 2 ? 'yaml' : 'json'}`, n % 2 ? `name: cfg-${n}\nlr: 0.001\nlayers: [64, 64]\n` : `{"name": "cfg-${n}", "lr": 0.001}\n`);
    else if (x < 0.85) put(`tests/fixtures/${dir}/case_${n}.${n % 3 === 0 ? 'py' : 'json'}`, n % 3 === 0 ? `# fixture\nimport torch\nEXPECTED = ${JSON.stringify([n, n + 1])}\n` : JSON.stringify({ input: [n, n + 1], expected: n * 2 }));
    else if (x < 0.95) put(`data/${dir}/part_${n}.csv`, `a,b,label\n${Array.from({ length: logUniform(r, 5, 400) }, (_, k) => `${k},${(k * 7) % 13},${k % 2}`).join('\n')}\n`);
    else put(`assets/${dir}/blob_${n}.bin`, Buffer.from(Array.from({ length: logUniform(r, 64, 20_000) }, (_, k) => (k * 31 + n) & 0xff)));
  }
  for (let i = 0; i < (opts.nextFiles ?? 0); i++) put(`web/.next/static/chunks/${i % 200}/${i}.js`, `(self.webpackChunk=self.webpackChunk||[]).push([[${i}],{${i}:function(e,t,n){n.r(t);var r=n(${i % 97});t.default=r}}]);\n`);
  for (let i = 0; i < (opts.nodeModulesFiles ?? 0); i++) put(`node_modules/pkg-${i % 500}/lib/f${i}.js`, `module.exports = function f${i}(x) { return x + ${i}; };\n`);
  return bytes;
}
