/**
 * Vocabularies of the packaging, deployment and monitoring items: one row per tool.
 * Command patterns are tested against `argv.join(' ')` (wrappers such as `uv run` and
 * `python -m` removed); source patterns against code lines with comments blanked.
 */
import type { CommandSignal, FileSignal, UsesSignal } from './evidence.js';
import { baseNameIs } from './evidence.js';
import type { SourcePattern } from '../parse/source.js';

/** A pattern with a label, for text that is neither a command nor a code line (Dockerfile lines, image names). */
export interface TextSignal {
  re: RegExp;
  label: string;
}

/** Model servers named in a Dockerfile's CMD or ENTRYPOINT. */
export const STRONG_SERVER: TextSignal[] = [
  { re: /\btorchserve\b/, label: 'TorchServe' },
  { re: /\btritonserver\b/, label: 'Triton Inference Server' },
  { re: /\btensorflow_model_server\b/, label: 'TensorFlow Serving' },
  { re: /\bbentoml\b["',\s]+serve\b/, label: 'BentoML' },
  { re: /\bmlflow\b["',\s]+models\b["',\s]+serve\b/, label: 'MLflow model server' },
  { re: /\bvllm\b["',\s]+serve\b|vllm\.entrypoints/, label: 'vLLM' },
  { re: /\btext-generation-launcher\b/, label: 'Text Generation Inference' },
  { re: /\bseldon-core-microservice\b|\bmlserver\b["',\s]+start\b/, label: 'Seldon' },
  { re: /\bkserve\b|\bray\b["',\s]+serve\b|\bserve\b["',\s]+run\b/, label: 'KServe / Ray Serve' },
  { re: /\blitserve\b|\bcog\b["',\s]+predict\b/, label: 'model server' },
];

/** Web servers that serve a model when the image also holds or names one. */
export const WEAK_SERVER: TextSignal[] = [
  { re: /\b(uvicorn|gunicorn|hypercorn|waitress-serve|granian)\b/, label: 'web server' },
  { re: /\bflask\b["',\s]+run\b|\bstreamlit\b["',\s]+run\b|\bgradio\b/, label: 'web app' },
  { re: /\bpython[0-9.]*\b["',\s]+\S*(app|serve|server|api|predict|inference|main)\w*\.py\b/, label: 'Python server script' },
];

/** Base images that are model servers. */
export const SERVER_IMAGE: TextSignal[] = [
  { re: /pytorch\/torchserve|tritonserver|tensorflow\/serving|seldonio\/|kserve\/|vllm\/vllm-openai|text-generation-inference|bentoml\/model-server|mlserver/, label: 'model-server base image' },
];

/** A Dockerfile that mentions a model: model files or a model path. */
export const MODEL_ARTIFACT_MENTION = /model|\.(pkl|joblib|onnx|pt|pth|safetensors|h5|keras|mar|gguf)\b/i;

/** Kubernetes manifests (YAML lines) that describe a model server. */
export const SERVING_MANIFESTS: SourcePattern[] = [
  { re: /^\s*kind:\s*["']?(InferenceService|ServingRuntime|ClusterServingRuntime|InferenceGraph)\b/, label: 'KServe' },
  { re: /^\s*kind:\s*["']?SeldonDeployment\b/, label: 'Seldon Core' },
  { re: /^\s*kind:\s*["']?RayService\b/, label: 'Ray Serve' },
  { re: /^\s*-?\s*image:\s*["']?\S*(tritonserver|pytorch\/torchserve|tensorflow\/serving|seldonio\/|kserve\/|vllm\/vllm-openai|text-generation-inference|mlserver)/, label: 'model-server image' },
];

/** Commands that package a model as a versioned artifact. */
export const PACKAGING_COMMANDS: CommandSignal[] = [
  { command: /^kit pack\b/, label: 'a KitOps ModelKit (kit pack)' },
  { command: /^bentoml (build|containerize)\b/, label: 'a Bento (bentoml build/containerize)' },
  { command: /^mlflow models (build-docker|generate-dockerfile)\b/, label: 'an MLflow model image' },
  { command: /^cog (build|push)\b/, label: 'a Cog model image' },
  { command: /^torch-model-archiver\b/, label: 'a TorchServe model archive' },
  { command: /^truss (image build|build)\b/, label: 'a Truss image' },
  { command: /^ollama create\b/, label: 'an Ollama model (Modelfile)' },
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

export const REGISTRY_USES: UsesSignal[] = [
  { uses: 'azure/aml-registermodel', label: 'Azure ML model registration' },
];

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

/** Commands that start a workflow run elsewhere (retraining, a deployment ...). */
export const DISPATCH_COMMANDS: CommandSignal[] = [
  { command: /^gh workflow run\b/, label: 'gh workflow run' },
  { command: /^gh api\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
  { command: /^curl\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
];

export const DISPATCH_USES: UsesSignal[] = [
  { uses: 'peter-evans/repository-dispatch', label: 'repository_dispatch' },
  { uses: 'benc-uk/workflow-dispatch', label: 'workflow_dispatch' },
  { uses: 'actions/github-script', label: 'GitHub API script' },
];

/** Training on a cloud service, started from CI. */
export const CLOUD_TRAINING_COMMANDS: CommandSignal[] = [
  { command: /^aws sagemaker (create-training-job|start-pipeline-execution)\b/, label: 'SageMaker training' },
  { command: /^az ml job create\b/, label: 'Azure ML job' },
  { command: /^gcloud ai (custom-jobs|hp-tuning-jobs) create\b/, label: 'Vertex AI training job' },
];

export const TRAINING_USES: UsesSignal[] = [{ uses: 'azure/aml-run', label: 'Azure ML training run' }];

/** Training code (a script a command runs) when the script's name does not say so. */
export const TRAINING_SOURCE: SourcePattern[] = [
  { re: /\b(trainer|model|clf|estimator|pipeline|pipe|learner)\.(fit|train)\s*\(/, label: 'training code' },
  { re: /\b(pl\.|lightning\.)?Trainer\s*\(|\bSFTTrainer\s*\(/, label: 'training code' },
];

/** Commands that deploy a model to a model-serving platform. */
export const MODEL_DEPLOY_COMMANDS: CommandSignal[] = [
  { command: /^aws sagemaker (create-endpoint|update-endpoint)\b/, label: 'a SageMaker endpoint' },
  { command: /^az ml (online|batch)-(endpoint|deployment) (create|update)\b/, label: 'an Azure ML endpoint' },
  { command: /^gcloud ai endpoints (deploy-model|mutate-deployed-model)\b/, label: 'a Vertex AI endpoint' },
  { command: /^bentoml (deploy|deployment (create|update|apply))\b/, label: 'a BentoCloud deployment' },
  { command: /^mlflow (deployments (create|update)|sagemaker deploy)\b/, label: 'an MLflow deployment' },
  { command: /^seldon (model|pipeline|experiment) (load|start)\b/, label: 'a Seldon model' },
  { command: /^kubectl\b.*\b(inferenceservices?|isvc|seldondeployments?)\b/, label: 'a KServe/Seldon model' },
  { command: /^(huggingface-cli|hf) upload\b.*--repo-type[= ]space\b/, label: 'a Hugging Face Space' },
  { command: /^git push\b.*huggingface\.co\/spaces\//, label: 'a Hugging Face Space' },
  { command: /^truss push\b/, label: 'a Baseten model (truss push)' },
  { command: /^serve deploy\b/, label: 'a Ray Serve application' },
];

/** Actions that deploy a model to a model-serving platform. */
export const MODEL_DEPLOY_USES: UsesSignal[] = [
  { uses: 'azure/aml-deploy', label: 'an Azure ML endpoint' },
];

/** Deployments of any service: they deploy a model when the repository serves one. */
/** Global options a CLI takes before its subcommand (`kubectl --kubeconfig k -n prod apply`): flags, each with an optional value. */
const GLOBAL_OPTIONS = String.raw`(?:\s+--?[\w-]+(?:[= ](?!-)\S+)?)*`;

export const GENERIC_DEPLOY_COMMANDS: CommandSignal[] = [
  { command: new RegExp(String.raw`^kubectl${GLOBAL_OPTIONS}\s+(apply|create|replace|set image|rollout restart)\b`), label: 'Kubernetes (kubectl)' },
  { command: new RegExp(String.raw`^helm${GLOBAL_OPTIONS}\s+(upgrade|install)\b`), label: 'Kubernetes (Helm)' },
  { command: /^(kustomize build|kubectl kustomize)\b/, label: 'Kubernetes (kustomize)' },
  { command: /^gcloud (run|app) deploy\b/, label: 'Google Cloud Run / App Engine' },
  { command: /^az (containerapp (up|update|create)|webapp (up|deploy))\b/, label: 'Azure Container Apps / Web Apps' },
  { command: /^aws ecs update-service\b|^(sam|cdk|serverless|sls) deploy\b/, label: 'AWS' },
  { command: /^(fly|flyctl) deploy\b|^railway up\b|^modal deploy\b/, label: 'a cloud platform' },
  { command: /^argocd app sync\b|^skaffold (run|deploy)\b/, label: 'Kubernetes (GitOps)' },
];

export const GENERIC_DEPLOY_USES: UsesSignal[] = [
  { uses: 'azure/k8s-deploy', label: 'Kubernetes (azure/k8s-deploy)' },
  { uses: 'google-github-actions/deploy-cloudrun', label: 'Google Cloud Run' },
  { uses: 'aws-actions/amazon-ecs-deploy-task-definition', label: 'Amazon ECS' },
  { uses: 'azure/webapps-deploy', label: 'Azure Web Apps' },
  { uses: 'azure/container-apps-deploy-action', label: 'Azure Container Apps' },
  { uses: 'deliverybot/helm', label: 'Kubernetes (Helm)' },
];

/** A throwaway cluster in the runner: what is applied there is tested, not deployed. */
export const EPHEMERAL_CLUSTER_COMMANDS: CommandSignal[] = [
  { command: /^kind create cluster\b|^minikube start\b|^k3d cluster create\b|^ctlptl (create|apply)\b|^microk8s\b/, label: 'local cluster' },
];

export const EPHEMERAL_CLUSTER_USES: UsesSignal[] = [
  { uses: 'helm/kind-action', label: 'kind' },
  { uses: 'container-tools/kind-action', label: 'kind' },
  { uses: 'medyagh/setup-minikube', label: 'minikube' },
  { uses: 'manusa/actions-setup-minikube', label: 'minikube' },
  { uses: 'AbsaOSS/k3d-action', label: 'k3d' },
  { uses: 'nolar/setup-k3d-k3s', label: 'k3d' },
];
