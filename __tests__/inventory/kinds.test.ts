import type { TestKind } from '../../src/model/inventory.js';
import { langOf } from '../../src/inventory/cases.js';
import { describeTest } from '../../src/inventory/discover.js';
import { EMPTY_SETTINGS } from '../../src/inventory/select.js';

const kindsOf = (path: string, text: string) => describeTest(path, langOf(path)!, text, EMPTY_SETTINGS).file.kinds;

interface KindCase {
  kind: TestKind;
  path: string;
  text: string;
  /** The evidence line, or undefined when the kind must not be found. */
  line: number | undefined;
}

const py = (...lines: string[]): string => `${lines.join('\n')}\n`;

const cases: KindCase[] = [
  // unit: the fallback, and not given when another kind is found
  { kind: 'unit', path: 'tests/test_math.py', text: py('def test_add():', '    assert 1 + 1 == 2'), line: 1 },
  { kind: 'unit', path: 'tests/integration/test_db.py', text: py('def test_db():', '    assert True'), line: undefined },
  // integration: path, marker (marker line wins), content
  { kind: 'integration', path: 'tests/integration/test_db.py', text: py('def test_db():', '    assert True'), line: 1 },
  { kind: 'integration', path: 'tests/test_db.py', text: py('import pytest', '', 'pytestmark = pytest.mark.integration', 'def test_db():', '    pass'), line: 3 },
  { kind: 'integration', path: 'tests/test_db.py', text: py('from testcontainers.postgres import PostgresContainer', 'def test_db():', '    pass'), line: 1 },
  { kind: 'integration', path: 'tests/integrations/test_slack.py', text: py('def test_send():', '    pass'), line: undefined },
  // e2e
  { kind: 'e2e', path: 'tests/e2e/test_flow.py', text: py('def test_flow():', '    pass'), line: 1 },
  { kind: 'e2e', path: 'tests/test_ui.py', text: py('import os', 'from playwright.sync_api import Page', 'def test_ui(page: Page):', '    pass'), line: 2 },
  { kind: 'e2e', path: 'tests/test_ui.py', text: py('def test_ui():', '    pass'), line: undefined },
  // performance
  // reproducibility: the same call twice, its outputs asserted equal
  {
    kind: 'reproducibility',
    path: 'tests/test_simple.py',
    text: py(
      'import numpy as np',
      'class T:',
      '    def test_order(self):',
      '        data = np.zeros((2, 2))',
      '        out1 = save({"a": data, "b": data})',
      '        out2 = save({"b": data, "a": data})',
      '        self.assertEqual(out1, out2)',
    ),
    line: 5,
  },
  { kind: 'reproducibility', path: 'tests/test_simple.py', text: py('def test_two():', '    out1 = save({"a": 1})', '    out2 = load(out1)', '    assert out1 == out2'), line: undefined },
  { kind: 'performance', path: 'benchmarks/test_speed.py', text: py('def test_speed():', '    pass'), line: 1 },
  { kind: 'performance', path: 'tests/test_speed.py', text: py('import x', '', 'def test_speed(benchmark):', '    benchmark(x.run)'), line: 3 },
  { kind: 'performance', path: 'tests/locustfile_test.py', text: py('from locust import HttpUser, task', 'def test_x():', '    pass'), line: 1 },
  { kind: 'performance', path: 'pkg/a_test.go', text: py('package a', 'func BenchmarkParse(b *testing.B) {}'), line: 2 },
  { kind: 'performance', path: 'tests/test_loader.py', text: py('def test_load_config():', '    assert load("x")'), line: undefined },
  // data
  { kind: 'data', path: 'tests/test_schema.py', text: py('import pandas as pd', 'import pandera as pa', 'def test_schema():', '    pass'), line: 2 },
  {
    kind: 'data',
    path: 'tests/test_data.py',
    text: py('import pandas as pd', 'from deepchecks.tabular.checks import MixedNulls', 'def test_nulls(ds):', '    assert MixedNulls().run(ds).passed_conditions()'),
    line: 2,
  },
  {
    kind: 'data',
    path: 'tests/test_model.py',
    text: py(
      'from deepchecks.tabular.checks import PredictionDrift, TrainTestPerformance',
      'def test_drift(train, test, model):',
      '    assert PredictionDrift().run(train, test, model).passed_conditions()',
    ),
    line: undefined,
  },
  { kind: 'data', path: 'tests/data_validation/test_rows.py', text: py('def test_rows():', '    pass'), line: 1 },
  {
    kind: 'data',
    path: 'tests/probability/expectations/test_quadrature.py',
    text: py('import numpy as np', 'def test_quadrature():', '    assert np.allclose(expectation(p, k), 1.0)'),
    line: undefined,
  },
  { kind: 'data', path: 'tests/unit/data/test_local.py', text: py('def test_local():', '    pass'), line: undefined },
  // training
  {
    kind: 'training',
    path: 'tests/test_train.py',
    text: py('def test_train():', '    model = Net()', '    losses = model.fit(x, y)', '    assert losses[-1] < losses[0], "loss must decrease"'),
    line: 4,
  },
  { kind: 'training', path: 'tests/test_train.py', text: py('def test_smoke():', '    trainer = Trainer(fast_dev_run=True)', '    trainer.fit(model)'), line: 2 },
  { kind: 'training', path: 'tests/test_train.py', text: py('def test_loss_name():', '    assert cfg.loss == "mse"'), line: undefined },
  // evaluation
  { kind: 'evaluation', path: 'tests/test_eval.py', text: py('from sklearn.metrics import accuracy_score', 'def test_eval():', '    acc = accuracy_score(y, p)', '    assert acc > 0.9'), line: 4 },
  { kind: 'evaluation', path: 'tests/test_eval.py', text: py('def test_eval():', '    # assert accuracy > 0.9', '    pass'), line: undefined },
  // a metric's name in an assert is not an evaluation: a rendered card, a count of rows
  {
    kind: 'evaluation',
    path: 'tests/test_card.py',
    text: py(
      'import numpy as np',
      'from sklearn.metrics import f1_score',
      'def test_add_metrics(card):',
      '    card.add_metrics(accuracy=0.1)',
      '    assert "accuracy" in card.text',
      '    assert f1_score is not None',
    ),
    line: undefined,
  },
  { kind: 'evaluation', path: 'tests/test_eval.py', text: py('import numpy as np', 'def test_eval():', '    assert len(accuracy_per_run) == 3'), line: undefined },
  { kind: 'evaluation', path: 'tests/test_eval.py', text: py('import numpy as np', 'def test_eval():', '    assert metrics["accuracy"] >= 0.8'), line: 3 },
  { kind: 'evaluation', path: 'tests/test_eval.py', text: py('from sklearn.metrics import f1_score', 'def test_eval():', '    assert f1_score(y, model.predict(x)) > 0.7'), line: 3 },
  // behavioral
  { kind: 'behavioral', path: 'tests/test_fair.py', text: py('import numpy', 'from fairlearn.metrics import MetricFrame', 'def test_fair():', '    pass'), line: 2 },
  { kind: 'behavioral', path: 'tests/test_model.py', text: py('import x', 'def test_prediction_invariance_to_case():', '    assert model.predict(["A"]) == model.predict(["a"])'), line: 2 },
  // a behavioural name counts only when the test calls the model: an invariance of a density or of a file's bytes is not one
  {
    kind: 'behavioral',
    path: 'tests/test_prior.py',
    text: py('import numpy as np', 'def test_map_invariance_to_transform():', '    assert np.allclose(m1.log_density(), m2.log_density())', '', 'def helper():', '    return model.predict(x)'),
    line: undefined,
  },
  {
    kind: 'behavioral',
    path: 'tests/test_simple.py',
    text: py(
      'class T:',
      '    def test_serialization_order_invariant(self):',
      '        assert save({"a": 1, "b": 2}) == save({"b": 2, "a": 1})',
      '',
      '    def test_predict(self):',
      '        assert clf(x) == 1',
    ),
    line: undefined,
  },
  {
    kind: 'behavioral',
    path: 'tests/test_model.py',
    text: py('import x', 'def test_load():', '    pass', '', 'def test_robustness_to_noise(model):', '    noisy = x + 0.01', '    assert (model(noisy).argmax() == model(x).argmax()).all()'),
    line: 5,
  },
  {
    kind: 'behavioral',
    path: 'tests/test_differential.py',
    text: py('import math', 'def test_model_prediction_differential():', '    current = make_prediction(input_data=x)', '    assert math.isclose(previous, current["predictions"][0], rel_tol=0.05)'),
    line: 2,
  },
  {
    kind: 'behavioral',
    path: 'tests/model/test_checks.py',
    text: py('import utils', 'def test_invariance(input_a, input_b, label, predictor):', '    label_a = utils.get_label(text=input_a, predictor=predictor)', '    assert label_a == label'),
    line: 2,
  },
  { kind: 'behavioral', path: 'pkg/model/slice_test.go', text: 'package model\n\nfunc TestSlicesMetric(t *testing.T) {\n\tp := m.Predict(x)\n}\n', line: 3 },
  { kind: 'behavioral', path: 'tests/test_model.py', text: py('def test_prediction():', '    assert f("A") == 1'), line: undefined },
  { kind: 'behavioral', path: 'pkg/model/manifest_test.go', text: 'package model\n\nfunc TestBuild_DoesNotMutateInputSlice(t *testing.T) {\n}\n', line: undefined },
  { kind: 'behavioral', path: 'tests/test_layers.py', text: py('import torch', 'def test_bias_init():', '    assert layer.bias.sum() == 0'), line: undefined },
  { kind: 'behavioral', path: 'tests/test_invariance.py', text: py('def test_score_invariant_to_case(model):', '    assert model.score("A") == model.score("a")'), line: 1 },
  { kind: 'behavioral', path: 'tests/test_density.py', text: py('def test_density_invariance():', '    assert density(x) == density(x[::-1])'), line: undefined },
  { kind: 'behavioral', path: 'tests/test_quality.py', text: py('import pandas as pd', 'def test_accuracy_per_slice():', '    assert accuracy(model.predict(x_slice), y_slice) > 0.8'), line: 2 },
  {
    kind: 'behavioral',
    path: 'tests/test_quality.py',
    text: py(
      'import pandas as pd',
      'def test_no_region_is_worse():',
      '    df["hit"] = model.predict(df[X]) == df["y"]',
      '    by_region = df.groupby("region")["hit"].mean()',
      '    assert (by_region >= df["hit"].mean() - 0.1).all()',
    ),
    line: 4,
  },
  { kind: 'behavioral', path: 'tests/test_report.py', text: py('import pandas as pd', 'def test_totals():', '    assert df.groupby("day")["n"].sum().tolist() == [1, 2]'), line: undefined },
  // serialization
  {
    kind: 'serialization',
    path: 'tests/test_io.py',
    text: py('import joblib', 'def test_roundtrip(tmp_path):', '    joblib.dump(model, tmp_path / "m")', '    again = joblib.load(tmp_path / "m")', '    assert again.predict(x) == model.predict(x)'),
    line: 3,
  },
  { kind: 'serialization', path: 'tests/test_io.py', text: py('def test_roundtrip(tmp_path):', '    model.save_pretrained(tmp_path)', '    m2 = Model.from_pretrained(tmp_path)'), line: 2 },
  { kind: 'serialization', path: 'tests/test_io.py', text: py('import joblib', 'def test_save(tmp_path):', '    joblib.dump(model, tmp_path / "m")'), line: undefined },
  // a library's own dumps/loads of a fitted estimator is a round trip; a JSON string's is not a model's
  {
    kind: 'serialization',
    path: 'tests/test_persist.py',
    text: py(
      'from modelio import dumps, loads',
      'def test_can_persist_fitted(estimator):',
      '    estimator.fit(X, y)',
      '    dumped = dumps(estimator)',
      '    loaded = loads(dumped)',
      '    assert_params_equal(estimator, loaded)',
    ),
    line: 4,
  },
  {
    kind: 'serialization',
    path: 'tests/test_config.py',
    text: py('import json', 'def test_config_roundtrip(model_config):', '    text = json.dumps(model_config)', '    assert json.loads(text) == model_config'),
    line: undefined,
  },
  {
    kind: 'serialization',
    path: 'tests/test_io.py',
    text: py('from pkg import Clf', '', 'def test_save_load_round_trip(tmp_path):', '    Clf().save(tmp_path / "m")', '    assert Clf.load(tmp_path / "m")'),
    line: 3,
  },
  { kind: 'serialization', path: 'tests/test_codes.py', text: py('from shortlinks import decode, encode', '', 'def test_round_trip():', '    assert decode(encode(62)) == 62'), line: undefined },
  { kind: 'serialization', path: 'tests/test_settings.py', text: py('import json', '', 'def test_settings_round_trip(tmp_path):', '    json.dump({"a": 1}, open(tmp_path / "s.json", "w"))', '    assert json.load(open(tmp_path / "s.json")) == {"a": 1}'), line: undefined },
  // the text serialisers are one list, for dumps/loads and for dump/load; numpy and pandas save arrays and frames
  { kind: 'serialization', path: 'tests/test_cfg.py', text: py('import yaml', '', 'def test_config_round_trip(tmp_path):', '    yaml.dump(cfg, open(tmp_path / "c.yaml", "w"))', '    assert yaml.load(open(tmp_path / "c.yaml")) == cfg'), line: undefined },
  { kind: 'serialization', path: 'tests/test_msg.py', text: py('import msgpack', '', 'def test_message():', '    packed = msgpack.dumps(msg)', '    assert msgpack.loads(packed) == msg'), line: undefined },
  { kind: 'serialization', path: 'tests/test_arr.py', text: py('import numpy as np', '', 'def test_save_load_round_trip(tmp_path):', '    np.save(tmp_path / "a.npy", arr)', '    assert (np.load(tmp_path / "a.npy") == arr).all()'), line: undefined },
  // reproducibility
  {
    kind: 'reproducibility',
    path: 'tests/test_seed.py',
    text: py('import torch', 'def test_same():', '    torch.manual_seed(0)', '    a = run()', '    torch.manual_seed(0)', '    assert torch.equal(a, run())'),
    line: 3,
  },
  { kind: 'reproducibility', path: 'tests/test_seed.py', text: py('def test_training_is_deterministic():', '    pass'), line: 1 },
  { kind: 'reproducibility', path: 'tests/test_fit.py', text: py('import numpy as np', 'def test_same_seed_same_model():', '    np.testing.assert_array_equal(fit(seed=3), fit(seed=3))'), line: 2 },
  { kind: 'reproducibility', path: 'tests/test_seed.py', text: py('def test_random():', '    assert 0 <= random() < 1'), line: undefined },
  // seed helpers by any name, with an equality assert; random.seed() with no argument re-seeds from the clock
  {
    kind: 'reproducibility',
    path: 'tests/test_utils.py',
    text: py('import numpy as np', 'def test_set_seeds():', '    utils.set_seeds()', '    a = np.random.randn(2)', '    utils.set_seeds()', '    assert np.array_equal(a, np.random.randn(2))'),
    line: 3,
  },
  {
    kind: 'reproducibility',
    path: 'tests/test_shuffle.py',
    text: py('import random', 'def test_shuffle():', '    random.seed()', '    xs = shuffle([1, 2])', '    assert sorted(xs) == [1, 2]'),
    line: undefined,
  },
  // test names read in every language the inventory knows: Go func TestX, JS it("…")
  { kind: 'reproducibility', path: 'testing/pack_test.go', text: 'package testing\n\nimport "testing"\n\nfunc TestPackReproducibility(t *testing.T) {\n}\n', line: 5 },
  { kind: 'reproducibility', path: 'test/train.test.js', text: "const { train } = require('../src');\n\nit('gives reproducible weights with a fixed seed', () => {});\n", line: 3 },
  { kind: 'reproducibility', path: 'testing/pack_test.go', text: 'package testing\n\nfunc TestPack(t *testing.T) {\n}\n', line: undefined },
  // a model packer's own tests, in Go: a pack/unpack round trip of model files is serialization; a byte-identical repack is reproducibility
  {
    kind: 'serialization',
    path: 'pkg/pack/pack_test.go',
    text: 'package pack\n\nfunc TestPackUnpackRoundTrip(t *testing.T) {\n\tPack(dir, "m.tar")\n\tUnpack("m.tar", out)\n\tcheck(t, out, "model.safetensors")\n}\n',
    line: 3,
  },
  { kind: 'serialization', path: 'archive/tar_test.go', text: 'package archive\n\nfunc TestPackUnpackRoundTrip(t *testing.T) {\n\tPack(dir, "x.tar")\n\tUnpack("x.tar", out)\n}\n', line: undefined },
  { kind: 'reproducibility', path: 'pkg/pack/pack_test.go', text: 'package pack\n\nfunc TestRepackIsByteIdentical(t *testing.T) {\n}\n', line: 3 },
  // Rust: the `fn` under a test attribute (`#[test]`, `#[tokio::test]`) is the test's name; a helper fn of the same name is not a test
  { kind: 'reproducibility', path: 'tests/pack.rs', text: '#[test]\nfn repack_is_byte_identical() {\n    assert_eq!(pack(&dir), pack(&dir));\n}\n', line: 2 },
  { kind: 'reproducibility', path: 'src/lib.rs', text: '#[cfg(test)]\nmod tests {\n    #[tokio::test(flavor = "multi_thread")]\n    async fn training_is_reproducible_with_a_seed() {}\n}\n', line: 4 },
  { kind: 'reproducibility', path: 'tests/pack.rs', text: 'fn repack_is_byte_identical() -> bool {\n    true\n}\n\n#[test]\nfn packs() {}\n', line: undefined },
  // a data-quality name needs data: a stub generator's "leakage" is not
  { kind: 'data', path: 'tests/test_stubs.py', text: py('import typing', 'def test_generic_types_no_leakage():', '    assert stub("T") == "T"'), line: undefined },
  { kind: 'data', path: 'tests/test_split.py', text: py('import pandas as pd', 'def test_no_leakage():', '    assert not set(train.id) & set(test.id)'), line: 2 },
  // a file named for data quality is a data test when it handles data; a folder of data tests is one whatever it imports
  { kind: 'data', path: 'tests/test_data_quality.py', text: py('from app.settings import Settings', 'def test_defaults():', '    assert Settings().shards >= 1'), line: undefined },
  { kind: 'data', path: 'tests/test_data_quality.py', text: py('import pandas as pd', 'def test_ids_unique():', '    assert pd.read_csv("d.csv").id.is_unique'), line: 1 },
  { kind: 'data', path: 'tests/data_validation/test_rows.py', text: py('from loader import rows', 'def test_rows():', '    assert rows()'), line: 1 },
  // drift
  { kind: 'drift', path: 'tests/test_monitor.py', text: py('import pandas', 'from evidently.report import Report', 'def test_drift():', '    pass'), line: 2 },
  { kind: 'drift', path: 'tests/test_monitor.py', text: py('# from evidently.report import Report', 'def test_drift():', '    pass'), line: undefined },
  // serving
  {
    kind: 'serving',
    path: 'tests/test_api.py',
    text: py('from fastapi.testclient import TestClient', 'client = TestClient(app)', 'def test_predict():', '    r = client.post("/predict", json={"x": 1})', '    assert r.status_code == 200'),
    line: 4,
  },
  { kind: 'serving', path: 'tests/test_api.py', text: py('client = TestClient(app)', 'def test_health():', '    assert client.get("/health").status_code == 200'), line: undefined },
];

describe('test kinds', () => {
  it.each(cases)('$kind: $path → line $line', ({ kind, path, text, line }) => {
    const ev = kindsOf(path, text).find((k) => k.kind === kind);
    if (line === undefined) expect(ev).toBeUndefined();
    else expect(ev?.line).toBe(line);
  });

  it('covers each of the twelve kinds with a positive and a negative case', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect(kinds.size).toBe(12);
    for (const k of kinds) {
      expect(cases.some((c) => c.kind === k && c.line !== undefined)).toBe(true);
      expect(cases.some((c) => c.kind === k && c.line === undefined)).toBe(true);
    }
  });

  it('gives an empty file its kinds from the path only, at line 1', () => {
    expect(kindsOf('tests/e2e/test_x.py', '')).toEqual([{ kind: 'e2e', line: 1, signal: 'path names end-to-end tests' }]);
  });
});
