/**
 * What makes a test file one kind or another, as data: one row per signal. Rows of a
 * table are tried in order, and for each kind the first row that matches is its
 * evidence (its "strongest signal"). Extend by adding rows; no code change is needed.
 *
 * Signals are read from three places, strongest first: markers (pytest marks, Go build
 * tags), content (imports, calls and asserts, comments removed), then the path.
 */
import type { TestKind } from '../model/inventory.js';

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
}

/**
 * A content signal: every pattern in `all` must match somewhere in the file (comments
 * removed); the evidence is the line of the first pattern's match. `hints` are literals of
 * which at least one must occur in the text before the patterns are tried (a cheap filter).
 */
export interface ContentSignal {
  kind: TestKind;
  signal: string;
  all: readonly RegExp[];
  hints: readonly string[];
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

export const PATH_KINDS: readonly PathSignal[] = [
  { kind: 'integration', re: token('integration|integ|inttest'), signal: 'path names integration tests' },
  { kind: 'e2e', re: token('e2e|end[_-]?to[_-]?end|acceptance|system[_-]tests?'), signal: 'path names end-to-end tests' },
  { kind: 'e2e', re: /\.cy\.[cm]?[jt]sx?$/, signal: 'Cypress spec file' },
  { kind: 'performance', re: token('bench|benchmarks?|perf|performance|load[_-]?tests?|stress|locust'), signal: 'path names benchmarks or load tests' },
  { kind: 'data', re: token('data[_-]?validation|data[_-]?quality|data[_-]?checks?|data[_-]?tests?|expectations'), signal: 'path names data validation tests' },
  { kind: 'training', re: folder('training'), signal: 'folder of training tests' },
  { kind: 'evaluation', re: folder('evaluation|model[_-]?quality'), signal: 'folder of evaluation tests' },
  { kind: 'behavioral', re: folder('behaviou?ral|fairness|invariance'), signal: 'folder of behavioral tests' },
  { kind: 'drift', re: folder('drift'), signal: 'folder of drift tests' },
  { kind: 'serving', re: folder('serving'), signal: 'folder of serving tests' },
];

const DEF_TEST = String.raw`^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*`;
const imports = (module: string): RegExp => new RegExp(String.raw`(?:^|\s)(?:from|import)\s+${module}\b`, 'm');
const ASSERT_LINE = String.raw`\bassert\w*\b[^\n]*`;

export const CONTENT_KINDS: readonly ContentSignal[] = [
  // serialization: a save and a load in the same test file
  { kind: 'serialization', signal: 'joblib.dump then joblib.load', all: [/\bjoblib\.dump\s*\(/, /\bjoblib\.load\s*\(/], hints: ['joblib'] },
  { kind: 'serialization', signal: 'pickle dump then load', all: [/\b(?:c?pickle|dill|cloudpickle)\.dumps?\s*\(/, /\b(?:c?pickle|dill|cloudpickle)\.loads?\s*\(/], hints: ['pickle', 'dill'] },
  { kind: 'serialization', signal: 'torch.save then torch.load', all: [/\btorch\.(?:jit\.)?save\s*\(/, /\btorch\.(?:jit\.)?load\s*\(/], hints: ['torch'] },
  { kind: 'serialization', signal: 'save_pretrained then from_pretrained', all: [/\.save_pretrained\s*\(/, /\.from_pretrained\s*\(/], hints: ['save_pretrained'] },
  { kind: 'serialization', signal: 'SavedModel save then load', all: [/\bsaved_model\.save\s*\(/, /\bsaved_model\.load\s*\(/], hints: ['saved_model'] },
  { kind: 'serialization', signal: 'ONNX export then inference', all: [/\b(?:torch\.onnx\.export|onnx\.save(?:_model)?|convert_sklearn|tf2onnx\.convert\.\w+|onnxmltools\.convert\w*)\s*\(/, /\b(?:onnxruntime|InferenceSession\s*\(|onnx\.load\s*\()/], hints: ['onnx'] },
  { kind: 'serialization', signal: 'mlflow save_model/log_model then load_model', all: [/\bmlflow\.\w+\.(?:save_model|log_model)\s*\(/, /\bmlflow\.\w+\.load_model\s*\(/], hints: ['mlflow'] },
  { kind: 'serialization', signal: 'bentoml save_model then load_model', all: [/\bbentoml\.\w+\.save_model\s*\(/, /\bbentoml\.\w+\.(?:load_model|get)\s*\(/], hints: ['bentoml'] },
  { kind: 'serialization', signal: 'keras save then load_model', all: [/\.save\s*\([^)\n]*\.(?:keras|h5)\b/, /\bload_model\s*\(/], hints: ['load_model'] },
  { kind: 'serialization', signal: 'save_model then load_model', all: [/\.save_model\s*\(/, /\bload_model\s*\(|\bBooster\s*\(\s*model_file\b/], hints: ['save_model'] },
  { kind: 'serialization', signal: 'safetensors save_file then load_file', all: [/\bsave_file\s*\(/, /\bload_file\s*\(/, /\bsafetensors\b/], hints: ['safetensors'] },
  { kind: 'serialization', signal: 'kit pack then kit unpack', all: [/\bkit\s+pack\b/, /\bkit\s+unpack\b/], hints: ['unpack'] },
  // training: a training run on small data with an assert on its outcome
  { kind: 'training', signal: 'fast_dev_run', all: [/\bfast_dev_run\s*=/], hints: ['fast_dev_run'] },
  { kind: 'training', signal: 'overfit_batches', all: [/\boverfit_batches\s*=/], hints: ['overfit_batches'] },
  { kind: 'training', signal: 'assert on the loss after training', all: [new RegExp(`${ASSERT_LINE}\\bloss`), /\.(?:fit|train|train_step)\s*\(|\btrain(?:_model|_one_epoch)?\s*\(/], hints: ['loss'] },
  { kind: 'training', signal: 'no-NaN assert after training', all: [new RegExp(`${ASSERT_LINE}\\b(?:isnan|isfinite|isinf)\\b`), /\.(?:fit|train)\s*\(|\btrain(?:_model)?\s*\(/], hints: ['isnan', 'isfinite', 'isinf'] },
  { kind: 'training', signal: 'trainer.fit with an assert', all: [/\btrainer\.fit\s*\(/, /\bassert/], hints: ['trainer.fit'] },
  // evaluation: metrics computed and asserted
  { kind: 'evaluation', signal: 'assert on a model metric', all: [new RegExp(`${ASSERT_LINE}\\b(?:accuracy|acc|f1|f1_score|auc|roc_auc|roc_auc_score|rmse|mse|mae|recall|r2|r2_score|bleu|rouge|perplexity|ndcg)\\b`)], hints: ['assert'] },
  { kind: 'evaluation', signal: 'sklearn.metrics with asserts', all: [/\bsklearn\.metrics\b|\bfrom\s+sklearn\s+import\s+metrics\b/, /\bassert/], hints: ['sklearn'] },
  { kind: 'evaluation', signal: 'torchmetrics with asserts', all: [imports('torchmetrics'), /\bassert/], hints: ['torchmetrics'] },
  { kind: 'evaluation', signal: 'evaluate.load metric', all: [/\bevaluate\.load\s*\(/], hints: ['evaluate.load'] },
  { kind: 'evaluation', signal: 'mlflow.evaluate', all: [/\bmlflow\.evaluate\s*\(/], hints: ['mlflow.evaluate'] },
  // behavioral: invariance, directional, slices, fairness
  { kind: 'behavioral', signal: 'fairlearn', all: [imports('fairlearn')], hints: ['fairlearn'] },
  { kind: 'behavioral', signal: 'aif360', all: [imports('aif360')], hints: ['aif360'] },
  { kind: 'behavioral', signal: 'giskard', all: [imports('giskard')], hints: ['giskard'] },
  { kind: 'behavioral', signal: 'checklist (behavioral testing)', all: [imports('checklist')], hints: ['checklist'] },
  { kind: 'behavioral', signal: 'test named for invariance, direction, slices or fairness', all: [new RegExp(`${DEF_TEST}(?:invarian|directional|slice|fairness|bias|perturb|robustness)\\w*`, 'm')], hints: ['def'] },
  // reproducibility: seeds and same-output asserts
  { kind: 'reproducibility', signal: 'test named for determinism or reproducibility', all: [new RegExp(`${DEF_TEST}(?:determinis|reproduc|same_output|same_result)\\w*`, 'm')], hints: ['def'] },
  { kind: 'reproducibility', signal: 'seed set and same output asserted', all: [/\b(?:random\.seed|manual_seed|set_seed|seed_everything|set_random_seed)\s*\(/, new RegExp(`${ASSERT_LINE}(?:==|equal|allclose)`, 'i')], hints: ['seed'] },
  // performance: load and benchmark suites
  { kind: 'performance', signal: 'locust load test', all: [imports('locust')], hints: ['locust'] },
  { kind: 'performance', signal: 'k6 load test', all: [/\bfrom\s+['"]k6(?:\/[\w/]+)?['"]/], hints: ['k6'] },
  { kind: 'performance', signal: 'pytest-benchmark fixture', all: [new RegExp(`${DEF_TEST}\\s*\\([^)]*\\bbenchmark\\b`, 'm')], hints: ['benchmark'] },
  { kind: 'performance', signal: 'pytest-benchmark call', all: [/\bbenchmark\.pedantic\s*\(/], hints: ['benchmark'] },
  { kind: 'performance', signal: 'Go benchmark function', all: [/^func\s+Benchmark\w*\s*\(/m], hints: ['Benchmark'] },
  { kind: 'performance', signal: 'vitest bench', all: [/\bbench\s*\(\s*['"`]/], hints: ['bench'] },
  // data: schema and expectation checks
  { kind: 'data', signal: 'great_expectations', all: [imports('great_expectations')], hints: ['great_expectations'] },
  { kind: 'data', signal: 'pandera schema', all: [imports('pandera')], hints: ['pandera'] },
  { kind: 'data', signal: 'deepchecks', all: [imports('deepchecks')], hints: ['deepchecks'] },
  { kind: 'data', signal: 'tensorflow_data_validation', all: [imports('tensorflow_data_validation')], hints: ['tensorflow_data_validation'] },
  { kind: 'data', signal: 'soda checks', all: [imports('soda')], hints: ['soda'] },
  { kind: 'data', signal: 'test named for data quality or leakage', all: [new RegExp(`${DEF_TEST}(?:leakage|data_quality|data_integrity|null_values|missing_values|no_nulls)\\w*`, 'm')], hints: ['def'] },
  // drift
  { kind: 'drift', signal: 'evidently', all: [imports('evidently')], hints: ['evidently'] },
  { kind: 'drift', signal: 'alibi-detect', all: [imports('alibi_detect')], hints: ['alibi_detect'] },
  { kind: 'drift', signal: 'nannyml', all: [imports('nannyml')], hints: ['nannyml'] },
  { kind: 'drift', signal: 'whylogs', all: [imports('whylogs')], hints: ['whylogs'] },
  // serving: requests against a prediction endpoint, serving clients
  { kind: 'serving', signal: 'request to a prediction endpoint', all: [/['"`][^'"`\n]*\/(?:predict|predictions|invocations|infer|inference|classify|generate|v\d+\/models)\b/, /\.(?:post|get|put)\s*\(|\b(?:requests|httpx)\.\w+\s*\(|\bfetch\s*\(/], hints: ['predict', 'invocations', 'infer', 'classify', 'generate', 'models'] },
  { kind: 'serving', signal: 'BentoML client', all: [/\bbentoml\.(?:SyncHTTPClient|AsyncHTTPClient|client\b)/], hints: ['bentoml'] },
  { kind: 'serving', signal: 'KServe, Triton or Seldon client', all: [/(?:^|\s)(?:from|import)\s+(?:kserve|tritonclient|seldon_core)\b|\bInferenceServerClient\s*\(/m], hints: ['kserve', 'tritonclient', 'seldon_core', 'InferenceServerClient'] },
  // integration and e2e by the tools they drive
  { kind: 'integration', signal: 'testcontainers', all: [/\btestcontainers\b/], hints: ['testcontainers'] },
  { kind: 'integration', signal: 'pytest-docker services', all: [/\bdocker_services\b/], hints: ['docker_services'] },
  { kind: 'e2e', signal: 'Playwright', all: [/(?:^|\s)(?:from|import)\s+playwright\b|['"]@playwright\/test['"]/m], hints: ['playwright'] },
  { kind: 'e2e', signal: 'Selenium WebDriver', all: [/\bselenium\b|\bwebdriver\b/], hints: ['selenium', 'webdriver'] },
  { kind: 'e2e', signal: 'Cypress commands', all: [/\bcy\.visit\s*\(/], hints: ['cy.visit'] },
];
