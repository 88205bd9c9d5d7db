/**
 * Well-known CircleCI orbs and the commands their steps and jobs run, so that
 * `python/test` counts as running pytest. One row per orb command or job; `arg(name,
 * fallback)` reads the parameter given where the orb is used. These follow the orbs'
 * documented defaults (circleci.com/developer/orbs); other orbs are named as not followed.
 */

export type OrbArg = (name: string, fallback: string) => string;

export interface OrbRow {
  /** A step (`orb/command`) or a workflow job (`orb/job`); some names are both. */
  kind: 'command' | 'job' | 'both';
  /** The commands it runs, in order. */
  run: (arg: OrbArg) => string[];
  /** The image of an orb job, when it has one. */
  image?: string;
}

const pythonInstall = (arg: OrbArg): string[] => {
  const manager = arg('pkg-manager', 'pipenv');
  const extra = arg('args', '');
  if (manager === 'pip') return [`pip install -r ${arg('pip-dependency-file', 'requirements.txt')} ${extra}`.trim()];
  if (manager === 'pip-dist') return [`pip install -e . ${extra}`.trim()];
  if (manager === 'poetry') return [`poetry install ${extra}`.trim()];
  if (manager === 'uv') return [`uv sync ${extra}`.trim()];
  return [`pipenv install --dev ${extra}`.trim()];
};

const pythonTest = (arg: OrbArg): string[] => {
  const tool = arg('test-tool', 'pytest');
  const args = arg('test-tool-args', '');
  const run = tool === 'unittest' ? `python -m unittest ${args}` : `pytest ${args}`;
  const manager = arg('pkg-manager', 'pipenv');
  const prefix = manager === 'pipenv' ? 'pipenv run ' : manager === 'poetry' ? 'poetry run ' : '';
  return [...pythonInstall(arg), `${prefix}${run}`.trim()];
};

const nodeInstall = (arg: OrbArg): string[] => {
  const manager = arg('pkg-manager', 'npm');
  if (manager === 'yarn') return ['yarn install --frozen-lockfile'];
  if (manager === 'yarn-berry') return ['yarn install --immutable'];
  if (manager === 'pnpm') return ['pnpm install --frozen-lockfile'];
  return ['npm ci'];
};

const nodeRun = (arg: OrbArg, script: string): string => {
  const manager = arg('pkg-manager', 'npm');
  return manager === 'npm' ? `npm run ${script}` : `${manager === 'yarn-berry' ? 'yarn' : manager} run ${script}`;
};

const dockerBuild = (arg: OrbArg): string => `docker build -f ${arg('dockerfile', 'Dockerfile')} -t ${arg('image', arg('repo', '<image>'))} ${arg('path', arg('docker-context', '.'))}`;
const dockerPush = (arg: OrbArg): string => `docker push ${arg('image', arg('repo', '<image>'))}`;
const ecrBuildPush = (arg: OrbArg): string[] => [`docker build -f ${arg('dockerfile', 'Dockerfile')} -t ${arg('repo', '<repository>')} ${arg('path', '.')}`, `docker push ${arg('repo', '<repository>')}`];
const setImage = (arg: OrbArg): string[] => [`kubectl set image ${arg('resource-name', '<resource>')} ${arg('container-image-updates', '<container>=<image>')}`];

/** Orb name (without version) → its well-known commands and jobs. */
export const WELL_KNOWN_ORBS: Readonly<Record<string, Readonly<Record<string, OrbRow>>>> = {
  'circleci/python': {
    'install-packages': { kind: 'command', run: pythonInstall },
    test: { kind: 'job', run: pythonTest, image: 'cimg/python' },
    dist: { kind: 'command', run: () => ['python -m build'] },
  },
  'circleci/node': {
    install: { kind: 'command', run: () => [] },
    'install-packages': { kind: 'command', run: nodeInstall },
    test: { kind: 'job', run: (arg) => [...nodeInstall(arg), nodeRun(arg, arg('run-command', 'test'))], image: 'cimg/node' },
    run: { kind: 'job', run: (arg) => [...nodeInstall(arg), nodeRun(arg, arg('npm-run', arg('yarn-run', 'build')))], image: 'cimg/node' },
  },
  'circleci/docker': {
    build: { kind: 'command', run: (arg) => [dockerBuild(arg)] },
    push: { kind: 'command', run: (arg) => [dockerPush(arg)] },
    publish: { kind: 'job', run: (arg) => [dockerBuild(arg), dockerPush(arg)] },
    hadolint: { kind: 'both', run: (arg) => [`hadolint ${arg('dockerfiles', 'Dockerfile')}`] },
    check: { kind: 'command', run: () => ['docker login'] },
  },
  'circleci/aws-ecr': {
    'build-and-push-image': { kind: 'both', run: ecrBuildPush },
    build_and_push_image: { kind: 'both', run: ecrBuildPush },
  },
  'circleci/aws-ecs': {
    'deploy-service-update': { kind: 'both', run: (arg) => [`aws ecs update-service --cluster ${arg('cluster', arg('cluster-name', '<cluster>'))} --service ${arg('service-name', arg('family', '<service>'))}`] },
    deploy_service_update: { kind: 'both', run: (arg) => [`aws ecs update-service --cluster ${arg('cluster', '<cluster>')} --service ${arg('service_name', arg('family', '<service>'))}`] },
  },
  'circleci/aws-s3': {
    sync: { kind: 'command', run: (arg) => [`aws s3 sync ${arg('from', '<from>')} ${arg('to', '<to>')}`] },
    copy: { kind: 'command', run: (arg) => [`aws s3 cp ${arg('from', '<from>')} ${arg('to', '<to>')}`] },
  },
  'circleci/aws-eks': {
    'update-container-image': { kind: 'both', run: setImage },
    'create-cluster': { kind: 'both', run: (arg) => [`eksctl create cluster --name ${arg('cluster-name', '<cluster>')}`] },
    'update-kubeconfig-with-authenticator': { kind: 'command', run: (arg) => [`aws eks update-kubeconfig --name ${arg('cluster-name', '<cluster>')}`] },
  },
  'circleci/aws-cli': {
    setup: { kind: 'command', run: () => [] },
  },
  'circleci/gcp-cli': {
    setup: { kind: 'command', run: () => ['gcloud auth activate-service-account'] },
  },
  'circleci/gcp-gcr': {
    'build-image': { kind: 'command', run: (arg) => [`docker build -t ${arg('image', '<image>')} ${arg('path', '.')}`] },
    'push-image': { kind: 'command', run: (arg) => [`docker push ${arg('image', '<image>')}`] },
    'build-and-push-image': { kind: 'job', run: (arg) => [`docker build -t ${arg('image', '<image>')} ${arg('path', '.')}`, `docker push ${arg('image', '<image>')}`] },
  },
  'circleci/gcp-gke': {
    'rollout-image': { kind: 'command', run: setImage },
    'publish-and-rollout-image': { kind: 'job', run: (arg) => [`docker build -t ${arg('image', '<image>')} .`, `docker push ${arg('image', '<image>')}`, ...setImage(arg)] },
  },
  'circleci/gcp-cloud-run': {
    deploy: { kind: 'command', run: (arg) => [`gcloud run deploy ${arg('service-name', '<service>')} --image ${arg('image', '<image>')}`] },
  },
  'circleci/kubernetes': {
    install: { kind: 'command', run: () => [] },
    'install-kubectl': { kind: 'command', run: () => [] },
    'create-or-update-resource': { kind: 'command', run: (arg) => [`kubectl apply -f ${arg('resource-file-path', '<file>')}`] },
    'update-container-image': { kind: 'command', run: setImage },
    'rollout-status': { kind: 'command', run: (arg) => [`kubectl rollout status ${arg('resource-name', '<resource>')}`] },
    'delete-resource': { kind: 'command', run: (arg) => [`kubectl delete ${arg('resource-types', '<type>')} ${arg('resource-names', '<name>')}`] },
  },
  'circleci/helm': {
    'upgrade-helm-chart': { kind: 'command', run: (arg) => [`helm upgrade --install ${arg('release-name', '<release>')} ${arg('chart', '<chart>')}`] },
    'install-helm-chart': { kind: 'command', run: (arg) => [`helm install ${arg('release-name', '<release>')} ${arg('chart', '<chart>')}`] },
  },
};

/** `circleci/python@2.1.1` → `circleci/python`. */
export function orbName(ref: string): string {
  return ref.replace(/@.*$/, '').trim();
}
