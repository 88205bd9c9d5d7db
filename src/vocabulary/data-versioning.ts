/** Vocabulary of the "data-versioning" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import { baseNameIs } from './rows.js';
import type { CommandSignal, FileSignal } from '../model/signal.js';

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
export const DATA_EXTENSIONS = [
  'csv',
  'tsv',
  'parquet',
  'feather',
  'arrow',
  'h5',
  'hdf5',
  'hdf',
  'npy',
  'npz',
  'pt',
  'pth',
  'ckpt',
  'pkl',
  'pickle',
  'joblib',
  'onnx',
  'safetensors',
  'bin',
  'tfrecord',
  'jsonl',
  'zip',
  'gz',
  'tar',
  'xlsx',
  'sav',
  'mat',
  'jpg',
  'jpeg',
  'png',
  'wav',
  'mp3',
  'mp4',
  'avro',
  'orc',
  'db',
  'sqlite',
  'model',
  'weights',
];

/** What a `.dvc` file tracks that is a model, not data: model weights by their extension, or a file or folder named for models. */
export const MODEL_OUT =
  /\.(?:onnx|pt|pth|ckpt|safetensors|joblib|pkl|pickle|h5|keras|pb|tflite|mlmodel|engine|gguf|ggml)$|(?:^|\/)(?:models?|checkpoints?|weights|trained_models?)(?:\/|$)|(?:^|\/)[^/]*(?:model|checkpoint|weights)[^/]*\.\w+$/i;

/** Source code that reads versioned data. */
export const DATA_VERSIONING_SOURCE: SourcePattern[] = [
  { re: /\bdvc\.api\.(open|read|get_url|DVCFileSystem)\b|from dvc\.api import\b/, label: 'DVC API' },
  { re: /\bimport lakefs\b|from lakefs(_sdk|_client)? import\b/, label: 'lakeFS client' },
  // Dataset versions kept by a tracker or a hub: a W&B artifact of type "dataset", a ClearML Dataset, a Hub dataset pinned to a revision.
  { re: /\b(?:use_artifact|Artifact)\s*\([^)\n]*\btype\s*=\s*['"]dataset['"]/, label: 'W&B dataset artifact' },
  { re: /from clearml import\b[^\n]*\bDataset\b|\bclearml\.Dataset\.(?:get|create)\s*\(/, label: 'ClearML Dataset' },
  { re: /\bload_dataset\s*\([^)\n]*\brevision\s*=/, label: 'Hugging Face dataset pinned to a revision' },
];
