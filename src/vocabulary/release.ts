/** Vocabulary of the "release" item: the detection rows its check reads, as data. */
import type { CommandSignal, FileSignal, UsesSignal } from '../model/signal.js';
import { PUBLISH_COMMANDS, PUBLISH_USES } from './shared/publishers.js';

/** Actions that publish a release, a package (the shared publishers), an image, docs or a deployment. */
export const RELEASE_USES: UsesSignal[] = [
  ...PUBLISH_USES,
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
  { uses: 'helm/chart-releaser-action', label: 'Helm chart release' },
  { uses: 'redhat-actions/push-to-registry', label: 'image push' },
  { uses: 'jwalton/gh-ecr-push', label: 'image push to Amazon ECR' },
  { uses: 'kciter/aws-ecr-action', label: 'image push to Amazon ECR' },
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
export const PUSH_ACTIONS = new Set(['docker/build-push-action', 'docker/bake-action']);

/** Commands that publish (a package: the shared publishers) or deploy. */
export const RELEASE_COMMANDS: CommandSignal[] = [
  ...PUBLISH_COMMANDS,
  {
    command:
      /^(docker|podman) (image )?push\b|^(docker|podman) buildx (build|bake)\b.*(--push\b|--output[= ]\S*(push=true|type=registry))|^docker buildx imagetools create\b|^docker manifest push\b|^(docker compose|docker-compose) push\b|^(crane|skopeo) (push|copy)\b|^ko (build|publish|resolve)\b(?!.*--local)/,
    label: 'image push',
  },
  { command: /^goreleaser( release)?\b(?!.*(--snapshot|build|check))/, label: 'GoReleaser release' },
  { command: /^gh release (create|upload)\b|^(release-please|semantic-release)\b/, label: 'GitHub release' },
  { command: /^helm (push|cm-push)\b|^helm chart push\b/, label: 'Helm chart push' },
  { command: /^mkdocs gh-deploy\b|^ghp-import\b.*(-p|--push)|^gh-pages\b/, label: 'docs deploy' },
  {
    command:
      /^gcloud (run|app|functions) deploy\b|^az (webapp|functionapp|containerapp) (deploy|up|update)\b|^(vercel|netlify) deploy\b|^vercel\b.*--prod|^(flyctl|fly) deploy\b|^(firebase|serverless|sls|cdk|sam|wrangler) (deploy|publish)\b|^heroku container:release\b|^aws lambda update-function-code\b|^aws ecs update-service\b|^mlem deployment run\b|^railway up\b/,
    label: 'cloud deploy',
  },
];

/** Release configuration files (`present`). */
export const RELEASE_FILES: FileSignal[] = [
  { test: (p) => /^\.goreleaser\.ya?ml$/.test(p), label: 'GoReleaser configuration' },
  { test: (p) => /^(\.releaserc(\.\w+)?|release\.config\.[cm]?js)$/.test(p), label: 'semantic-release configuration' },
  { test: (p) => /^(release-please-config\.json|\.release-please-manifest\.json)$/.test(p), label: 'release-please configuration' },
  { test: (p) => p === '.changeset/config.json', label: 'changesets configuration' },
];

/** A push to a registry on the runner itself (a kind or local registry) is a test step, not a release. */
export const LOCAL_REGISTRY = /(^|\s)(localhost|127\.0\.0\.1|kind-registry|registry\.local|0\.0\.0\.0)(:\d+)?\//;
