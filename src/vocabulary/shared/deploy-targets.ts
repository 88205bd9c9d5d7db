/** Deploy targets: commands and actions that deploy a model or a service, and ephemeral clusters that do not count as a deployment. */
import type { CommandSignal, UsesSignal } from '../../model/signal.js';

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
