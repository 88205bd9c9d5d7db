/** Vocabulary of the "serving-tests" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal } from '../model/signal.js';

/** Load generators. */
export const LOAD_TEST_COMMANDS: CommandSignal[] = [
  { command: /^locust\b/, label: 'Locust' },
  { command: /^k6 (run|cloud)\b/, label: 'k6' },
  { command: /^(vegeta attack|artillery run|ghz|perf_analyzer|genai-perf|hey|wrk|oha)\b|^ab\b.*\s-n\b/, label: 'load generator' },
];

/** Commands that start a server or a container in the job, for a request to reach. */
export const SERVER_START: CommandSignal[] = [
  { command: /^(docker|podman) (container )?run\b/, label: 'container' },
  { command: /^(docker compose|docker-compose|podman-compose)\b.*\bup\b/, label: 'compose services' },
  { command: /^(bentoml serve|mlflow models serve|uvicorn|gunicorn|torchserve|tritonserver|serve run|litserve|vllm serve)\b/, label: 'model server' },
  { command: /^kubectl port-forward\b/, label: 'port-forward' },
];

/**
 * What a `kubectl port-forward` must forward to for a health poll through it to test serving: a model
 * server or an inference service by its name (a platform's API server or a tracking server is not).
 */
export const FORWARDED_MODEL_SERVER = /^(svc\/|service\/|pod\/|deployment\/|deploy\/)?[\w.-]*\b(predictor|inference|infer|model|models|serving|kserve|seldon|triton|torchserve|bento\w*|vllm|llm)\b/i;

/** Commands that build an image from the repository in the job: a health poll of a container counts only against one of these. */
export const IMAGE_BUILD: CommandSignal[] = [
  { command: /^(docker|podman) (buildx )?build\b|^(docker compose|docker-compose|podman-compose)\b.*\b(build|up\b.*--build)\b|^(bentoml containerize|cog build|mlflow models build-docker|s2i build|pack build)\b/, label: 'image build' },
];

/** The subject a serving test needs: a model served or a predict/infer route (in the test or a project module it imports). */
export const SERVED_MODEL: SourcePattern[] = [
  { re: /["'`][^"'`\n]*\/(predict|predictions|invocations|infer|inference|classify|generate|embed|v[12]\/models)\b/, label: 'a prediction route' },
  { re: /\b(load_model|load_learner|from_pretrained|joblib\.load|torch\.load|pickle\.load|InferenceSession)\s*\(|\.predict(_proba)?\s*\(/, label: 'a model loaded or predicting' },
  { re: /^\s*(from|import)\s+(bentoml|mlflow\.pyfunc|kserve|litserve|ray\s*\.?\s*serve|ray\.serve|torchserve|tritonclient|seldon_core)\b/, label: 'a model-serving library' },
];

/** A request to a prediction endpoint (tested anywhere in the line: it often sits in a retry loop). */
export const PREDICT_REQUEST = /(^|[\s;(])(curl|wget|http|https|xh)\s.*(\/predict|\/invocations|\/infer\b|:predict\b|\/v[12]\/models\b|\/generate(?![\w-])|\/v1\/(chat\/)?completions|\/classify|\/embed\b)/;
export const HEALTH_REQUEST = /(^|[\s;(])(curl|wget|http|xh)\s.*(\/healthz?|\/readyz?|\/livez|\/ping|\/v2\/health|\/docs|\/metrics)\b/;

/** Code that sends requests to a serving API (tests, smoke or load scripts). */
export const SERVING_SOURCE: SourcePattern[] = [
  { re: /^\s*"?from\s+locust\s+import\b|^\s*"?import\s+locust\b/, label: 'Locust load test' },
  { re: /from\s+['"]k6(\/http)?['"]/, label: 'k6 load test' },
  // A test client used (not a test class that happens to be named `TestClient`).
  { re: /(?<!\bclass\s+)\bTestClient\s*\(|\.test_client\s*\(/, label: 'an API test client' },
  { re: /\.(post|get)\s*\(\s*f?["'][^"']*\/(predict|invocations|infer|v[12]\/models|generate)/, label: 'a request to a prediction endpoint' },
];

/**
 * Test selections (paths, markers, task names) that name model serving. "api" and "server"
 * alone do not: a web UI's server or a REST API of a platform is not a model being served,
 * and tests of a prediction API are found by their content (a test client, a /predict request).
 */
export const SERVING_SELECTION = /\b(serving|inference|predict(ions?)?|endpoints?|locust|load[-_]tests?)\b/i;
