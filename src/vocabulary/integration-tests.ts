/** Vocabulary of the "integration-tests" item: the detection rows its check reads, as data. */
import type { CommandSignal, UsesSignal } from '../model/signal.js';

/** Commands that run integration or end-to-end tests by what they are or the task they name. */
export const INTEGRATION_COMMANDS: CommandSignal[] = [
  { command: /^(playwright test|cypress run|wdio( run)?|testcafe|newman run|codeceptjs run|nightwatch|detox test|maestro test)\b/, label: 'end-to-end test runner' },
  { command: /^(npm|pnpm|yarn|bun)( run)? \S*(e2e|integration|acceptance)/, label: 'package.json integration/e2e script' },
  { command: /^(make|just|task)\b.*\s\S*(e2e|integration|acceptance)/, label: 'integration/e2e task' },
  { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ]|\srun\s)\S*(integration|e2e|acceptance)/, label: 'integration/e2e environment' },
  { command: /^gradlew?\b.*\b(integrationTest|e2eTest)\b|^mvnw?\b.*(failsafe:integration-test|-P\s*\S*(integration|e2e))/, label: 'JVM integration tests' },
  { command: /^go test\b.*(-tags[= ]\S*(integration|e2e)|-run[= ]\S*(Integration|E2E))/, label: 'Go integration tests' },
  { command: /^(jest|vitest)\b.*(--testPathPattern[= ]|(-c|--config)[= ])\S*(integration|e2e)/, label: 'JavaScript integration tests' },
];

/** Actions that run end-to-end tests. */
export const INTEGRATION_USES: UsesSignal[] = [{ uses: 'cypress-io/github-action', label: 'Cypress end-to-end tests' }];

/** What brings up the system under test: a local cluster or containers (action or command). */
export const ENVIRONMENT_USES: UsesSignal[] = [
  { uses: 'helm/kind-action', label: 'a kind cluster' },
  { uses: 'engineerd/setup-kind', label: 'a kind cluster' },
  { uses: 'container-tools/kind-action', label: 'a kind cluster' },
  { uses: 'medyagh/setup-minikube', label: 'a minikube cluster' },
  { uses: 'manusa/actions-setup-minikube', label: 'a minikube cluster' },
  { uses: 'AbsaOSS/k3d-action', label: 'a k3d cluster' },
  { uses: 'nolar/setup-k3d-k3s', label: 'a k3s cluster' },
  { uses: 'isbang/compose-action', label: 'docker compose services' },
  { uses: 'hoverkraft-tech/compose-action', label: 'docker compose services' },
];

export const ENVIRONMENT_COMMANDS: CommandSignal[] = [
  { command: /^(docker compose|docker-compose|podman compose|podman-compose)\b.*\bup\b/, label: 'docker compose services' },
  { command: /^kind create cluster\b/, label: 'a kind cluster' },
  { command: /^minikube start\b/, label: 'a minikube cluster' },
  { command: /^k3d cluster create\b/, label: 'a k3d cluster' },
];

export const MARKER_TERM = /\b(integration|e2e|end_to_end|acceptance|system)\w*/;

/** A dependency on Testcontainers, in any ecosystem (`testcontainers[postgres]`, `@testcontainers/postgresql`, `org.testcontainers:kafka`, `github.com/testcontainers/testcontainers-go`). */
export const TESTCONTAINERS = /testcontainers/i;
/** The manifests whose declared dependencies are searched for it. */
export const TESTCONTAINERS_FILES = /(^|\/)(pyproject\.toml|setup\.cfg|requirements[^/]*\.(txt|in)|package\.json|go\.mod|pom\.xml|build\.gradle(\.kts)?)$/;
