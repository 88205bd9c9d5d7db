import type { Evidence } from '../model/check.js';
import type { ExecStep } from '../model/execution.js';
import { allCommands } from './ci-work.js';
import { cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, matchCommands, matchFiles, matchUses, type CommandSignal, type FileSignal, type UsesSignal } from './evidence.js';
import { GENERIC_DEPLOY_COMMANDS, MODEL_DEPLOY_COMMANDS, REGISTRY_COMMANDS } from './ml-vocabulary-b.js';
import type { Check } from './types.js';

/** Actions that publish a release, a package, an image, docs or a deployment. */
export const RELEASE_USES: UsesSignal[] = [
  { uses: 'pypa/gh-action-pypi-publish', label: 'PyPI publish' },
  { uses: 'softprops/action-gh-release', label: 'GitHub release' },
  { uses: 'ncipollo/release-action', label: 'GitHub release' },
  { uses: 'actions/create-release', label: 'GitHub release' },
  { uses: 'marvinpinto/action-automatic-releases', label: 'GitHub release' },
  { uses: 'svenstaro/upload-release-action', label: 'GitHub release assets' },
  { uses: 'googleapis/release-please-action', label: 'release-please' },
  { uses: 'google-github-actions/release-please-action', label: 'release-please' },
  { uses: 'cycjimmy/semantic-release-action', label: 'semantic-release' },
  { uses: 'changesets/action', label: 'changesets' },
  { uses: 'goreleaser/goreleaser-action', label: 'GoReleaser' },
  { uses: 'JS-DevTools/npm-publish', label: 'npm publish' },
  { uses: 'helm/chart-releaser-action', label: 'Helm chart release' },
  { uses: 'redhat-actions/push-to-registry', label: 'image push' },
  { uses: 'actions/deploy-pages', label: 'GitHub Pages deploy' },
  { uses: 'peaceiris/actions-gh-pages', label: 'GitHub Pages deploy' },
  { uses: 'JamesIves/github-pages-deploy-action', label: 'GitHub Pages deploy' },
  { uses: 'google-github-actions/deploy-cloudrun', label: 'Cloud Run deploy' },
  { uses: 'google-github-actions/deploy-appengine', label: 'App Engine deploy' },
  { uses: 'aws-actions/amazon-ecs-deploy-task-definition', label: 'Amazon ECS deploy' },
  { uses: 'azure/webapps-deploy', label: 'Azure Web App deploy' },
  { uses: 'azure/functions-action', label: 'Azure Functions deploy' },
  { uses: 'azure/k8s-deploy', label: 'Kubernetes deploy' },
  { uses: 'cloudflare/wrangler-action', label: 'Cloudflare deploy' },
  { uses: 'cloudflare/pages-action', label: 'Cloudflare Pages deploy' },
  { uses: 'amondnet/vercel-action', label: 'Vercel deploy' },
  { uses: 'nwtgck/actions-netlify', label: 'Netlify deploy' },
  { uses: 'superfly/flyctl-actions', label: 'Fly.io deploy' },
  { uses: 'akhileshns/heroku-deploy', label: 'Heroku deploy' },
];

/** docker/build-push-action publishes only with `push: true` (or an expression that may be true). */
const PUSH_ACTIONS = new Set(['docker/build-push-action', 'docker/bake-action']);

/** Commands that publish or deploy. */
export const RELEASE_COMMANDS: CommandSignal[] = [
  { command: /^twine upload\b|^(uv|poetry|hatch|flit|pdm|rye) publish\b|^maturin (publish|upload)\b/, label: 'Python package upload' },
  { command: /^(npm|pnpm|bun) publish\b|^yarn (npm )?publish\b|^changeset publish\b|^lerna publish\b/, label: 'npm publish' },
  { command: /^(docker|podman) (image )?push\b|^(docker|podman) buildx (build|bake)\b.*(--push\b|--output[= ]\S*(push=true|type=registry))|^docker buildx imagetools create\b|^docker manifest push\b|^(docker compose|docker-compose) push\b|^(crane|skopeo) (push|copy)\b|^ko (build|publish|resolve)\b(?!.*--local)/, label: 'image push' },
  { command: /^goreleaser( release)?\b(?!.*(--snapshot|build|check))/, label: 'GoReleaser release' },
  { command: /^gh release (create|upload)\b|^(release-please|semantic-release)\b/, label: 'GitHub release' },
  { command: /^cargo publish\b|^(mvn|\.\/mvnw)\b.*\bdeploy\b|^(gradle|\.\/gradlew)\b.*\bpublish\w*\b|^gem push\b|^dotnet nuget push\b|^(anaconda|rattler-build) upload\b/, label: 'package publish' },
  { command: /^helm (push|cm-push)\b|^helm chart push\b/, label: 'Helm chart push' },
  { command: /^mkdocs gh-deploy\b|^ghp-import\b.*(-p|--push)|^gh-pages\b/, label: 'docs deploy' },
  { command: /^gcloud (run|app|functions) deploy\b|^az (webapp|functionapp|containerapp) (deploy|up|update)\b|^(vercel|netlify) deploy\b|^vercel\b.*--prod|^(flyctl|fly) deploy\b|^(firebase|serverless|sls|cdk|sam|wrangler) (deploy|publish)\b|^heroku container:release\b/, label: 'cloud deploy' },
];

/** Release configuration files (`present`). */
export const RELEASE_FILES: FileSignal[] = [
  { test: (p) => /^\.goreleaser\.ya?ml$/.test(p), label: 'GoReleaser configuration' },
  { test: (p) => /^(\.releaserc(\.\w+)?|release\.config\.[cm]?js)$/.test(p), label: 'semantic-release configuration' },
  { test: (p) => /^(release-please-config\.json|\.release-please-manifest\.json)$/.test(p), label: 'release-please configuration' },
  { test: (p) => p === '.changeset/config.json', label: 'changesets configuration' },
];

/** A push to a registry on the runner itself (a kind or local registry) is a test step, not a release. */
const LOCAL_REGISTRY = /(^|\s)(localhost|127\.0\.0\.1|kind-registry|registry\.local|0\.0\.0\.0)(:\d+)?\//;

/** When the step runs, in words: on a published release, on a tag push, or not said. */
export function releaseWhen(exec: ExecStep): string {
  const parts: string[] = [];
  const wf = exec.workflow;
  if (exec.reach.events.includes('release')) parts.push('on "release"');
  const tags = wf.triggers.filter((t) => t.event === 'push' && exec.reach.events.includes('push')).flatMap((t) => t.tags.map((x) => x.value));
  if (tags.length > 0) parts.push(`on tag push (${tags.map((t) => `"${t}"`).join(', ')})`);
  else if (exec.reach.conditions.some((c) => /refs\/tags|github\.ref_type\s*==\s*['"]tag/.test(c))) parts.push('on tag push (by its `if:`)');
  return parts.length > 0 ? ` It runs ${parts.join(' and ')}.` : '';
}

export const release: Check = {
  meta: {
    id: 'release',
    phase: 'devops',
    title: 'Release and deploy',
    practice: 'Releases are published or deployed automatically.',
    typicalEvidence: 'pypa/gh-action-pypi-publish, twine upload, docker push, goreleaser, softprops/action-gh-release, on `release` or tag push; deployment of the application or its docs (pages, cloud)',
    remediation: 'Publish from a workflow on "release" or on a tag push: pypa/gh-action-pypi-publish with trusted publishing (Python), docker/build-push-action with push: true (images), goreleaser (Go), softprops/action-gh-release (GitHub releases).',
    example: 'on:\n  release:\n    types: [published]\njobs:\n  publish:\n    steps:\n      - run: pipx run build\n      - uses: pypa/gh-action-pypi-publish@release/v1',
  },
  evaluate(a) {
    const uses = matchUses(a, RELEASE_USES);
    const pushes = a.steps.filter((s) => {
      const name = s.step.uses?.value.replace(/@.*$/, '').toLowerCase();
      const push = s.step.with['push']?.value.trim();
      return name !== undefined && PUSH_ACTIONS.has(name) && push !== undefined && (push === 'true' || push.includes('${{'));
    });
    const commands = matchCommands(a, RELEASE_COMMANDS, allCommands(a)).filter((m) => !LOCAL_REGISTRY.test(` ${m.command.argv.join(' ')}`));
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Publishes with ${m.signal.label} (uses: ${m.exec.step.uses!.value}).${releaseWhen(m.exec)}`)),
      ...pushes.map((s) => execEvidence(s, `Pushes an image (uses: ${s.step.uses!.value} with push: ${s.step.with['push']!.value}).${releaseWhen(s)}`)),
      ...commands.map((m) => commandEvidence(m.command, `Publishes with ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`)),
    ];
    // Deploying the application counts when the job names its target (`environment:`): a kind
    // cluster in a test job has none. Pushing a model artifact to a registry publishes it.
    const deploys = matchCommands(a, [...MODEL_DEPLOY_COMMANDS, ...GENERIC_DEPLOY_COMMANDS], allCommands(a)).filter((m) => m.command.exec.job.environment !== undefined);
    for (const m of deploys) evidence.push(commandEvidence(m.command, `Deploys to ${m.signal.label} in environment "${m.command.exec.job.environment!.value}": \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
    const artifacts = matchCommands(a, REGISTRY_COMMANDS, allCommands(a));
    for (const m of artifacts) evidence.push(commandEvidence(m.command, `Publishes the model: ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
    for (const f of matchFiles(a, RELEASE_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const findings = cannotFailFindings('release', 'publish step', [...uses.map((m) => m.exec), ...pushes, ...commands.map((m) => m.command), ...deploys.map((m) => m.command), ...artifacts.map((m) => m.command)]);
    return decide(evidence, {
      automated: 'Releases or deployments are published by a workflow on an automated trigger.',
      present: 'A release is configured or a publish workflow exists, but it runs only by hand (workflow_dispatch) or not at all.',
      absent: 'No publish or deploy step was found in the workflows (PyPI publish, docker push, goreleaser, GitHub release, pages deploy ...) and no release configuration in the repository.',
    }, findings);
  },
};
