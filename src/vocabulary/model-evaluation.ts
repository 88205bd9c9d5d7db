/** Vocabulary of the "model-evaluation" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal } from '../model/signal.js';

/** Commands that run a DVC pipeline, whose stages that write metrics are evaluation. */
export const DVC_PIPELINE_COMMANDS: CommandSignal[] = [{ command: /^dvc (repro|exp run)\b/, label: 'DVC pipeline' }];

/** Commands that evaluate a model on held-out data. */
export const EVALUATION_COMMANDS: CommandSignal[] = [
  { command: /^python[0-9.]* \S*(eval|evaluate|evaluation|validate_model|benchmark_model|score|test_model|model_test)\w*\.py\b|^\S*(eval|evaluate)\w*\.py\b/, label: 'evaluation script' },
  { command: /^(([\w]+\.)+(eval|evaluate|evaluation)|evaluate|evaluation)(_\w+)?( |$)/, label: 'evaluation module' },
  { command: /^python[0-9.]* \S+\.py (test|validate|evaluate)\b.*--ckpt|^python[0-9.]* \S+\.py (validate|evaluate)\b/, label: 'evaluation CLI subcommand' },
  { command: /^dvc metrics (show|diff)\b|^dvc plots (show|diff)\b/, label: 'DVC metrics' },
  { command: /^(lm_eval|lm-eval|promptfoo eval|deepeval test run|inspect eval|mteb|lighteval|opencompass|helm-run|ragas evaluate|yolo (\w+ )?val)\b/, label: 'evaluation harness' },
  { command: /^mlflow models? evaluate\b/, label: 'MLflow evaluate' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(eval|evaluate|evaluation|metrics|benchmark-model)\b/, label: 'evaluation task' },
];

// ---------------------------------------------------------------- model-evaluation and quality-gate

export const EVALUATION_SOURCE: SourcePattern[] = [
  { re: /from sklearn\.metrics import\b|\bsklearn\.metrics\.\w+\(|\bmetrics\.(accuracy_score|f1_score|roc_auc_score|classification_report|mean_squared_error|r2_score)\(/, label: 'scikit-learn metrics' },
  { re: /\bevaluate\.load\(|\bmlflow\.(models\.)?evaluate\(/, label: 'evaluation library' },
  { re: /\b(trainer|model)\.(evaluate|validate|test)\(/, label: 'model evaluation call' },
  { re: /\bimport torchmetrics\b|from torchmetrics\b|\blm_eval\.simple_evaluate\(|from ragas import\b.*\bevaluate\b|from deepeval\b/, label: 'metrics library' },
];

/** An ML library imported: the subject a `model.evaluate()`/`validate()` call needs to be a model's evaluation. */
export const ML_IMPORTS: SourcePattern[] = [
  { re: /^\s*(from|import)\s+(torch|tensorflow|keras|tf_keras|sklearn|jax|flax|lightning|pytorch_lightning|xgboost|lightgbm|catboost|transformers|ultralytics|mlflow|fastai|mxnet|paddle|onnxruntime|sentence_transformers|statsmodels|detectron2|mmdet|timm|accelerate)\b/, label: 'ML library' },
];
