import { findInSource, commandLine, matchCommands, testsOfKind, commandsRunningCode, testRunsSelecting, jobCommands, pipelineOf, holdsOrImports, type KindMatch } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Command } from '../model/ci.js';
import type { TestKind } from '../model/inventory.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, fileEvidence, testKindEvidence } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { sourceEvidence } from './kit.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';
import { FORWARDED_MODEL_SERVER, IMAGE_BUILD, SERVED_MODEL, LOAD_TEST_COMMANDS, SERVER_START, PREDICT_REQUEST, HEALTH_REQUEST, SERVING_SOURCE, SERVING_SELECTION } from '../vocabulary/serving-tests.js';

/**
 * A performance test that loads a served model rather than a function benchmark: a Locust
 * or k6 script, or a file in a folder named for load tests (not benchmarks or perf suites).
 */
function isServingLoad(m: KindMatch): boolean {
  return /locust|k6/i.test(m.evidence.signal) || /(^|[/_.-])(load[_-]?tests?|locust\w*)([/_.-]|$)/i.test(m.file.path);
}

/**
 * A health poll through a `kubectl port-forward` tests serving only when the forward goes to a model server
 * (by its resource name) and the poll reaches its local port: forwarding a platform's API server or an
 * MLflow service and waiting for it to be healthy is setting up a test, not testing a served model.
 */
function isForwardedModelServer(forward: Command, poll: string): boolean {
  // The operands: flags and their values (`-n NAMESPACE`, `--address 0.0.0.0`) are left out.
  const words = forward.argv.slice(2).filter((w, i, all) => !w.startsWith('-') && !(/^-(\w|-[\w-]+)$/.test(all[i - 1] ?? '')));
  const target = words.find((w) => !/^[\d:]+$/.test(w));
  if (!target || !FORWARDED_MODEL_SERVER.test(target)) return false;
  const ports = words.filter((w) => /^\d+(:\d+)?$/.test(w)).map((w) => w.split(':')[0]!);
  const polled = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(poll)?.[1];
  return ports.length === 0 || polled === undefined || ports.includes(polled);
}

export const servingTests: Check<'serving-tests'> = defineCheck({
  sources: [SERVING_SOURCE],
  meta: {
    id: 'serving-tests',
    phase: 'deployment',
    title: 'Serving interface tested, including under load',
    practice: 'The serving interface is tested, including under load.',
    typicalEvidence: 'API tests (TestClient, requests to /predict), container smoke tests, locust/k6 load tests',
    remediation: 'Test the serving interface in CI: API tests with a test client, a smoke test that starts the serving container and posts to /predict, and a short locust or k6 load run before release.',
    example: '- run: |\n    docker run -d -p 8080:8080 model:ci\n    curl --retry 10 --retry-connrefused -f -X POST localhost:8080/predict -d @sample.json',
  },
  evaluate(a) {
    const kinds: TestKind[] = ['serving', 'performance'];
    const evidence: Evidence[] = [];
    const known = new Set<string>();
    for (const kind of kinds) {
      const matches = testsOfKind(a, kind);
      testKindEvidence(a, kind, (m) => `${kind === 'serving' ? 'Serving' : 'Load'} test "${m.file.path}" (${m.evidence.signal}).`).forEach((e, i) => {
        const m = matches[i]!;
        if (kind !== 'serving' && !isServingLoad(m)) return;
        evidence.push(e);
        known.add(m.file.path);
      });
    }
    const loads = matchCommands(a, LOAD_TEST_COMMANDS);
    for (const m of loads) evidence.push(commandEvidence(m.command, `Runs a load test with ${m.signal.label}: \`${m.command.text}\`.`));
    const selecting = testRunsSelecting(a, TEST_RUNNER_COMMANDS, SERVING_SELECTION);
    for (const c of selecting) evidence.push(commandEvidence(c, `Runs serving API tests: \`${c.text}\`.`));
    const smoke: Command[] = [];
    for (const c of a.commands) {
      const line = commandLine(c);
      const predict = PREDICT_REQUEST.test(line);
      if (!predict && !HEALTH_REQUEST.test(line)) continue;
      // What was started before the request, in the order the job runs its commands.
      const job = pipelineOf(a, c.exec) ? jobCommands(a, c.exec.job) : [];
      const before = job.slice(0, Math.max(0, job.indexOf(c)));
      const started = matchCommands(a, SERVER_START, before).find((m) => predict || m.signal.label !== 'port-forward' || isForwardedModelServer(m.command, line));
      if (!predict && !started) continue;
      // A health poll proves serving only against something served from this repository: a model server, or an
      // image built in the job (a readiness loop for a third-party container such as a database or MinIO is not).
      if (!predict && started && started.signal.label === 'container' && !matchCommands(a, IMAGE_BUILD, jobCommands(a, c.exec.job)).some((m) => m.command.exec.step.index <= started.command.exec.step.index)) continue;
      smoke.push(c);
      const after = started ? ` after starting a ${started.signal.label} (\`${started.command.text}\` at line ${started.command.at.line})` : '';
      evidence.push(commandEvidence(c, `Smoke-tests the serving API${after}: \`${c.text}\`.`));
    }
    const testRuns = new Set(matchCommands(a, TEST_RUNNER_COMMANDS).map((m) => m.command));
    const scripts = commandsRunningCode(a, SERVING_SOURCE, a.commands.filter((c) => !testRuns.has(c)));
    for (const s of scripts) evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which exercises the serving API (${s.hit.label}, line ${s.hit.line}).`));
    const seen = new Set<string>(known);
    for (const h of findInSource(a.repo, SERVING_SOURCE, { limitPerLabel: 10 })) {
      const isLoad = /Locust|k6/.test(h.label);
      if (seen.has(h.file) || (!isLoad && !isTestPath(h.file))) continue;
      // A test client of a web app that serves no model (a platform's UI or REST API) is not a serving test.
      if (h.label === 'an API test client' && !holdsOrImports(a.repo, h.file, SERVED_MODEL)) continue;
      seen.add(h.file);
      evidence.push(sourceEvidence(a, h, `"${h.file}" tests the serving API (${h.label}): \`${h.text}\`.`));
    }
    for (const p of a.repo.files) {
      if (!seen.has(p) && /(^|\/)locustfile\w*\.py$|\.k6\.(js|ts)$/.test(p)) evidence.push(fileEvidence(p, `Load test "${p}".`));
    }
    const findings = cannotFailFindings('serving-tests', 'serving test step', [...loads.map((m) => m.command), ...selecting, ...smoke, ...scripts.map((s) => s.command)]);
    return decide(evidence, {
      automated: 'The serving interface is tested in CI on an automated trigger (API tests, a container smoke test or a load test).',
      present: 'Serving tests or load-test scripts exist, but no workflow on an automated trigger runs them.',
      absent: 'No serving tests were found: no API tests of a prediction endpoint, no container smoke test (docker run then curl /predict), no locust or k6 load test.',
    }, findings);
  },
});
