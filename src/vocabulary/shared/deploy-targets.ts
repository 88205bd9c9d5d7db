/** Deploy targets: commands and actions that deploy a model or a service, and ephemeral clusters that do not count as a deployment. */
import type { CommandSignal, TextSignal, UsesSignal } from '../../model/signal.js';

/** Commands that deploy a model to a model-serving platform. */
export const MODEL_DEPLOY_COMMANDS: CommandSignal[] = [
  // `create-endpoint-config` only describes an endpoint; creating or updating the endpoint (or its traffic weights) deploys.
  { command: /^aws sagemaker (create-endpoint|update-endpoint|update-endpoint-weights-and-capacities)(?![\w-])/, label: 'a SageMaker endpoint' },
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
  { command: /^anyscale services? (rollout|deploy)\b/, label: 'an Anyscale service (Ray Serve)' },
  { command: /^mlem deployment run\b|^mlem deploy\b/, label: 'an MLEM deployment' },
  { command: /^aws sagemaker (create|update)-inference-component\b/, label: 'a SageMaker inference component' },
  { command: /^gcloud ai endpoints (create|deploy-model)\b/, label: 'a Vertex AI endpoint' },
  { command: /^(modal deploy|baseten deploy|replicate deployments? (create|update)|cog push)\b/, label: 'a model-hosting platform' },
];

/** Actions that deploy a model to a model-serving platform. */
export const MODEL_DEPLOY_USES: UsesSignal[] = [{ uses: 'azure/aml-deploy', label: 'an Azure ML endpoint' }];

/** Action families that deploy a model, matched on the action's `owner/repo[/path]` (any action of AWS's named for SageMaker). */
export const MODEL_DEPLOY_USES_NAMED: TextSignal[] = [{ re: /^aws-actions\/.*sagemaker/, label: 'SageMaker' }];

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
  { command: /^heroku (container:release|releases:create|builds:create)\b|^git push\b.*\bheroku\b/, label: 'Heroku' },
  { command: /^aws lambda (update-function-code|create-function)\b|^aws apprunner (start-deployment|create-service|update-service)\b|^eb deploy\b|^copilot (svc |job )?deploy\b/, label: 'AWS' },
  { command: /^gcloud (functions|beta functions) deploy\b|^func azure functionapp publish\b|^az functionapp (deployment|deploy)\b/, label: 'a cloud function' },
  { command: /^(vercel|netlify)\b.*--prod\b|^render (deploys? create|services deploy)\b|^doctl apps (create-deployment|update)\b|^kamal deploy\b/, label: 'a cloud platform' },
  { command: /^argocd app sync\b|^skaffold (run|deploy)\b/, label: 'Kubernetes (GitOps)' },
];

export const GENERIC_DEPLOY_USES: UsesSignal[] = [
  { uses: 'azure/k8s-deploy', label: 'Kubernetes (azure/k8s-deploy)' },
  { uses: 'google-github-actions/deploy-cloudrun', label: 'Google Cloud Run' },
  { uses: 'aws-actions/amazon-ecs-deploy-task-definition', label: 'Amazon ECS' },
  { uses: 'azure/webapps-deploy', label: 'Azure Web Apps' },
  { uses: 'azure/container-apps-deploy-action', label: 'Azure Container Apps' },
  { uses: 'deliverybot/helm', label: 'Kubernetes (Helm)' },
  { uses: 'akhileshns/heroku-deploy', label: 'Heroku' },
  { uses: 'gonuit/heroku-docker-deploy', label: 'Heroku' },
  { uses: 'superfly/flyctl-actions', label: 'Fly.io' },
  { uses: 'appleboy/lambda-action', label: 'AWS Lambda' },
  { uses: 'aws-actions/aws-lambda-deploy', label: 'AWS Lambda' },
  { uses: 'einaregilsson/beanstalk-deploy', label: 'AWS Elastic Beanstalk' },
  { uses: 'google-github-actions/deploy-appengine', label: 'Google App Engine' },
  { uses: 'google-github-actions/deploy-cloud-functions', label: 'Google Cloud Functions' },
  { uses: 'azure/functions-action', label: 'Azure Functions' },
  { uses: 'amondnet/vercel-action', label: 'Vercel' },
];

/** A throwaway cluster in the runner: what is applied there is tested, not deployed. */
export const EPHEMERAL_CLUSTER_COMMANDS: CommandSignal[] = [{ command: /^kind create cluster\b|^minikube start\b|^k3d cluster create\b|^ctlptl (create|apply)\b|^microk8s\b/, label: 'local cluster' }];

export const EPHEMERAL_CLUSTER_USES: UsesSignal[] = [
  { uses: 'helm/kind-action', label: 'kind' },
  { uses: 'container-tools/kind-action', label: 'kind' },
  { uses: 'medyagh/setup-minikube', label: 'minikube' },
  { uses: 'manusa/actions-setup-minikube', label: 'minikube' },
  { uses: 'AbsaOSS/k3d-action', label: 'k3d' },
  { uses: 'nolar/setup-k3d-k3s', label: 'k3d' },
];
