/**
 * Vocabularies for profile inference (CHECKLIST §5), one row per tool or convention:
 * which dependencies mean ML, which keywords and classifiers give a package an ML theme,
 * which files show a project training its own models, and which CI steps publish a package.
 */
/**
 * Distribution names (normalised: lower case, `_` and `.` as `-`) of libraries that train,
 * evaluate, serve, track or monitor models. `*` at the end matches a family.
 */
export const ML_DEPENDENCIES: readonly string[] = [
  // frameworks
  'torch',
  'pytorch',
  'torchvision',
  'torchaudio',
  'pytorch-lightning',
  'lightning',
  'tensorflow*',
  'tf-keras',
  'keras',
  'jax',
  'jaxlib',
  'flax',
  'mxnet',
  'paddlepaddle',
  'mindspore',
  'scikit-learn',
  'sklearn',
  'xgboost',
  'lightgbm',
  'catboost',
  'fastai',
  'timm',
  'sktime',
  'darts',
  'prophet',
  'statsforecast',
  // language and vision models
  'transformers',
  'sentence-transformers',
  'diffusers',
  'peft',
  'trl',
  'accelerate',
  'tokenizers',
  'huggingface-hub',
  'datasets',
  'spacy',
  'gensim',
  'vllm',
  'ultralytics',
  // model formats and runtimes
  'onnx',
  'onnxruntime*',
  'openvino',
  'tensorrt',
  'tritonclient',
  'coremltools',
  'tf2onnx',
  'skl2onnx',
  // tracking, pipelines, serving, monitoring
  'mlflow*',
  'wandb',
  'clearml',
  'comet-ml',
  'neptune*',
  'dvclive',
  'optuna',
  'hyperopt',
  'dvc',
  'kfp',
  'zenml',
  'metaflow',
  'kedro',
  'bentoml',
  'kserve',
  'seldon-core',
  'feast',
  'evidently',
  'alibi-detect',
  'whylogs',
  'nannyml',
  'deepchecks',
  'giskard',
  'fairlearn',
  'aif360',
  // JavaScript
  '@tensorflow/tfjs*',
  'onnxruntime-node',
  'onnxruntime-web',
  '@xenova/transformers',
  '@huggingface/transformers',
  'brain-js',
  'ml5',
];

/** Maven groups (and `group:artifact` pairs) of JVM libraries that train, run or serve models, as written in pom.xml or Gradle files. */
export const JVM_ML_ARTIFACTS: RegExp =
  /\b(org\.tribuo|ai\.djl(?:\.[\w-]+)?|org\.deeplearning4j|org\.nd4j|nz\.ac\.waikato\.cms\.weka|com\.github\.haifengl|ml\.dmlc|com\.microsoft\.onnxruntime|org\.tensorflow|ai\.catboost|com\.microsoft\.ml\.lightgbm|org\.apache\.spark:spark-mllib[\w.-]*|org\.jpmml|hex\.genmodel|ai\.h2o)\b/;

/** Trove classifiers that mark an ML package. */
export const ML_CLASSIFIERS: readonly RegExp[] = [/^Topic :: Scientific\/Engineering :: (Artificial Intelligence|Image Recognition)\b/];

/** Package keywords (pyproject, setup.cfg, package.json) that give an ML theme. */
export const ML_KEYWORDS: RegExp =
  /\b(ai|ml|mlops|llmops|llms?|nlp)\b|machine[- _]?learning|deep[- _]?learning|artificial[- _]intelligence|data[- _]?scien|neural[- _]?net|computer[- _]vision|reinforcement[- _]learning|model[- _](serving|inference|deployment|training|registry|monitoring)|generative[- _]ai/i;

/**
 * Folders whose content demonstrates, documents or tests a project rather than being its
 * own ML work: a library's examples train models without the library being an ML application.
 */
export const DEMO_DIRS: ReadonlySet<string> = new Set([
  'examples',
  'example',
  'samples',
  'sample',
  'demo',
  'demos',
  'tutorials',
  'tutorial',
  'docs',
  'doc',
  'tests',
  'test',
  'testing',
  'test_data',
  'testdata',
  'fixtures',
  'benchmarks',
  'benchmark',
  'third_party',
  'vendor',
  'cookbook',
  'recipes',
]);

/** Files that define an ML pipeline or a model package of the project itself. */
export const ML_PROJECT_FILES: readonly { test: (base: string, path: string) => boolean; label: string }[] = [
  { test: (b) => b === 'dvc.yaml' || b === 'dvc.lock', label: 'defines a DVC pipeline' },
  { test: (b, p) => b.endsWith('.dvc') && b !== '.dvc' && !p.startsWith('.dvc/'), label: 'tracks data with DVC' },
  { test: (b) => b === 'MLproject', label: 'defines an MLflow project' },
  { test: (b) => b === 'Kitfile', label: 'packages a model with KitOps' },
  { test: (b) => b === 'bentofile.yaml', label: 'packages a model with BentoML' },
  { test: (b) => b === 'cog.yaml', label: 'packages a model with Cog' },
];

/** Scripts named for training or evaluating a model. */
export const ML_SCRIPT: RegExp = /^(train|training|train_model|trainer|fit|finetune|fine_tune|fine-tune|pretrain|evaluate|evaluation|eval|eval_model)([_-][\w-]+)?\.(py|r|jl)$/i;

/** Serialised models. */
export const MODEL_ARTEFACT: RegExp = /\.(pkl|pickle|joblib|onnx|pt|pth|h5|hdf5|keras|safetensors|ckpt|tflite|mlmodel|gguf)$/i;

/**
 * Package data that is a trained model: a serialised model's file pattern (`trained_models/*.pkl`, `models/*.joblib`,
 * `model_trained.sav`) or a folder of trained models. A Python package that ships one, beside its own training script,
 * is a model package of an ML application (the project's model, versioned and installed), not a library.
 */
export const MODEL_PACKAGE_DATA: RegExp = /\.(pkl|pickle|joblib|sav|onnx|pt|pth|h5|hdf5|keras|safetensors|ckpt|tflite|gguf)\b|(^|\/)trained_models?(\/|$)/i;

/** Data files in a root `data/` or `datasets/` folder. */
export const DATA_FILE: RegExp = /^(data|datasets)\/.*\.(csv|tsv|parquet|feather|arrow|jsonl|npy|npz|avro|orc)$/i;

/** Files that support an ML reading once one is made (they are common outside ML too). */
export const ML_SUPPORT_FILES: readonly { test: (base: string, path: string) => boolean; label: string }[] = [
  { test: (b) => b.endsWith('.ipynb'), label: 'is a notebook' },
  { test: (b, p) => b === 'params.yaml' && !p.includes('/'), label: 'holds experiment parameters' },
  { test: (_b, p) => DATA_FILE.test(p), label: 'is a data file in the data folder' },
];

/** Normalises a Python distribution or npm package name for comparison. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[_.]+/g, '-');
}

export function isMlDependency(name: string): boolean {
  const n = normalizeName(name);
  return ML_DEPENDENCIES.some((d) => (d.endsWith('*') ? n.startsWith(d.slice(0, -1)) : n === d));
}
