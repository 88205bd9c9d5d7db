/** Model servers: what a Dockerfile or command that serves a model looks like. */
import type { SourcePattern } from '../../model/signal.js';
import type { TextSignal } from '../../model/signal.js';

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

/** AWS Lambda base images: the function image serves its handler; it serves a model when the image also holds one. */
export const LAMBDA_IMAGE: TextSignal = { re: /^(?:public\.ecr\.aws\/lambda\/|amazon\/aws-lambda-)/, label: 'AWS Lambda function image' };

/** A Dockerfile that mentions a model: model files or a model path. */
export const MODEL_ARTIFACT_MENTION = /model|\.(pkl|joblib|onnx|pt|pth|safetensors|h5|keras|mar|gguf)\b/i;

/** Kubernetes manifests (YAML lines) that describe a model server. */
export const SERVING_MANIFESTS: SourcePattern[] = [
  { re: /^\s*kind:\s*["']?(InferenceService|ServingRuntime|ClusterServingRuntime|InferenceGraph)\b/, label: 'KServe' },
  { re: /^\s*kind:\s*["']?SeldonDeployment\b/, label: 'Seldon Core' },
  { re: /^\s*kind:\s*["']?RayService\b/, label: 'Ray Serve' },
  { re: /^\s*-?\s*image:\s*["']?\S*(tritonserver|pytorch\/torchserve|tensorflow\/serving|seldonio\/|kserve\/|vllm\/vllm-openai|text-generation-inference|mlserver)/, label: 'model-server image' },
];
