import { findInSource, envOf, matchCommands, commandsRunningCode, type Analysis } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Command } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, commandEvidence, decide, movedTo } from './kit.js';
import { presentReason, sourceEvidence } from './kit.js';
import { TRACKING_COMMANDS, TRACKING_ENV, TRACKING_OFF, TRACKING_SOURCE } from '../vocabulary/experiment-tracking.js';
import { EVALUATION_COMMANDS } from '../vocabulary/model-evaluation.js';
import { TRAINING_COMMANDS } from '../vocabulary/training-pipeline.js';

function trackerOf(name: string): string | undefined {
  return TRACKING_ENV.find((t) => t.re.test(name))?.label;
}

/** Tracking variables a command sees: `env:` of its workflow/job/step, and assignments in its job's scripts. */
function trackingFor(a: Analysis, c: Command, findings: Finding[]): { file: string; line: number; column: number; name: string; tracker: string }[] {
  const env = envOf(a, c.exec);
  const off = env.filter((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
  for (const o of off) findings.push({ severity: 'notice', file: o.file, line: o.line, column: o.column, check: 'experiment-tracking', message: `"${o.name}: ${o.value}" turns Weights & Biases tracking off for \`${c.text}\`, so its runs are not recorded. Remove it (or set it only for tests) to track CI runs.` });
  const out = env.flatMap((e) => {
    const tracker = trackerOf(e.name);
    if (!tracker || (tracker === 'Weights & Biases' && off.length > 0)) return [];
    return [{ file: e.file, line: e.line, column: e.column, name: e.name, tracker }];
  });
  const sameJob = a.steps.filter((s) => s.pipeline === c.exec.pipeline && s.job === c.exec.job && s.file === c.exec.file && s.step.index <= c.exec.step.index);
  for (const s of sameJob) {
    for (const l of s.step.runLines) {
      const m = /\b(?:export\s+)?([A-Z][A-Z0-9_]+)=/.exec(l.value);
      const tracker = m ? trackerOf(m[1]!) : undefined;
      if (!m || !tracker) continue;
      if (s !== c.exec && !/GITHUB_ENV/.test(l.value)) continue;
      out.push({ file: s.file, line: l.pos.line, column: l.pos.column + m.index, name: m[1]!, tracker });
    }
  }
  return out;
}

export const experimentTracking: Check<'experiment-tracking'> = defineCheck({
  sources: [TRACKING_SOURCE],
  meta: {
    id: 'experiment-tracking',
    phase: 'training',
    title: 'Experiments are tracked',
    practice: 'Runs, parameters and metrics are tracked.',
    typicalEvidence: 'mlflow, wandb, clearml, comet, neptune, dvclive, aim; tracking env vars in workflows',
    remediation: 'Log parameters and metrics with a tracker in the training code, and give the CI training job its credentials (e.g. `MLFLOW_TRACKING_URI` or `WANDB_API_KEY` from secrets) so CI runs are recorded too.',
    example: 'env:\n  MLFLOW_TRACKING_URI: ${{ secrets.MLFLOW_TRACKING_URI }}\nsteps:\n  - run: python train.py',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const findings: Finding[] = [];
    const runs = matchCommands(a, [...TRAINING_COMMANDS, ...EVALUATION_COMMANDS]);
    const covered = new Set<string>();
    const tracked = new Set<Command>();
    for (const m of runs) {
      for (const t of trackingFor(a, m.command, findings)) {
        tracked.add(m.command);
        const e = commandEvidence(m.command, `Sends the runs of \`${m.command.text}\` to ${t.tracker} ("${t.name}").`);
        evidence.push({ ...movedTo(e, t), conditions: [`used by \`${m.command.text}\` at ${m.command.at.file}:${m.command.at.line}`, ...(e.conditions ?? [])] });
        covered.add(`${t.file}:${t.line}`);
      }
    }
    // A tracker set in the code that CI runs (a callback, `report_to=`, `mlflow.set_tracking_uri`), in the
    // training or evaluation script or a project module it imports: the CI run is recorded with no variable.
    const untracked = runs.map((m) => m.command).filter((c) => !tracked.has(c));
    for (const r of commandsRunningCode(a, TRACKING_SOURCE, untracked, { throughImports: true })) {
      const off = envOf(a, r.command.exec).some((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
      if (off && /wandb/i.test(r.hit.text)) continue;
      evidence.push(commandEvidence(r.command, `Runs \`${r.command.text}\`, whose code tracks with ${r.hit.label} (${r.hit.file}:${r.hit.line}: "${r.hit.text}").`));
    }
    for (const m of matchCommands(a, TRACKING_COMMANDS)) evidence.push(commandEvidence(m.command, `Tracks experiments with ${m.signal.label}: \`${m.command.text}\`.`));
    const code = findInSource(a.repo, TRACKING_SOURCE, { limitPerLabel: 5 });
    if (code.some((h) => h.label === 'DVCLive')) {
      for (const m of runs.filter((r) => /^dvc (repro|exp run)\b/.test(r.command.argv.join(' ')))) evidence.push(commandEvidence(m.command, `Runs the DVC pipeline, whose code logs with DVCLive: \`${m.command.text}\`.`));
    }
    // Tracking variables set in CI where no training or evaluation runs: present, not automated.
    for (const s of a.steps) {
      const env = envOf(a, s);
      const off = env.find((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
      for (const e of env) {
        const tracker = trackerOf(e.name);
        if (!tracker || covered.has(`${e.file}:${e.line}`)) continue;
        covered.add(`${e.file}:${e.line}`);
        const why = off && tracker === 'Weights & Biases' ? `"${off.name}: ${off.value}" turns it off` : 'no training or evaluation command runs with it';
        evidence.push({ file: e.file, line: e.line, column: e.column, message: `"${e.name}" configures ${tracker} in CI, but ${why}.`, triggers: [] });
      }
    }
    for (const h of code) evidence.push(sourceEvidence(a, h, `Tracks with ${h.label}: "${h.text}".`));
    return decide(evidence, {
      automated: 'CI runs training or evaluation with experiment tracking configured, on an automated trigger.',
      present: presentReason(evidence, 'Experiment tracking is set up (tracker calls in the code or tracking variables in a workflow), but no workflow on an automated trigger runs training or evaluation with a tracker configured.'),
      absent: 'No experiment tracking was found: no MLflow, W&B, ClearML, Comet, Neptune, DVCLive or Aim calls in the code, and no tracking variables (MLFLOW_TRACKING_URI, WANDB_API_KEY, ...) in the workflows.',
    }, findings);
  },
});
