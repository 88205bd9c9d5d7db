/** Vocabulary of the "model-serialization" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';

/** Code that writes a model to disk, one row per format. */
export const MODEL_SAVE: SourcePattern[] = [
  { re: /\bjoblib\.dump\s*\(|\bskops\.io\.dump\s*\(|\bsio\.dump\s*\(/, label: 'joblib/skops' },
  { re: /\b(c?pickle|cloudpickle|dill)\.dumps?\s*\(/, label: 'pickle' },
  { re: /\btorch\.(save|jit\.save)\s*\(/, label: 'torch.save' },
  { re: /\.save_pretrained\s*\(/, label: 'save_pretrained' },
  { re: /\btorch\.onnx\.export\s*\(|\bonnx\.save(_model)?\s*\(|\bconvert_sklearn\s*\(|\btf2onnx\.convert/, label: 'ONNX export' },
  { re: /\bmlflow\.\w+\.(save_model|log_model)\s*\(/, label: 'MLflow model flavor' },
  { re: /\btf\.saved_model\.save\s*\(|\b(model|keras_model|net|clf|estimator|booster|bst|regressor|classifier)\.save(_model)?\s*\(/, label: 'model.save' },
  // A bare `save_file(` is any upload or writer: safetensors only when qualified or writing a .safetensors file.
  { re: /\bsafetensors\.\w+\.save(_file|_model)?\s*\(|\bsave_file\s*\([^\n]*\.safetensors\b/, label: 'safetensors' },
  { re: /\bbentoml\.\w+\.save_model\s*\(/, label: 'BentoML model store' },
];

/** Code that reads a model back. */
export const MODEL_LOAD: SourcePattern[] = [
  { re: /\bjoblib\.load\s*\(|\bskops\.io\.load\s*\(|\bsio\.load\s*\(/, label: 'joblib/skops' },
  { re: /\b(c?pickle|cloudpickle|dill)\.loads?\s*\(/, label: 'pickle' },
  { re: /\btorch\.(load|jit\.load)\s*\(/, label: 'torch.load' },
  { re: /\.from_pretrained\s*\(/, label: 'from_pretrained' },
  { re: /\bInferenceSession\s*\(|\bonnx\.load(_model)?\s*\(/, label: 'ONNX load' },
  { re: /\bmlflow\.\w+\.load_model\s*\(/, label: 'MLflow model flavor' },
  { re: /\btf\.saved_model\.load\s*\(|\bload_model\s*\(/, label: 'load_model' },
  { re: /\bsafetensors\.\w+\.load(_file|_model)?\s*\(|\bload_file\s*\([^\n]*\.safetensors\b/, label: 'safetensors' },
];

/** How tests that round-trip a model are usually selected or named. */
export const ROUND_TRIP_SELECTION = /serializ|round[-_ ]?trip|save[-_]?load|persist|pickl|checkpoint/i;

/**
 * A save and a load through the project's own objects (`saver.save(model=…)`, `loader.load(uri)`): a round
 * trip when a project module they come from saves and loads models. Files and arrays (`json.load`, `np.save`,
 * `yaml.dump`) are not models: those calls are left out.
 */
export const WRAPPED_SAVE: SourcePattern[] = [{ re: /(?<!\bjson|\byaml|\btoml|\bnp|\bnumpy|\bpd|\bpandas)\.(save|save_model|dump|log_model)\s*\(/, label: 'a save' }];
export const WRAPPED_LOAD: SourcePattern[] = [{ re: /(?<!\bjson|\byaml|\btoml|\bnp|\bnumpy|\bpd|\bpandas)\.(load|load_model)\s*\(/, label: 'a load' }];
