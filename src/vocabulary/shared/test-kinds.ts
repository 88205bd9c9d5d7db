/**
 * What makes a test file one kind or another, as data: one row per signal. Rows of a
 * table are tried in order, and for each kind the first row that matches is its
 * evidence (its "strongest signal"). Extend by adding rows; no code change is needed.
 *
 * Signals are read from three places, strongest first: markers (pytest marks, Go build
 * tags), content (imports, calls and asserts, comments removed), then the path.
 */
import type { Lang, TestKind } from '../../model/inventory.js';

/** A marker (pytest `@pytest.mark.X`, `pytestmark`, Go `//go:build X`) that names a kind. */
export interface MarkerSignal {
  /** Marker name, lowercase. */
  marker: string;
  kind: TestKind;
}

/** A folder or file-name token in the path (lowercased, POSIX) that names a kind. Evidence at line 1. */
export interface PathSignal {
  kind: TestKind;
  re: RegExp;
  signal: string;
  /** Match the file name only (not its folders). */
  nameOnly?: boolean;
  /** In Python files, the name counts only when the file imports one of these module roots (the name's subject). */
  imports?: readonly string[];
}

/**
 * A content signal, read from code (matches in comments do not count). It is tried only
 * in files of `langs` (all when absent) that import one of `imports` (module roots:
 * `sklearn`, `k6`, `@playwright/test`; any file when absent) and contain one of the
 * literals in `hints` (when given): cheap filters, checked in that order, so the patterns
 * run on few files. Then every pattern in `all` must match; the evidence is the line of
 * the first one's match. `testName` rows match a Python test's `name(params` instead,
 * with the evidence at its `def`.
 */
export interface ContentSignal {
  kind: TestKind;
  signal: string;
  langs?: readonly Lang[];
  imports?: readonly string[];
  hints?: readonly string[];
  all?: readonly RegExp[];
  testName?: RegExp;
  /** With `testName`: what the named test's own body must hold (a name promises; the body does). */
  inTest?: RegExp;
}

export const MARKER_KINDS: readonly MarkerSignal[] = [
  { marker: 'integration', kind: 'integration' },
  { marker: 'integration_test', kind: 'integration' },
  { marker: 'integration_tests', kind: 'integration' },
  { marker: 'e2e', kind: 'e2e' },
  { marker: 'end_to_end', kind: 'e2e' },
  { marker: 'system', kind: 'e2e' },
  { marker: 'acceptance', kind: 'e2e' },
  { marker: 'benchmark', kind: 'performance' },
  { marker: 'performance', kind: 'performance' },
  { marker: 'perf', kind: 'performance' },
  { marker: 'load', kind: 'performance' },
  { marker: 'training', kind: 'training' },
  { marker: 'train', kind: 'training' },
  { marker: 'evaluation', kind: 'evaluation' },
  { marker: 'behavioral', kind: 'behavioral' },
  { marker: 'fairness', kind: 'behavioral' },
  { marker: 'serialization', kind: 'serialization' },
  { marker: 'reproducibility', kind: 'reproducibility' },
  { marker: 'determinism', kind: 'reproducibility' },
  { marker: 'data_validation', kind: 'data' },
  { marker: 'data_quality', kind: 'data' },
  { marker: 'drift', kind: 'drift' },
  { marker: 'serving', kind: 'serving' },
];

// Folder or file-name token: bounded by '/', '_', '-', '.' or the ends of the path.
const token = (words: string): RegExp => new RegExp(`(?:^|[/_.-])(?:${words})(?:[/_.-]|$)`);
// Folder names only.
const folder = (words: string): RegExp => new RegExp(`(?:^|/)(?:${words})/`);

/** Data libraries and data frames: the subject a data-quality name needs. */
const DATA_LIBRARIES: readonly string[] = ['pandas', 'polars', 'numpy', 'pyspark', 'dask', 'pyarrow', 'duckdb', 'datasets', 'sklearn', 'great_expectations', 'pandera', 'modin', 'vaex', 'cudf'];

export const PATH_KINDS: readonly PathSignal[] = [
  { kind: 'integration', re: token('integration|integ|inttest'), signal: 'path names integration tests' },
  { kind: 'e2e', re: token('e2e|end[_-]?to[_-]?end|acceptance|system[_-]tests?'), signal: 'path names end-to-end tests' },
  { kind: 'e2e', re: /\.cy\.[cm]?[jt]sx?$/, signal: 'Cypress spec file' },
  { kind: 'performance', re: token('bench|benchmarks?|perf|performance|load[_-]?tests?|stress|locust'), signal: 'path names benchmarks or load tests' },
  { kind: 'data', re: folder('data[_-]?validation|data[_-]?quality|data[_-]?checks?|data[_-]?tests?'), signal: 'path names data validation tests' },
  // A file named for data quality is a data test only when it handles data (settings "data quality" is no data validation).
  {
    kind: 'data',
    re: token('data[_-]?validation|data[_-]?quality|data[_-]?checks?|data[_-]?tests?'),
    signal: 'path names data validation tests',
    nameOnly: true,
    imports: DATA_LIBRARIES,
  },
  // "expectations" alone is as often a probabilistic expectation (GP libraries) as a data suite: Great Expectations is read from its import.
  { kind: 'training', re: folder('training'), signal: 'folder of training tests' },
  { kind: 'evaluation', re: folder('evaluation|model[_-]?quality'), signal: 'folder of evaluation tests' },
  { kind: 'behavioral', re: folder('behaviou?ral|fairness|invariance'), signal: 'folder of behavioral tests' },
  { kind: 'drift', re: folder('drift'), signal: 'folder of drift tests' },
  { kind: 'serving', re: folder('serving'), signal: 'folder of serving tests' },
];

/** Modules whose import makes a file worth reading for metric asserts (a cheap gate: metric names are common words). */
const ML = [
  'torch',
  'tensorflow',
  'keras',
  'tf_keras',
  'sklearn',
  'jax',
  'flax',
  'optax',
  'lightning',
  'pytorch_lightning',
  'xgboost',
  'lightgbm',
  'catboost',
  'transformers',
  'datasets',
  'numpy',
  'pandas',
  'scipy',
  'statsmodels',
  'mlflow',
  'wandb',
  'evaluate',
  'torchmetrics',
  'random',
  'accelerate',
  'peft',
  'diffusers',
  'sentence_transformers',
  'spacy',
  'gensim',
  'fastai',
  'mxnet',
  'paddle',
  'onnxruntime',
  '@tensorflow/tfjs',
  'onnxruntime-node',
];
/** HTTP and test clients a serving test sends requests with. */
const HTTP = [
  'requests',
  'httpx',
  'fastapi',
  'starlette',
  'aiohttp',
  'flask',
  'django',
  'urllib',
  'urllib3',
  'bentoml',
  'litserve',
  'ray',
  'locust',
  'supertest',
  'axios',
  'node-fetch',
  'undici',
  'got',
  'k6',
  'k6/http',
];

/** The signal of a pack/unpack round-trip test: model-packaging reads it too (a packer's own packaging feature). */
export const PACK_ROUND_TRIP = 'test named for a pack/unpack round trip';
/** A prediction or a call of the model, or the model handed to the code under test: what a behavioural test exercises (`model.predict(x)`, `model.score(x)`, `clf(x)`, `get_label(text, predictor=predictor)`). */
export const MODEL_CALL =
  /\.(?:predict\w*|forward|generate|classify|infer|inference|transform|decision_function)\s*\(|\b(?:model|clf|classifier|regressor|estimator|predictor)\.score\s*\(|\b\w*predict\w*\s*\(|\b(?:model|clf|classifier|regressor|estimator|pipeline|pipe|predictor|net)\s*\(|\b(?:model|clf|classifier|regressor|estimator|pipeline|predictor)\s*=\s*[A-Za-z_]/i;

/** deepchecks' data suites and the checks they hold (data integrity, train-test validation of the data itself). */
export const DEEPCHECKS_DATA =
  /\b(?:data_integrity|train_test_validation|DataIntegrity|TrainTestValidation|IsSingleValue|MixedNulls|MixedDataTypes|StringMismatch\w*|DataDuplicates|StringLengthOutOfBounds|SpecialCharacters|ConflictingLabels|OutlierSampleDetection|FeatureLabelCorrelation\w*|FeatureFeatureCorrelation|IdentifierLabelCorrelation|PercentOfNulls|ClassImbalance|ColumnsInfo|DatasetsSizeComparison|NewLabelTrainTest|NewCategoryTrainTest|TrainTestSamplesMix|IndexTrainTestLeakage|DateTrainTestLeakage\w*|ImagePropertyOutliers|TextPropertyOutliers|UnknownTokens)\b/;

/** Serialisers of text and plain data (json, yaml, toml, msgpack, marshal …): their `dumps(`/`loads(`/`dump(`/`load(` save no model. */
const TEXT_SERIALISERS = ['json', 'simplejson', 'orjson', 'ujson', 'rapidjson', 'yaml', 'toml', 'tomllib', 'tomli', 'tomli_w', 'msgpack', 'marshal', 'bson', 'ast'];
/** numpy and pandas (and their usual aliases): their `save(`/`load(` store arrays and frames, not a model. */
const ARRAY_MODULES = ['np', 'numpy', 'pd', 'pandas'];
/** Before `.save(`, `.load(` …: the receiver is not a data library or a text serialiser. */
const NOT_ARRAY_OR_TEXT = String.raw`(?<!\b(?:${[...ARRAY_MODULES, ...TEXT_SERIALISERS].join('|')}))`;
/** Before `dumps(`/`loads(`: not called on a text serialiser (so any other serialiser's, pickle's or a model library's). */
const NOT_TEXT = String.raw`(?<!\b(?:${TEXT_SERIALISERS.join('|')})\.)`;
const MODEL_DUMPS = new RegExp(String.raw`${NOT_TEXT}\bdumps\s*\(`);
const MODEL_LOADS = new RegExp(String.raw`${NOT_TEXT}\bloads\s*\(`);

/** `x1 = f(…)`, then within a few lines `x2 = f(…)`, then an assert that `x1` equals `x2`. */
const SAME_CALL_TWICE =
  /^[ \t]*(\w+?)_?1[ \t]*=[ \t]*([\w.]+)[ \t]*\([^\n]*\n(?:[^\n]*\n){0,4}?[ \t]*\1_?2[ \t]*=[ \t]*\2[ \t]*\([^\n]*\n(?:[^\n]*\n){0,4}?[^\n]*\bassert\w*\b[ \t(]*\1_?1[ \t]*(?:==|,)[ \t]*\1_?2\b/m;

const imports = (module: string): RegExp => new RegExp(String.raw`(?:^|\s)(?:from|import)\s+${module}\b`, 'm');
const ASSERT_LINE = String.raw`\bassert\w*\b[^\n]*`;
const COMPARED = String.raw`(?:[<>]=?|==|\bapprox\b|\ballclose\b|\bisclose\b)`;
const METRIC_NAMES = 'accuracy|acc|f1|f1_score|auc|roc_auc|roc_auc_score|rmse|mse|mae|recall|r2|r2_score|bleu|rouge|perplexity|ndcg';
/** A metric as a value (`acc`, `scores["f1"]`), not a word in a string, nor inside `len(…)`. */
const METRIC_WORD = String.raw`(?:\[['"](?:${METRIC_NAMES})['"]\]|(?<!\blen\(\s*[\w.]*)(?<!['"])\b(?:${METRIC_NAMES})\b(?!['"]))`;
/** An assert that compares a metric (not a word in a string, not the `len()` of something) with a bound. */
const METRIC_COMPARED = new RegExp(
  String.raw`\bassert\w*\b[^\n]*${METRIC_WORD}[^\n]*${COMPARED}|\bassert\w*\b[^\n]*${COMPARED}[^\n]*${METRIC_WORD}|\bassert(?:Greater|Less|AlmostEqual)\w*\([^\n]*${METRIC_WORD}`,
);
/** An assert that compares the result of a metric function (`assert f1_score(y, p) > 0.8`). */
const SCORE_COMPARED = new RegExp(String.raw`\bassert\w*\b[^\n]*\b\w+_(?:score|error|loss)\s*\([^\n]*${COMPARED}|\bassert\w*\b[^\n]*${COMPARED}[^\n]*\b\w+_(?:score|error|loss)\s*\(`);

export const CONTENT_KINDS: readonly ContentSignal[] = [
  // serialization: a save and a load in the same test file
  { kind: 'serialization', signal: 'joblib.dump then joblib.load', imports: ['joblib', 'sklearn'], all: [/\bjoblib\.dump\s*\(/, /\bjoblib\.load\s*\(/] },
  {
    kind: 'serialization',
    signal: 'pickle dump then load',
    imports: ['pickle', 'cPickle', 'dill', 'cloudpickle'],
    all: [/\b(?:c?pickle|dill|cloudpickle)\.dumps?\s*\(/, /\b(?:c?pickle|dill|cloudpickle)\.loads?\s*\(/],
  },
  { kind: 'serialization', signal: 'torch.save then torch.load', imports: ['torch'], all: [/\btorch\.(?:jit\.)?save\s*\(/, /\btorch\.(?:jit\.)?load\s*\(/] },
  { kind: 'serialization', signal: 'save_pretrained then from_pretrained', hints: ['save_pretrained'], all: [/\.save_pretrained\s*\(/, /\.from_pretrained\s*\(/] },
  { kind: 'serialization', signal: 'SavedModel save then load', imports: ['tensorflow'], all: [/\bsaved_model\.save\s*\(/, /\bsaved_model\.load\s*\(/] },
  {
    kind: 'serialization',
    signal: 'ONNX export then inference',
    imports: ['onnx', 'onnxruntime', 'torch', 'skl2onnx', 'tf2onnx', 'onnxmltools'],
    all: [/\b(?:torch\.onnx\.export|onnx\.save(?:_model)?|convert_sklearn|tf2onnx\.convert\.\w+|onnxmltools\.convert\w*)\s*\(/, /\b(?:onnxruntime|InferenceSession\s*\(|onnx\.load\s*\()/],
  },
  { kind: 'serialization', signal: 'mlflow save_model/log_model then load_model', imports: ['mlflow'], all: [/\bmlflow\.\w+\.(?:save_model|log_model)\s*\(/, /\bmlflow\.\w+\.load_model\s*\(/] },
  { kind: 'serialization', signal: 'bentoml save_model then load_model', imports: ['bentoml'], all: [/\bbentoml\.\w+\.save_model\s*\(/, /\bbentoml\.\w+\.(?:load_model|get)\s*\(/] },
  { kind: 'serialization', signal: 'keras save then load_model', imports: ['keras', 'tensorflow', 'tf_keras'], all: [/\.save\s*\([^)\n]*\.(?:keras|h5)\b/, /\bload_model\s*\(/] },
  { kind: 'serialization', signal: 'save_model then load_model', imports: ['xgboost', 'lightgbm', 'catboost'], all: [/\.save_model\s*\(/, /\bload_model\s*\(|\bBooster\s*\(\s*model_file\b/] },
  { kind: 'serialization', signal: 'safetensors save_file then load_file', imports: ['safetensors'], all: [/\bsave_file\s*\(/, /\bload_file\s*\(/] },
  { kind: 'serialization', signal: 'kit pack then kit unpack', hints: ['kit unpack'], all: [/\bkit\s+pack\b/, /\bkit\s+unpack\b/] },
  // A model packer's own feature test, in any language: named for a pack/unpack round trip, unpacking what it packed, about a model or its artefacts.
  {
    kind: 'serialization',
    signal: PACK_ROUND_TRIP,
    hints: ['npack'],
    testName: /^test\w*(?:pack_?(?:and_?|then_?)?unpack|unpack\w*round_?trip|round_?trip\w*unpack)/,
    all: [/\bunpack\w*\s*\(/i, /model|weights|artifact|safetensors|gguf|onnx/i],
  },
  // A packaging CLI tested in process: its "pack" then "unpack" commands called on a ModelKit (a Kitfile) in one test file.
  { kind: 'serialization', signal: 'a ModelKit packed then unpacked by the CLI under test', hints: ['unpack'], all: [/["']pack["']\s*,[^\n]*\b\w*(?:model_?kit|kitfile)\w*\b/i, /["']unpack["']\s*,/] },
  // A library's own bytes round trip (`dumps(model)` then `loads(dumped)`, as persistence libraries name their API) of a model or
  // estimator; JSON, YAML, TOML and msgpack strings are not a model's.
  {
    kind: 'serialization',
    signal: 'dumps then loads of a model',
    langs: ['python'],
    hints: ['loads('],
    all: [MODEL_DUMPS, MODEL_LOADS, /\.fit\s*\(|\b(?:model|estimator|clf|classifier|regressor|pipeline|pipe)s?\b/],
  },
  // The name alone is not enough (an encode/decode "round trip" is not a model's): the file must also save and load something.
  {
    kind: 'serialization',
    signal: 'test named for a save/load round trip',
    testName: /^test\w*(?:round_?trip|save_(?:and_|then_)?load|serializ|serialis|pickl)/,
    all: [
      new RegExp(String.raw`${NOT_ARRAY_OR_TEXT}\.(?:save|dump|save_model|save_pretrained|export|to_disk|to_file)\w*\s*\(`),
      new RegExp(String.raw`${NOT_ARRAY_OR_TEXT}\.(?:load|load_model|from_pretrained|from_disk|from_file)\w*\s*\(`),
    ],
  },
  // training: a training run on small data with an assert on its outcome
  { kind: 'training', signal: 'fast_dev_run', hints: ['fast_dev_run'], all: [/\bfast_dev_run\s*=/] },
  { kind: 'training', signal: 'overfit_batches', hints: ['overfit_batches'], all: [/\boverfit_batches\s*=/] },
  { kind: 'training', signal: 'assert on the loss after training', hints: ['loss'], all: [new RegExp(`${ASSERT_LINE}\\bloss`), /\.(?:fit|train|train_step)\s*\(|\btrain(?:_model|_one_epoch)?\s*\(/] },
  {
    kind: 'training',
    signal: 'no-NaN assert after training',
    hints: ['isnan', 'isfinite', 'isinf'],
    all: [new RegExp(`${ASSERT_LINE}\\b(?:isnan|isfinite|isinf)\\b`), /\.(?:fit|train)\s*\(|\btrain(?:_model)?\s*\(/],
  },
  { kind: 'training', signal: 'trainer.fit with an assert', hints: ['trainer.fit'], all: [/\btrainer\.fit\s*\(/, /\bassert/] },
  // evaluation: metrics computed and asserted against a bound. A metric's name in an assert is not enough:
  // `assert "accuracy" in card_text` tests a rendering, `assert len(rows) > 1` counts rows.
  { kind: 'evaluation', signal: 'assert on a model metric', imports: ML, all: [METRIC_COMPARED] },
  { kind: 'evaluation', signal: 'sklearn.metrics with asserts', imports: ['sklearn'], all: [/\bsklearn\.metrics\b|\bfrom\s+sklearn\s+import\s+metrics\b/, SCORE_COMPARED] },
  { kind: 'evaluation', signal: 'torchmetrics with asserts', imports: ['torchmetrics'], all: [imports('torchmetrics'), /\bassert/] },
  { kind: 'evaluation', signal: 'evaluate.load metric', imports: ['evaluate'], all: [/\bevaluate\.load\s*\(/] },
  { kind: 'evaluation', signal: 'mlflow.evaluate', imports: ['mlflow'], all: [/\bmlflow\.evaluate\s*\(/] },
  // behavioral: invariance, directional, slices, fairness
  { kind: 'behavioral', signal: 'fairlearn', imports: ['fairlearn'], all: [imports('fairlearn')] },
  { kind: 'behavioral', signal: 'aif360', imports: ['aif360'], all: [imports('aif360')] },
  { kind: 'behavioral', signal: 'giskard', imports: ['giskard'], all: [imports('giskard')] },
  { kind: 'behavioral', signal: 'checklist (behavioral testing)', imports: ['checklist'], all: [imports('checklist')] },
  {
    kind: 'behavioral',
    signal: 'test named for invariance, direction, slices or fairness',
    testName:
      /^test\w*(?:invarian|directional|data_slice|per_slice|slices?_(?:metric|perf|score|accura)|on_slices|subgroup|fairness|(?:model|gender|racial|demographic|group)_bias|bias_(?:metric|check|audit)|perturb|robustness|differential|(?:against|beats|vs|than)_(?:the_)?(?:baseline|previous))/,
    inTest: MODEL_CALL,
  },
  // The name says what is checked, the body must check a model: an "invariance" of a transform or a density is no behavioural test.
  // "slice" and "bias" alone are a data structure and a layer's parameter as often (Go `MutateInputSlice`, `test_bias_init`).
  {
    kind: 'behavioral',
    signal: 'per-slice metric (predictions grouped by a column, with an assert)',
    imports: ['pandas', 'polars'],
    all: [/\.group_?by\s*\(/, /\.predict(?:_proba)?\s*\(/, /\bassert/],
  },
  // reproducibility: seeds and same-output asserts
  {
    kind: 'reproducibility',
    signal: 'test named for determinism or reproducibility',
    testName: /^test\w*(?:determinis|reproduc|same_output|same_result|same_seed|byte_identical|identical_bytes|same_bytes|same_digest|identical_digest)/,
  },
  {
    kind: 'reproducibility',
    signal: 'seed set and same output asserted',
    hints: ['seed'],
    all: [
      /\b(?:random\.seed\s*\(\s*[^)\s]|(?:manual_seed|seed_everything|set_(?:\w+_)?seeds?|fix_(?:\w+_)?seeds?|seed_(?:all|torch|worker|random)\w*|set_random_seed)\s*\()/,
      new RegExp(`${ASSERT_LINE}(?:==|equal|allclose)`, 'i'),
    ],
  },
  // The same function called twice, its two outputs asserted equal (`out1 = save(d)`, `out2 = save(d)`, `assertEqual(out1, out2)`): same input, same output.
  { kind: 'reproducibility', signal: 'the same call twice, outputs asserted equal', langs: ['python'], hints: ['1 = '], all: [SAME_CALL_TWICE] },
  // performance: load and benchmark suites
  { kind: 'performance', signal: 'locust load test', imports: ['locust'], all: [imports('locust')] },
  { kind: 'performance', signal: 'k6 load test', imports: ['k6'], all: [/\bfrom\s+['"]k6(?:\/[\w/]+)?['"]/] },
  // The fixture's name is in a test's parameters, which are text of the file: `hints` rules out most files before the names are tried.
  { kind: 'performance', signal: 'pytest-benchmark fixture', hints: ['benchmark'], testName: /^[^(\n]*\([^\n]*\bbenchmark\b/ },
  { kind: 'performance', signal: 'pytest-benchmark call', langs: ['python'], hints: ['benchmark.pedantic'], all: [/\bbenchmark\.pedantic\s*\(/] },
  { kind: 'performance', signal: 'Go benchmark function', langs: ['go'], hints: ['func Benchmark'], all: [/^func\s+Benchmark\w*\s*\(/m] },
  { kind: 'performance', signal: 'vitest bench', imports: ['vitest'], all: [/\bbench\s*\(\s*['"`]/] },
  // data: schema and expectation checks
  { kind: 'data', signal: 'great_expectations', imports: ['great_expectations'], all: [imports('great_expectations')] },
  { kind: 'data', signal: 'pandera schema', imports: ['pandera'], all: [imports('pandera')] },
  // deepchecks also checks models (performance, prediction drift, inference time): only its data-integrity and train-test validation suites and checks validate data.
  { kind: 'data', signal: 'deepchecks data-integrity checks', imports: ['deepchecks'], all: [DEEPCHECKS_DATA] },
  { kind: 'data', signal: 'tensorflow_data_validation', imports: ['tensorflow_data_validation'], all: [imports('tensorflow_data_validation')] },
  { kind: 'data', signal: 'soda checks', imports: ['soda'], all: [imports('soda')] },
  // A data-quality name is a hint only when the file handles data (a data-frame or data library): "leakage" is also a word of stub generators and memory tests.
  { kind: 'data', signal: 'test named for data quality or leakage', imports: DATA_LIBRARIES, testName: /^test\w*(?:leakage|data_quality|data_integrity|null_values|missing_values|no_nulls)/ },
  // drift
  { kind: 'drift', signal: 'evidently', imports: ['evidently'], all: [imports('evidently')] },
  { kind: 'drift', signal: 'alibi-detect', imports: ['alibi_detect'], all: [imports('alibi_detect')] },
  { kind: 'drift', signal: 'nannyml', imports: ['nannyml'], all: [imports('nannyml')] },
  { kind: 'drift', signal: 'whylogs', imports: ['whylogs'], all: [imports('whylogs')] },
  // serving: requests against a prediction endpoint, serving clients
  {
    kind: 'serving',
    signal: 'request to a prediction endpoint',
    imports: HTTP,
    langs: ['python', 'js'],
    all: [/['"`][^'"`\n]*\/(?:predict|predictions|invocations|infer|inference|classify|generate|v\d+\/models)\b/, /\.(?:post|get|put)\s*\(|\b(?:requests|httpx)\.\w+\s*\(|\bfetch\s*\(/],
  },
  { kind: 'serving', signal: 'BentoML client', imports: ['bentoml'], all: [/\bbentoml\.(?:SyncHTTPClient|AsyncHTTPClient|client\b)/] },
  { kind: 'serving', signal: 'KServe, Triton or Seldon client', imports: ['kserve', 'tritonclient', 'seldon_core'], all: [/(?:^|\s)(?:from|import)\s+(?:kserve|tritonclient|seldon_core)\b/m] },
  // integration and e2e by the tools they drive
  { kind: 'integration', signal: 'testcontainers', imports: ['testcontainers', '@testcontainers'], all: [/\btestcontainers\b/] },
  { kind: 'integration', signal: 'pytest-docker services', langs: ['python'], hints: ['docker_services'], all: [/\bdocker_services\b/] },
  { kind: 'e2e', signal: 'Playwright', imports: ['playwright', '@playwright/test'], all: [/(?:^|\s)(?:from|import)\s+playwright\b|['"]@playwright\/test['"]/m] },
  { kind: 'e2e', signal: 'Selenium WebDriver', imports: ['selenium', 'selenium-webdriver', 'webdriverio'], all: [/\bselenium\b|\bwebdriver\b/] },
  { kind: 'e2e', signal: 'Cypress commands', langs: ['js'], hints: ['cy.visit'], all: [/\bcy\.visit\s*\(/] },
];
