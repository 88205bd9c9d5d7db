/**
 * Vocabularies of the Data, Training and Evaluation items (one row per tool or idiom):
 * commands, repository files and source patterns. Commands are tested against
 * `argv.join(' ')` with wrappers removed; source patterns against code lines.
 */
import type { SourcePattern } from '../parse/source.js';
import { baseNameIs, type CommandSignal, type FileSignal } from './evidence.js';

// ---------------------------------------------------------------- data-versioning

/** Commands that fetch or check versioned data. */
export const DATA_VERSIONING_COMMANDS: CommandSignal[] = [
  { command: /^dvc (pull|fetch|repro|checkout|status|update|exp run)\b|^dvc data status\b/, label: 'DVC' },
  { command: /^git lfs (pull|fetch|checkout)\b/, label: 'git LFS' },
  { command: /^lakectl (local (clone|pull|checkout)|fs download)\b/, label: 'lakeFS' },
  { command: /^datalad (get|clone|install|update)\b|^git annex get\b/, label: 'DataLad / git-annex' },
];

/** Repository files that show data is versioned. */
export const DATA_VERSIONING_FILES: FileSignal[] = [
  { test: baseNameIs('dvc.yaml', 'dvc.lock'), label: 'DVC pipeline file' },
  { test: (p) => p.endsWith('.dvc') && !p.startsWith('.dvc/') && !p.includes('/.dvc/'), label: 'DVC-tracked data' },
  { test: (p) => /(^|\/)\.dvc\/config$/.test(p), label: 'DVC remote configuration' },
  { test: baseNameIs('.lakefs_ref.yaml'), label: 'lakeFS local checkout' },
  { test: (p) => /(^|\/)\.datalad\/config$/.test(p), label: 'DataLad dataset' },
];

/** File extensions that hold data or models (for git LFS rules). */
export const DATA_EXTENSIONS = ['csv', 'tsv', 'parquet', 'feather', 'arrow', 'h5', 'hdf5', 'hdf', 'npy', 'npz', 'pt', 'pth', 'ckpt', 'pkl', 'pickle', 'joblib', 'onnx', 'safetensors', 'bin', 'tfrecord', 'jsonl', 'zip', 'gz', 'tar', 'xlsx', 'sav', 'mat', 'jpg', 'jpeg', 'png', 'wav', 'mp3', 'mp4', 'avro', 'orc', 'db', 'sqlite', 'model', 'weights'];

/** Source code that reads versioned data. */
export const DATA_VERSIONING_SOURCE: SourcePattern[] = [
  { re: /\bdvc\.api\.(open|read|get_url|DVCFileSystem)\b|from dvc\.api import\b/, label: 'DVC API' },
  { re: /\bimport lakefs\b|from lakefs(_sdk|_client)? import\b/, label: 'lakeFS client' },
];

// ---------------------------------------------------------------- data-validation

export const DATA_VALIDATION_COMMANDS: CommandSignal[] = [
  { command: /^(great_expectations|gx)\b.*\bcheckpoint run\b/, label: 'Great Expectations checkpoint' },
  { command: /^soda scan\b/, label: 'Soda scan' },
  { command: /^dbt (test|build)\b/, label: 'dbt tests' },
  { command: /^frictionless validate\b|^pandera\b|^deepchecks\b|^tfdv\b/, label: 'data validator' },
  { command: /^python[0-9.]* \S*(validate_data|data_validation|check_data|data_checks?|validate_schema|data_quality|validate_dataset)\w*\.py\b/, label: 'data validation script' },
  { command: /^(pytest|py\.test)\b.*\s\S*(tests?\/(data|schema|data_validation|data_quality|validation)\b|test_(data|schema)\w*\.py)/, label: 'data tests' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(validate-data|data-validation|check-data|data-tests?|test-data|validate_data)\b/, label: 'data validation task' },
];

export const DATA_VALIDATION_FILES: FileSignal[] = [
  { test: (p) => /(^|\/)(great_expectations|gx)\/great_expectations\.ya?ml$/.test(p), label: 'Great Expectations project' },
  { test: (p) => /(^|\/)(great_expectations|gx)\/(expectations|checkpoints)\/.+\.(json|ya?ml)$/.test(p), label: 'Great Expectations suite' },
  { test: (p) => /(^|\/)\.?soda\/.+\.ya?ml$|(^|\/)soda[_-]?checks?\w*\.ya?ml$/.test(p), label: 'Soda checks' },
  { test: (p) => /(^|\/)schemas?\/.+\.(schema\.json|avsc)$/.test(p), label: 'data schema' },
];

export const DATA_VALIDATION_SOURCE: SourcePattern[] = [
  { re: /\bimport great_expectations\b|from great_expectations\b|\bgx\.get_context\(/, label: 'Great Expectations' },
  { re: /\bimport pandera\b|from pandera\b|\bpa\.DataFrameSchema\(|\bDataFrameModel\b/, label: 'pandera' },
  { re: /from deepchecks\b.*\b(data_integrity|train_test_validation|DataIntegrity|TrainTestValidation)|import deepchecks\b/, label: 'deepchecks' },
  { re: /\bimport tensorflow_data_validation\b|\btfdv\.(validate_statistics|infer_schema)\(/, label: 'TensorFlow Data Validation' },
  { re: /from soda\.scan import\b/, label: 'Soda' },
  { re: /\bimport pointblank\b|\bimport dataframely\b|from frictionless import\b/, label: 'data validator' },
];

// ---------------------------------------------------------------- training-pipeline

export const PIPELINE_FILES: FileSignal[] = [
  { test: baseNameIs('MLproject'), label: 'MLflow project' },
  { test: (p) => /(^|\/)pipeline_registry\.py$/.test(p), label: 'Kedro pipeline registry' },
];

export const PIPELINE_SOURCE: SourcePattern[] = [
  { re: /\bclass \w+\(\s*(metaflow\.)?FlowSpec\s*\)/, label: 'Metaflow flow' },
  { re: /@(kfp\.)?dsl\.pipeline\b|@(kfp\.)?dsl\.component\b/, label: 'Kubeflow pipeline' },
  { re: /from zenml import\b.*\bpipeline\b|@zenml\.pipeline\b/, label: 'ZenML pipeline' },
  { re: /from prefect import\b.*\bflow\b|@prefect\.flow\b/, label: 'Prefect flow' },
  { re: /\bdef register_pipelines\(/, label: 'Kedro pipelines' },
  { re: /\bwith (models\.)?DAG\(|\bfrom airflow\b.*\bimport\b.*\bDAG\b|@dag\b/, label: 'Airflow DAG' },
  { re: /from flytekit import\b.*\bworkflow\b|@flytekit\.workflow\b/, label: 'Flyte workflow' },
  { re: /\btfx\.dsl\.Pipeline\(|from tfx\b.*\bimport\b.*\bpipeline\b/, label: 'TFX pipeline' },
  { re: /from sagemaker\.workflow\.pipeline import\b|\bsagemaker\.workflow\.pipeline\.Pipeline\(/, label: 'SageMaker pipeline' },
];

/** A file named as a training script. */
export function isTrainScript(path: string): boolean {
  return /(^|\/)((train|finetune|fine_tune)(_\w+)?|training|\w+_train)\.py$/.test(path) && !isFixturePath(path);
}

/**
 * A path in a test folder or a fixture folder: a pipeline there is a fixture that feeds a
 * test (an MLproject a test loads), not the project's own training pipeline.
 */
export function isFixturePath(path: string): boolean {
  return /(^|\/)(tests?|__tests__|testing|fixtures?|testdata|test_data)\//.test(path);
}

/** Lines that fit a model. */
export const TRAINING_SOURCE: SourcePattern[] = [
  { re: /\btrainer\.(train|fit)\(|\bTrainer\([^)]*\)\.fit\(/, label: 'trainer' },
  { re: /\b\w+\.fit\(/, label: 'fit call' },
  { re: /\bloss\.backward\(\)|\boptimizer\.step\(\)/, label: 'training loop' },
];

// ---------------------------------------------------------------- training-tests

/** Test code that exercises training on small data. */
export const TRAINING_TEST_SOURCE: SourcePattern[] = [
  { re: /\bfast_dev_run\s*=|\boverfit_batches\s*=|\blimit_train_batches\s*=/, label: 'smoke training run' },
  { re: /\bassert\b.*\bloss\w*\s*[<>]|\bassert\b.*\b(isnan|isfinite|isinf)\b|\bassert\w*\(.*\bloss/, label: 'loss or NaN assertion' },
  { re: /\b(trainer|model|clf|estimator|pipeline|pipe)\.(fit|train)\((?!\))|\btrain(_model)?\((?!\))/, label: 'training call' },
];

// ---------------------------------------------------------------- experiment-tracking

/** Environment variables that send runs to a tracker. */
export const TRACKING_ENV: { re: RegExp; label: string }[] = [
  { re: /^MLFLOW_(TRACKING_URI|TRACKING_USERNAME|TRACKING_PASSWORD|TRACKING_TOKEN|EXPERIMENT_NAME|EXPERIMENT_ID)$/, label: 'MLflow' },
  { re: /^WANDB_(API_KEY|PROJECT|ENTITY|BASE_URL)$/, label: 'Weights & Biases' },
  { re: /^CLEARML_\w+$|^TRAINS_API_\w+$/, label: 'ClearML' },
  { re: /^COMET_(API_KEY|PROJECT_NAME|WORKSPACE)$/, label: 'Comet' },
  { re: /^NEPTUNE_(API_TOKEN|PROJECT)$/, label: 'Neptune' },
  { re: /^(DVC_STUDIO_TOKEN|STUDIO_TOKEN)$/, label: 'DVC Studio' },
  { re: /^AIM_REPO$/, label: 'Aim' },
];

/** Settings that turn tracking off in CI: [variable, values]. */
export const TRACKING_OFF: { name: string; values: RegExp }[] = [
  { name: 'WANDB_MODE', values: /^(disabled|offline|dryrun)$/i },
  { name: 'WANDB_DISABLED', values: /^(true|1)$/i },
];

export const TRACKING_COMMANDS: CommandSignal[] = [
  { command: /^dvc exp (run|push)\b/, label: 'DVC experiments' },
  { command: /^wandb (login|sync|agent|launch)\b/, label: 'Weights & Biases' },
  { command: /^clearml-task\b/, label: 'ClearML' },
  { command: /^mlflow (run|experiments create)\b/, label: 'MLflow' },
];

export const TRACKING_SOURCE: SourcePattern[] = [
  { re: /\bmlflow\.(log_metrics?|log_params?|autolog|start_run|set_experiment|\w+\.autolog)\(/, label: 'MLflow' },
  { re: /\bwandb\.(init|log)\(|WandbLogger\(/, label: 'Weights & Biases' },
  { re: /from clearml import\b.*\bTask\b|\bTask\.init\(/, label: 'ClearML' },
  { re: /\bcomet_ml\.(Experiment|start)\(|from comet_ml import\b/, label: 'Comet' },
  { re: /\bneptune\.init_run\(|\bimport neptune\b/, label: 'Neptune' },
  { re: /\bfrom dvclive\b|\bimport dvclive\b/, label: 'DVCLive' },
  { re: /\baim\.Run\(|from aim import\b.*\bRun\b/, label: 'Aim' },
  { re: /\bMLFlowLogger\(|\bTensorBoardLogger\(|\bSummaryWriter\(/, label: 'experiment logger' },
];

// ---------------------------------------------------------------- reproducibility

export const SEED_SOURCE: SourcePattern[] = [
  { re: /\btorch\.(cuda\.)?manual_seed(_all)?\(|\btorch\.use_deterministic_algorithms\(|cudnn\.deterministic\s*=\s*True/, label: 'PyTorch seed / determinism' },
  { re: /\bnp\.random\.seed\(|\bnumpy\.random\.seed\(|\bnp\.random\.default_rng\(\s*\d/, label: 'NumPy seed' },
  { re: /(^|[^\w.])random\.seed\(/, label: 'Python random seed' },
  { re: /\bseed_everything\(|\bset_seed\(|\bset_random_seed\(/, label: 'seed helper' },
  { re: /\btf\.random\.set_seed\(|\benable_op_determinism\(/, label: 'TensorFlow seed / determinism' },
  { re: /\bset\.seed\(/, label: 'R seed' },
  { re: /\brandom_state\s*=\s*\d+/, label: 'scikit-learn random_state' },
];

/** Lock files that pin the environment, by base name. */
export const LOCK_FILES: FileSignal[] = [
  { test: baseNameIs('poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'renv.lock', 'Manifest.toml', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum'), label: 'lock file' },
  { test: (p) => /\.conda-lock\.ya?ml$|(^|\/)conda-\w+\.lock$/.test(p), label: 'conda lock file' },
];

/** Commands that check that a pipeline reproduces its recorded outputs. */
export const REPRODUCTION_CHECK_COMMANDS: CommandSignal[] = [
  { command: /^dvc (status|data status)\b/, label: 'DVC status' },
  { command: /^git diff\b.*(--exit-code|--quiet)\b/, label: 'git diff --exit-code' },
  { command: /^git status\b.*--porcelain/, label: 'git status --porcelain' },
];

/** Commands that compare two builds byte for byte. */
export const BYTE_COMPARE_COMMANDS: CommandSignal[] = [
  { command: /^(diffoscope|reprotest)\b/, label: 'reproducible-build check' },
  { command: /^(cmp|diff)\b|^(sha256sum|shasum|md5sum|b2sum)\b.*(\s-c\b|--check\b)/, label: 'byte comparison' },
];

/** Commands that produce an artifact a byte comparison can check. */
export const ARTIFACT_COMMANDS: CommandSignal[] = [
  { command: /^kit (pack|unpack)\b|^bentoml build\b|^docker (build|buildx build)\b|^build\b|^(uv|poetry|hatch|pdm) build\b|^dvc repro\b|^(mlflow models build-docker|cog build)\b/, label: 'artifact build' },
];

// ---------------------------------------------------------------- model-evaluation and quality-gate

export const EVALUATION_SOURCE: SourcePattern[] = [
  { re: /from sklearn\.metrics import\b|\bsklearn\.metrics\.\w+\(|\bmetrics\.(accuracy_score|f1_score|roc_auc_score|classification_report|mean_squared_error|r2_score)\(/, label: 'scikit-learn metrics' },
  { re: /\bevaluate\.load\(|\bmlflow\.(models\.)?evaluate\(/, label: 'evaluation library' },
  { re: /\b(trainer|model)\.(evaluate|validate|test)\(/, label: 'model evaluation call' },
  { re: /\bimport torchmetrics\b|from torchmetrics\b|\blm_eval\.simple_evaluate\(|from ragas import\b.*\bevaluate\b|from deepeval\b/, label: 'metrics library' },
];

/** Metric names a threshold is set on. */
const METRIC = String.raw`(?:\w+_)?(?:acc|accuracy|f1|auc|roc_auc|precision|recall|rmse|mae|mse|r2|loss|error_rate|bleu|rouge\w*|perplexity|ppl|wer|cer|iou|map|ndcg|mrr|score|metric|faithfulness|relevancy)(?:_\w+)?`;

/** An assertion that a metric meets a threshold (in a test) or a comparison that exits non-zero (in a script). */
export const METRIC_ASSERTION_SOURCE: SourcePattern[] = [
  { re: new RegExp(String.raw`\bassert\b[^#]*\b${METRIC}\b[^#]*(>=?|<=?)\s*[\w.\[\]'"]+|\bassert\b[^#]*(>=?|<=?)\s*\w*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
  { re: new RegExp(String.raw`\bassert(Greater|Less)(Equal)?\([^)]*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
  { re: /\bassert_test\(|\bassert_(metric|threshold)\w*\(|\w+Metric\([^)]*\bthreshold\s*=\s*0?\.\d+/, label: 'evaluation assertion (DeepEval / threshold)' },
];

/** Code in evaluation scripts that exits non-zero when a metric misses its threshold. */
export const METRIC_GATE_SOURCE: SourcePattern[] = [
  { re: new RegExp(String.raw`\bif\b[^#]*\b${METRIC}\b[^#]*(<|>)=?\s*[\w.\[\]'"]+.*:\s*(sys\.exit|raise|exit)\b`, 'i'), label: 'metric threshold check' },
  { re: /\b(sys\.exit|exit)\(\s*(1|[^)]*fail\w*|[^)]*regress\w*)\s*\)/, label: 'non-zero exit on failure' },
  { re: METRIC_ASSERTION_SOURCE[0]!.re, label: 'metric threshold assertion' },
];

/** Scripts (by name) whose job is to compare metrics to a threshold or a baseline. */
export const METRIC_GATE_COMMANDS: CommandSignal[] = [
  { command: /^python[0-9.]* \S*((compare|check|gate|assert|verify|validate)_?(metrics?|model|performance|scores?|thresholds?)|(metrics?|model|performance|quality)_?(gate|check|threshold|compare|comparison))\w*\.py\b/, label: 'metric gate script' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(quality-gate|metrics-gate|check-metrics|gate)\b/, label: 'metric gate task' },
];

/** Arguments that make an evaluation command fail when a metric misses its bar. */
export const THRESHOLD_ARGS = /(^|\s)--?(threshold|fail[-_]under|fail[-_]on[-_]\w+|min[-_]\w+|max[-_](loss|error|drop|regression|degradation)\w*|baseline[-_]tolerance|tolerance|expected[-_]\w+)\b/;
