import { findInSource, matchCommands, matchUses, commandsRunningCode, dispatchesOf, dvcTraining, holdsOrImports, wrapsSettledDvcRun, targetsWorkflow, type Analysis } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { AUTOMATED_KINDS, eventNames, isAutomated, isAutomatedEvent, reachOf, type Command, type ExecStep, type Pipeline } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence } from './kit.js';
import { describeEvents, hitEvidence } from './kit.js';
import { CLOUD_TRAINING_COMMANDS, TRAINING_SOURCE, TRAINING_USES } from '../vocabulary/continuous-training.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';
import { TRAINING_COMMANDS } from '../vocabulary/training-pipeline.js';
import { DATA_PATH, NOTEBOOK_TRAINING, ORCHESTRATOR_SCHEDULES, SCHEDULED_TRAINING, TEST_HARNESS_IMPORT } from '../vocabulary/continuous-training.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';

/**
 * Why a pipeline's trigger means new data or degraded metrics, or undefined. The event
 * types of an external event and the `workflow_run` chain are GitHub Actions structure.
 */
function retrainingTrigger(a: Analysis, wf: Pipeline, exec: ExecStep | undefined, depth = 0): string | undefined {
  const events = (exec ? exec.reach : reachOf(wf)).events;
  const github = wf.github?.workflow.triggers ?? [];
  const reasons: string[] = [];
  if (events.some((e) => e.kind === 'schedule'))
    reasons.push(`on a schedule (${(exec?.reach.schedules ?? wf.triggers.flatMap((t) => t.schedules)).map((s) => `"${s.cron}": ${s.description}`).join('; ')})`);
  for (const e of events.filter((x) => x.kind === 'external')) {
    const types = github.filter((t) => t.event === e.original).flatMap((t) => t.types.map((x) => x.value));
    reasons.push(`on ${e.original}${types.length > 0 ? ` (${types.join(', ')})` : ''}, an event sent from outside`);
  }
  if (events.some((e) => e.kind === 'push')) {
    const data = wf.triggers
      .filter((t) => t.kind === 'push')
      .flatMap((t) => t.paths)
      .filter((p) => DATA_PATH.test(p));
    if (data.length > 0) reasons.push(`on push to data or parameter paths (${data.map((p) => `"${p}"`).join(', ')})`);
  }
  if (wf.github && events.some((e) => e.kind === 'upstream') && depth < 3) {
    const names = github.filter((t) => t.event === 'workflow_run').flatMap((t) => t.workflows.map((w) => w.value));
    const followed = a.pipelines.filter((w) => w.github && (names.includes(w.name ?? '') || names.some((n) => targetsWorkflow(n, w))));
    const why = followed.map((w) => retrainingTrigger(a, w, undefined, depth + 1)).find((x) => x !== undefined);
    if (why || followed.length === 0) reasons.push(`after workflow(s) ${names.map((n) => `"${n}"`).join(', ')}${why ? `, which run ${why}` : ''}`);
  }
  return reasons.length > 0 ? reasons.join(' and ') : undefined;
}

export const continuousTraining: Check<'continuous-training'> = defineCheck({
  sources: [TRAINING_SOURCE, ORCHESTRATOR_SCHEDULES, TEST_HARNESS_IMPORT, SCHEDULED_TRAINING],
  meta: {
    id: 'continuous-training',
    phase: 'monitoring',
    title: 'Retraining on new data or degraded metrics',
    systems: { 'github-actions': 'the workflows a `workflow_run` trigger follows, and the types of a `repository_dispatch`' },
    practice: 'New data or degraded metrics trigger retraining.',
    typicalEvidence:
      'a training workflow on `schedule`, `repository_dispatch`, `workflow_run`, or `push` with `paths:` on data/params; a training flow scheduled in code by an orchestrator (Prefect, Airflow, Dagster, Metaflow `@schedule`, Kubeflow recurring runs, ZenML schedules) is `present`',
    remediation:
      'Run the training pipeline from a workflow triggered by new data (push with `paths:` on data/**, *.dvc, params.yaml), by a schedule, or by repository_dispatch from your drift monitor.',
    example: 'on:\n  push:\n    paths: ["data/**", "*.dvc", "params.yaml"]\n  schedule:\n    - cron: "0 3 * * 1"\njobs:\n  train:\n    steps:\n      - run: dvc repro',
  },
  evaluate(a) {
    const runs: { item: Command | ExecStep; exec: ExecStep; what: string }[] = [];
    // A DVC run that trains nothing (data stages only) or only checks the restored model (see training-pipeline) retrains nothing.
    const notTraining = new Set<Command>();
    for (const m of matchCommands(a, [...TRAINING_COMMANDS, ...CLOUD_TRAINING_COMMANDS])) {
      const dvc = dvcTraining(a, m.command);
      if ((dvc && (dvc.trains.length === 0 || dvc.restoredBy)) || wrapsSettledDvcRun(a, m.command)) notTraining.add(m.command);
      else runs.push({ item: m.command, exec: m.command.exec, what: `runs ${m.signal.label} \`${m.command.text}\`` });
    }
    for (const m of matchUses(a, TRAINING_USES)) runs.push({ item: m.exec, exec: m.exec, what: `runs ${m.signal.label} (uses: ${m.exec.step.uses!.value})` });
    const testRuns = new Set(matchCommands(a, TEST_RUNNER_COMMANDS).map((m) => m.command));
    const ran = new Set<Command | ExecStep>([...runs.map((r) => r.item), ...notTraining]);
    const others = a.commands.filter((c) => !ran.has(c) && !testRuns.has(c));
    const harness = (file: string) => findInSource(a.repo, TEST_HARNESS_IMPORT, { file, limitPerLabel: 1 }).length > 0;
    for (const s of commandsRunningCode(a, TRAINING_SOURCE, others))
      if (!harness(s.hit.file)) runs.push({ item: s.command, exec: s.command.exec, what: `runs "${s.hit.file}", which trains a model (line ${s.hit.line}: \`${s.hit.text}\`)` });
    const dispatches = dispatchesOf(a).filter((d) => isAutomated(d.exec.reach) && d.target !== undefined);
    const evidence: Evidence[] = [];
    // Training on every code change is CI, not retraining (CHECKLIST §3: new data or degraded metrics trigger it): a notice, not evidence.
    const onCodeChange: Finding[] = [];
    const retraining = new Set<Command | ExecStep>();
    for (const r of runs) {
      const wf = r.exec.pipeline;
      const trigger = retrainingTrigger(a, wf, r.exec);
      const dispatcher = dispatches.find((d) => targetsWorkflow(d.target!, wf) && d.exec.pipeline !== wf);
      let text: string;
      let triggers: string[];
      if (trigger || dispatcher) retraining.add(r.item);
      if (trigger) {
        text = `"${wf.file}" ${r.what} ${trigger}: new data or a schedule retrains the model.`;
        triggers = eventNames(r.exec.reach, (e) => e.kind !== 'pull-request' && e.kind !== 'merge-queue');
      } else if (dispatcher) {
        text = `"${wf.file}" ${r.what}, and "${dispatcher.exec.pipeline.file}" (on ${describeEvents(dispatcher.exec)}) dispatches it (${dispatcher.what} at ${dispatcher.at.file}:${dispatcher.at.line}): a monitor can trigger retraining.`;
        triggers = eventNames(dispatcher.exec.reach);
      } else {
        if (isAutomated(r.exec.reach)) {
          const at = 'at' in r.item ? commandEvidence(r.item, '') : execEvidence(r.item, '');
          onCodeChange.push({
            severity: 'notice',
            file: at.file,
            line: at.line,
            column: at.column,
            check: 'continuous-training',
            message: `"${wf.file}" ${r.what} on ${describeEvents(r.exec)} for every code change: that is training in CI, not retraining on new data or degraded metrics. Trigger it on changes to the data or parameters, on a schedule, or from a monitor to make it continuous training.`,
          });
          continue;
        }
        text = `"${wf.file}" ${r.what} only by hand (${describeEvents(r.exec) || 'no trigger'}): nothing retrains the model when data changes.`;
        triggers = eventNames(r.exec.reach, (e) => !AUTOMATED_KINDS.has(e.kind));
      }
      const e = 'at' in r.item ? commandEvidence(r.item, text) : execEvidence(r.item, text);
      e.triggers = triggers;
      evidence.push(e);
    }
    for (const c of matchCommands(a, [{ command: NOTEBOOK_TRAINING, label: 'notebook' }])) {
      const e = commandEvidence(c.command, `"${c.command.exec.pipeline.file}" trains by executing a notebook (\`${c.command.text}\`); a notebook run counts as present, not as a pipeline.`);
      e.triggers = e.triggers.filter((t) => !isAutomatedEvent(t));
      evidence.push(e);
    }
    // A schedule in code (Prefect, Airflow, Dagster, Metaflow, KFP, ZenML) retrains only when what it schedules trains.
    for (const h of findInSource(a.repo, ORCHESTRATOR_SCHEDULES, { where: (p) => !isTestPath(p), limitPerLabel: 3 })) {
      if (!holdsOrImports(a.repo, h.file, SCHEDULED_TRAINING)) continue;
      evidence.push(hitEvidence(h, `"${h.file}" schedules a training flow outside GitHub Actions (${h.label}): \`${h.text}\`; the tool cannot see its runs.`));
    }
    const findings = [
      ...cannotFailFindings(
        'continuous-training',
        'retraining step',
        runs.filter((r) => isAutomated(r.exec.reach) && retraining.has(r.item)).map((r) => r.item),
      ),
      ...onCodeChange,
    ];
    return decide(
      evidence,
      {
        automated: 'A workflow retrains the model on a schedule, on new data or parameters, or when dispatched by another workflow or event.',
        present: 'Training runs only by hand, or is scheduled outside GitHub Actions: nothing visible retrains on new data or degraded metrics.',
        absent:
          onCodeChange.length > 0
            ? 'Training runs in CI only on code changes, which is CI, not retraining: no schedule, data or parameter paths, or dispatch from a monitor retrains the model.'
            : notTraining.size > 0
              ? `CI runs the DVC pipeline (${[...notTraining]
                  .map((c) => `\`${c.text}\` at ${c.at.file}:${c.at.line}`)
                  .slice(0, 3)
                  .join(', ')}), but no stage it runs trains, or it runs over the model it restored first and keeps nothing: nothing retrains the model when data changes.`
              : 'No workflow runs training (a training script, dvc repro, mlflow run, a cloud training job), so nothing retrains the model when data changes.',
      },
      findings,
    );
  },
});
