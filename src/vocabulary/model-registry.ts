/** Vocabulary of the "model-registry" item: the detection rows its check reads, as data. */
import type { CommandSignal, UsesSignal } from '../model/signal.js';
import type { SourcePattern } from '../model/signal.js';

/** Commands that push a model to a registry. */
export const REGISTRY_COMMANDS: CommandSignal[] = [
  { command: /^kit push\b/, label: 'pushes a ModelKit to an OCI registry (kit push)' },
  { command: /^(huggingface-cli|hf) upload\b(?!.*--repo-type[= ]space)/, label: 'uploads to the Hugging Face Hub' },
  { command: /^git push\b.*huggingface\.co\/(?!spaces\/)/, label: 'pushes to the Hugging Face Hub' },
  { command: /^bentoml (push|models push)\b/, label: 'pushes to BentoCloud' },
  { command: /^cog push\b/, label: 'pushes to Replicate (cog push)' },
  { command: /^wandb artifact put\b/, label: 'puts a W&B artifact' },
  { command: /^gto (register|promote|assign)\b/, label: 'registers a model version with GTO' },
  { command: /^az ml model (create|register)\b/, label: 'registers an Azure ML model' },
  { command: /^aws sagemaker create-model-package\b/, label: 'registers a SageMaker model package' },
  { command: /^gcloud ai models upload\b/, label: 'uploads to the Vertex AI Model Registry' },
];

export const REGISTRY_USES: UsesSignal[] = [{ uses: 'azure/aml-registermodel', label: 'Azure ML model registration' }];

/** A Hugging Face Hub call's repository type that holds no model: a Space (an app) or a dataset. */
export const NON_MODEL_REPO_TYPE = /\brepo_type\s*=\s*["'](space|dataset)["']/;

/** Code that registers or pushes a model. */
export const REGISTRY_SOURCE: SourcePattern[] = [
  { re: /\bmlflow\.register_model\s*\(|\bregistered_model_name\s*=/, label: 'MLflow Model Registry' },
  { re: /\.(create_model_version|create_registered_model|transition_model_version_stage|set_registered_model_alias)\s*\(/, label: 'MLflow Model Registry' },
  { re: /\.push_to_hub\s*\(|\bupload_folder\s*\(/, label: 'Hugging Face Hub' },
  { re: /wandb\.Artifact\s*\(.*type\s*=\s*["']model["']|\b(run|wandb)\.(log_model|link_model|link_artifact|log_artifact)\s*\(/, label: 'W&B artifacts' },
  { re: /\bneptune\.init_model(_version)?\s*\(/, label: 'Neptune model registry' },
  { re: /\bOutputModel\s*\(/, label: 'ClearML model registry' },
  { re: /\bexperiment\.register_model\s*\(/, label: 'Comet model registry' },
  { re: /\bml_client\.models\.create_or_update\s*\(|\bModel\.register\s*\(/, label: 'Azure ML model registry' },
  { re: /\baiplatform\.Model\.upload\s*\(/, label: 'Vertex AI Model Registry' },
  { re: /\bmodel_package_group_name\s*=/, label: 'SageMaker Model Registry' },
  { re: /\bbentoml\.models\.push\s*\(/, label: 'BentoCloud model store' },
];

/**
 * A test that pushes a model package to a registry: a packaging tool's own push feature tested (CHECKLIST §5), e.g. a Go
 * testscript that runs `cog push` or `kit push` against a registry the test starts.
 */
export const REGISTRY_PUSH_IN_TESTS: SourcePattern[] = [
  { re: /\bkit\s+push\b/, label: 'a ModelKit pushed (kit push)' },
  { re: /\bcog\s+push\b/, label: 'a Cog model pushed (cog push)' },
  { re: /\bbentoml\s+(models\s+)?push\b/, label: 'a Bento pushed (bentoml push)' },
];
