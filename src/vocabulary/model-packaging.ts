/** Vocabulary of the "model-packaging" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal, FileSignal, UsesSignal } from '../model/signal.js';
import { baseNameIs } from './rows.js';
import { SETUP_SCRIPT_DIST } from './build.js';

/** Commands that package a model as a versioned artifact. */
export const PACKAGING_COMMANDS: CommandSignal[] = [
  { command: /^kit pack\b/, label: 'a KitOps ModelKit (kit pack)' },
  { command: /^bentoml (build|containerize)\b/, label: 'a Bento (bentoml build/containerize)' },
  { command: /^mlflow models (build-docker|generate-dockerfile)\b/, label: 'an MLflow model image' },
  { command: /^cog (build|push)\b/, label: 'a Cog model image' },
  { command: /^torch-model-archiver\b/, label: 'a TorchServe model archive' },
  { command: /^truss (image build|build)\b/, label: 'a Truss image' },
  { command: /^ollama create\b/, label: 'an Ollama model (Modelfile)' },
  { command: /^mlem (build|deployment run|deploy)\b/, label: 'an MLEM model (built into a served image by MLEM)' },
];

/** Actions that package a model (setup actions show the tool is used in the workflow). */
export const PACKAGING_USES: UsesSignal[] = [
  { uses: 'jozu-ai/gh-kit-setup', label: 'KitOps CLI (set up)' },
  { uses: 'kitops-ml/gh-kit-setup', label: 'KitOps CLI (set up)' },
  { uses: 'bentoml/', label: 'BentoML action' },
];

/** Files that describe a model package. */
export const PACKAGING_FILES: FileSignal[] = [
  { test: baseNameIs('Kitfile', 'kitfile', 'Kitfile.yaml', 'Kitfile.yml'), label: 'KitOps Kitfile' },
  { test: baseNameIs('bentofile.yaml', 'bentofile.yml'), label: 'BentoML bentofile' },
  { test: baseNameIs('cog.yaml'), label: 'Cog configuration' },
  { test: baseNameIs('Modelfile'), label: 'Ollama Modelfile' },
];

/** Code that defines a model package (a service or predictor the packaging tool builds). */
export const PACKAGING_SOURCE: SourcePattern[] = [
  { re: /@bentoml\.service\b|\bbentoml\.Service\s*\(/, label: 'a BentoML service definition' },
  { re: /\bmlflow\.models\.build_docker\s*\(/, label: 'an MLflow model image build' },
  { re: /\bclass\s+\w+\s*\(\s*(cog\.)?BasePredictor\s*\)/, label: 'a Cog predictor' },
];

/**
 * Code in a test that builds a model package (CHECKLIST §5: a packaging tool's own feature tests, or an
 * application's test that builds its package): a Bento built from its bentofile, a ModelKit packed from
 * its Kitfile (by the `kit` CLI, or by the CLI under test called in process with "pack"), a Cog or MLflow image.
 */
export const PACKAGE_BUILD_IN_TESTS: SourcePattern[] = [
  { re: /\bbentoml\.build\s*\(|\bbentos\.build(_bentofile)?\s*\(|\bbentoml\s+build\b/, label: 'a Bento built (bentoml build)' },
  { re: /\bkit\s+pack\b|["']pack["']\s*,[^\n]*\b\w*(model_?kit|kitfile)\w*\b/i, label: 'a ModelKit packed (kit pack)' },
  { re: /\bcog\s+build\b/, label: 'a Cog image built (cog build)' },
  { re: /\bmlflow\.models\.build_docker\s*\(|\bmlflow\s+models\s+build-docker\b/, label: 'an MLflow model image built' },
];

export const DOCKER_BUILD = /^(docker|podman) (buildx )?build\b|^(docker|podman) image build\b/;

/** Commands that build a Python package (sdist or wheel): a model package's build when run in its folder or on it. */
export const PYTHON_PACKAGE_BUILD: CommandSignal[] = [
  { command: /^(build|pyproject-build)\b/, label: 'python -m build' },
  { command: /^(uv|poetry|hatch|pdm|flit|rye) build\b/, label: 'Python package build' },
  { command: /^(pip|pip3) wheel\b|^uv pip wheel\b/, label: 'pip wheel' },
  { command: /^python[0-9.]* \S*setup\.py\b.*\b(sdist|bdist_wheel|bdist)\b/, label: 'setup.py sdist/bdist_wheel' },
  { command: SETUP_SCRIPT_DIST, label: 'setup.py sdist/bdist_wheel' },
];
