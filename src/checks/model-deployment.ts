import {
  findInSource,
  isNotebook,
  matchCommands,
  matchFiles,
  matchUses,
  usesName,
  jobCommands,
  upstreamJobs,
  pipelineOf,
  servingDockerfiles,
  servingManifests,
  type Analysis,
} from '../analysis/index.js';
import { LAMBDA_IMAGE, SERVING_MANIFESTS } from '../vocabulary/shared/serving.js';
import type { Evidence } from '../model/check.js';
import { isAutomated, type Command, type ExecStep, type PipelineJob } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence } from './kit.js';
import { hitEvidence } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import {
  EPHEMERAL_CLUSTER_COMMANDS,
  EPHEMERAL_CLUSTER_USES,
  GENERIC_DEPLOY_COMMANDS,
  GENERIC_DEPLOY_USES,
  MODEL_DEPLOY_COMMANDS,
  MODEL_DEPLOY_USES,
  MODEL_DEPLOY_USES_NAMED,
} from '../vocabulary/shared/deploy-targets.js';
import { PACKAGING_FILES } from '../vocabulary/model-packaging.js';
import { MODEL_LOAD } from '../vocabulary/model-serialization.js';
import { EVALUATION_COMMANDS } from '../vocabulary/model-evaluation.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';

interface Deploy {
  exec: ExecStep;
  item: Command | ExecStep;
  what: string;
}

/** Why the repository serves a model (so that a generic deployment deploys one), or undefined. */
function modelContext(a: Analysis): string | undefined {
  const manifest = servingManifests(a)[0];
  if (manifest) return `"${manifest.file}" describes a model server (${manifest.label})`;
  const docker = servingDockerfiles(a)[0];
  if (docker) return `"${docker.path}" serves a model (${docker.server})`;
  const pkg = matchFiles(a, PACKAGING_FILES)[0];
  if (pkg) return `"${pkg.path}" packages a model`;
  const load = findInSource(a.repo, MODEL_LOAD, { where: (p) => !isTestPath(p) && !isNotebook(p), limitPerLabel: 1 })[0];
  return load ? `"${load.file}" loads a model (${load.label})` : undefined;
}

function isGate(c: Command, inventory: ReadonlySet<Command>): boolean {
  const line = c.argv.join(' ');
  return inventory.has(c) || [...TEST_RUNNER_COMMANDS, ...EVALUATION_COMMANDS].some((s) => s.command.test(line));
}

/**
 * What gates a deployment (a job it needs, an earlier step, the workflow it follows), in
 * words; undefined when nothing does. The workflow it follows is GitHub Actions structure
 * (`workflow_run` with a success condition).
 */
function gateOf(a: Analysis, exec: ExecStep, inventory: ReadonlySet<Command>): string | undefined {
  const wf = pipelineOf(a, exec);
  if (!wf) return undefined;
  const chains: PipelineJob[] = upstreamJobs(wf, exec.job);
  const root = exec.pipeline;
  const caller = root.jobs.find((j) => exec.callers.includes(j));
  if (caller) for (const pushed of upstreamJobs(root, caller)) chains.push(pushed);
  for (const j of chains) {
    const c = jobCommands(a, j).find((x) => isGate(x, inventory));
    if (c) return `it needs job "${j.id}", which runs \`${c.text}\``;
  }
  const earlier = jobCommands(a, exec.job).find((c) => c.exec.file === exec.file && c.exec.step.index < exec.step.index && isGate(c, inventory));
  if (earlier) return `an earlier step of job "${exec.job.id}" runs \`${earlier.text}\``;
  const followed = (root.github?.workflow.triggers ?? []).filter((t) => t.event === 'workflow_run').flatMap((t) => t.workflows.map((w) => w.value));
  const successOnly = exec.reach.conditions.some((c) => /workflow_run\.conclusion\s*==\s*['"]success['"]/.test(c));
  for (const w of a.pipelines) {
    if (!w.github || !successOnly || !followed.includes(w.name ?? w.file)) continue;
    const c = a.commands.find((x) => x.exec.pipeline === w && isGate(x, inventory));
    if (c) return `it runs after workflow "${w.name ?? w.file}" succeeds, which runs \`${c.text}\``;
  }
  return undefined;
}

export const modelDeployment: Check<'model-deployment'> = defineCheck({
  sources: [MODEL_LOAD, SERVING_MANIFESTS],
  meta: {
    id: 'model-deployment',
    phase: 'deployment',
    title: 'Model deployed by the pipeline after the gates',
    systems: { 'github-actions': 'the workflow a `workflow_run` trigger follows, as a gate when the job runs only on its success' },
    practice: 'The model is deployed by the pipeline, after the gates (`needs:`).',
    typicalEvidence: 'kubectl/helm, KServe InferenceService, Seldon, SageMaker/Azure ML/Vertex endpoint commands, HF Spaces; GitHub `environment:`',
    remediation:
      'Deploy the model from a workflow job that runs on release or on push to the main branch, uses a GitHub environment, and `needs:` the job that evaluates the model against its quality gate.',
    example: 'deploy:\n  needs: [evaluate]\n  environment: production\n  steps:\n    - run: kubectl apply -f k8s/inferenceservice.yaml',
  },
  evaluate(a) {
    const ephemeral = new Set<PipelineJob>([...matchCommands(a, EPHEMERAL_CLUSTER_COMMANDS).map((m) => m.command.exec.job), ...matchUses(a, EPHEMERAL_CLUSTER_USES).map((m) => m.exec.job)]);
    const deploys: Deploy[] = [];
    for (const m of matchCommands(a, MODEL_DEPLOY_COMMANDS)) deploys.push({ exec: m.command.exec, item: m.command, what: `deploys ${m.signal.label}: \`${m.command.text}\`` });
    for (const m of matchUses(a, MODEL_DEPLOY_USES)) deploys.push({ exec: m.exec, item: m.exec, what: `deploys ${m.signal.label} (uses: ${m.exec.step.uses!.value})` });
    for (const exec of a.steps) {
      const name = usesName(exec.step.uses?.value ?? '');
      const named = MODEL_DEPLOY_USES_NAMED.find((r) => r.re.test(name));
      if (named) deploys.push({ exec, item: exec, what: `deploys to ${named.label} (uses: ${exec.step.uses!.value})` });
    }
    const context = modelContext(a);
    if (context) {
      const generic = [
        ...matchCommands(a, GENERIC_DEPLOY_COMMANDS).map((m): Deploy => ({ exec: m.command.exec, item: m.command, what: `deploys to ${m.signal.label}: \`${m.command.text}\`` })),
        ...matchUses(a, GENERIC_DEPLOY_USES).map((m): Deploy => ({ exec: m.exec, item: m.exec, what: `deploys to ${m.signal.label} (uses: ${m.exec.step.uses!.value})` })),
      ];
      for (const d of generic) if (!deploys.some((x) => x.item === d.item)) deploys.push({ ...d, what: `${d.what}, and ${context}` });
    }
    const kept = deploys.filter((d) => !ephemeral.has(d.exec.job));
    const inventory = new Set<Command>([...new Set(a.inventory.reachedBy.values())].flat());
    const evidence: Evidence[] = [];
    const findings: Finding[] = [];
    for (const d of kept) {
      const env = d.exec.job.environment ? ` to environment "${d.exec.job.environment.value}"` : '';
      const gate = gateOf(a, d.exec, inventory);
      const text = `Job "${d.exec.job.id}"${env} ${d.what}${gate ? `; ${gate}` : ''}.`;
      const e = 'at' in d.item ? commandEvidence(d.item, text) : execEvidence(d.item, text);
      evidence.push(e);
      if (!gate && isAutomated(d.exec.reach)) {
        findings.push({
          severity: 'warning',
          file: e.file,
          line: e.line,
          column: e.column,
          check: 'model-deployment',
          message: `Job "${d.exec.job.id}" deploys the model without needing a job that tests or evaluates it, so a model that fails its tests or its quality gate can still ship. Add "needs: [<evaluation job>]" to job "${d.exec.job.id}".`,
        });
      }
    }
    for (const h of servingManifests(a)) evidence.push(hitEvidence(h, `"${h.file}" describes a model deployment (${h.label}): \`${h.text}\`.`));
    // An AWS Lambda function image exists only to be deployed as that function: one that holds the model describes its deployment.
    for (const d of servingDockerfiles(a).filter((x) => x.server === LAMBDA_IMAGE.label)) {
      evidence.push({
        file: d.path,
        line: d.line,
        column: 1,
        message: `"${d.path}" is an AWS Lambda function image that serves the model: it describes a deployment to AWS Lambda, which no workflow on an automated trigger runs.`,
        triggers: [],
      });
    }
    for (const pushed of cannotFailFindings(
      'model-deployment',
      'deployment step',
      kept.map((d) => d.item),
    ))
      findings.push(pushed);
    return decide(
      evidence,
      {
        automated: 'A workflow on an automated trigger deploys the model.',
        present: 'The repository describes a model deployment (manifests, a serving image, or a manual deploy workflow), but no workflow on an automated trigger deploys it.',
        absent:
          'No model deployment was found: no KServe/Seldon manifests, no SageMaker/Azure ML/Vertex AI endpoint commands, no Hugging Face Space push, no kubectl/helm/cloud deploy of a model server.',
      },
      findings,
    );
  },
});
