import {
  fileMentions,
  findInSource,
  holdsOrImports,
  isNotebook,
  lineWhere,
  matchCommands,
  matchFiles,
  dvcStages,
  dvcTraining,
  isDvcPipelineRun,
  wrapsSettledDvcRun,
  type DvcStage,
} from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, fileEvidence } from './kit.js';
import { NOTEBOOK_NOTE, sourceEvidence } from './kit.js';
import { isFixturePath } from '../vocabulary/shared/test-paths.js';
import { GENERAL_ORCHESTRATORS, NAMES_TRAINING, isTrainScript, PIPELINE_FILES, PIPELINE_SOURCE, TRAINING_SOURCE } from '../vocabulary/training-pipeline.js';
import { isSmokeRun } from '../vocabulary/training-tests.js';
import { TRAINING_COMMANDS } from '../vocabulary/training-pipeline.js';

export const trainingPipeline: Check<'training-pipeline'> = defineCheck({
  sources: [PIPELINE_SOURCE, TRAINING_SOURCE],
  meta: {
    id: 'training-pipeline',
    phase: 'training',
    title: 'Training is a pipeline that CI runs',
    practice: 'Training is a reproducible pipeline, not a notebook.',
    typicalEvidence:
      'dvc.yaml stages, MLproject, Metaflow FlowSpec, kfp pipelines, ZenML/Prefect/Kedro pipelines, a train script; `automated` when CI runs it (a `dvc repro` / `dvc exp run` when a stage it runs trains, and, after a `dvc pull` that restores the trained model, only when the job keeps what it trains: `dvc push`, a commit, an artifact)',
    remediation:
      'Put training in a script or pipeline (dvc.yaml stages, MLproject, ...) and run it from a workflow (on push to main, on a schedule or when data changes), so a model is trained the same way every time.',
    example: 'on:\n  push:\n    branches: [main]\njobs:\n  train:\n    steps:\n      - run: dvc pull && dvc repro && dvc push',
    creditedBy: { item: 'training-tests', what: 'training simulations', profiles: ['ml-library'] },
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const matched = matchCommands(a, TRAINING_COMMANDS);
    // A DVC pipeline command trains when a stage it runs trains; one that runs only other stages (data preparation) does
    // not. One whose job first restores the trained outputs and keeps nothing it makes only checks the committed model.
    // A task that leads to such a run (`make repro`) is that run: its name says nothing more.
    const dvc = new Map(matched.filter((m) => isDvcPipelineRun(m.command)).map((m) => [m, dvcTraining(a, m.command)] as const));
    const commands = matched.filter((m) => {
      const t = dvc.get(m);
      return t === undefined ? dvc.has(m) || !wrapsSettledDvcRun(a, m.command) : t.trains.length > 0;
    });
    const reproducing = commands.filter((m) => dvc.get(m)?.restoredBy !== undefined);
    const full = commands.filter((m) => !isSmokeRun(m.command.text) && !reproducing.includes(m));
    for (const m of reproducing) {
      const { run, trains, restoredBy } = dvc.get(m)!;
      const pulled = restoredBy === m.command ? 'its `--pull` restores' : `\`${restoredBy!.text}\` (${restoredBy!.at.file}:${restoredBy!.at.line}) restores`;
      evidence.push({
        ...commandEvidence(
          m.command,
          `Runs the DVC pipeline${run.targets.length > 0 ? ` up to ${stageNames(run.targets)}` : ''} (\`${m.command.text}\`), but ${pulled} the trained outputs first: ${stageNames(trains)} (${trains.map((s) => `${s.file}:${s.line}`).join(', ')}) re-${trains.length > 1 ? 'run' : 'runs'} only when dvc.lock is stale, and the rest of the job only reports (no \`dvc push\`, commit, upload or artifact), so nothing ${trains.length > 1 ? 'they train' : 'it trains'} is kept. CI checks the committed model rather than training one.`,
        ),
        triggers: [],
      });
    }
    for (const m of full) {
      const t = dvc.get(m);
      evidence.push(
        commandEvidence(
          m.command,
          t
            ? `Runs training (DVC pipeline${t.run.targets.length > 0 ? ` up to ${stageNames(t.run.targets)}` : ''}): \`${m.command.text}\`. ${trainingStages(t.trains)}`
            : `Runs training (${m.signal.label}): \`${m.command.text}\`.`,
        ),
      );
    }
    for (const [m, t] of dvc) {
      if (t === undefined || t.trains.length > 0) continue;
      evidence.push({ ...commandEvidence(m.command, `Runs DVC ${stageNames(t.run.stages)} (\`${m.command.text}\`), none of which trains: not a training run.`), triggers: [] });
    }
    for (const m of commands.filter((x) => isSmokeRun(x.command.text))) {
      evidence.push({ ...commandEvidence(m.command, `Runs training only as a smoke test (\`${m.command.text}\`), which training-tests counts; no workflow trains the model in full.`), triggers: [] });
    }
    // Pipelines in test or fixture folders feed tests; they are not the project's training (commands in CI still count).
    for (const s of dvcStages(a).filter((x) => !isFixturePath(x.file))) evidence.push(fileEvidence(s.file, `DVC pipeline stage "${s.name}"${s.cmd ? ` runs \`${s.cmd}\`` : ''}.`, s.line, s.column));
    for (const f of matchFiles(a, PIPELINE_FILES).filter((x) => !isFixturePath(x.path))) {
      evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`, lineWhere(a, f.path, /^entry_points:|^def register_pipelines/) ?? 1));
    }
    for (const h of findInSource(a.repo, PIPELINE_SOURCE, { limitPerLabel: 5, where: (p) => !isFixturePath(p) })) {
      if (GENERAL_ORCHESTRATORS.has(h.label) && !fileMentions(a, h.file, NAMES_TRAINING) && !holdsOrImports(a.repo, h.file, TRAINING_SOURCE)) continue;
      evidence.push(sourceEvidence(a, h, `${h.label} in "${h.file}": "${h.text}".`));
    }
    for (const path of a.repo.files.filter(isTrainScript)) {
      const hit = findInSource(a.repo, TRAINING_SOURCE, { file: path, limitPerLabel: 1 })[0];
      evidence.push(hit ? sourceEvidence(a, hit, `Training script "${path}" (${hit.label}: "${hit.text}").`) : fileEvidence(path, `Training script "${path}".`));
    }
    const notebookHits = findInSource(a.repo, TRAINING_SOURCE, { where: isNotebook, exts: ['.ipynb'], limitPerLabel: 3 });
    for (const h of notebookHits) evidence.push(sourceEvidence(a, h, `Trains in a notebook (${h.label}: "${h.text}").`));
    const notebookOnly = evidence.length > 0 && evidence.every((e) => isNotebook(e.file));
    return decide(
      evidence,
      {
        automated: 'CI runs the training pipeline (or training script) on an automated trigger.',
        present: notebookOnly
          ? `Training happens only in notebooks: ${NOTEBOOK_NOTE}. Move it into a script or pipeline stage that CI runs.`
          : reproducing.length > 0
            ? 'A training pipeline exists, and CI runs it, but over the model it restores first: DVC re-trains only when dvc.lock is stale, and the job keeps nothing it trains. To train in CI, pull only the data (`dvc pull data`), or keep what the run makes (`dvc push`, an artifact).'
            : 'A training pipeline or script exists, but no workflow on an automated trigger runs it (or runs it only as a smoke test).',
        absent: 'No training pipeline was found: no dvc.yaml stages, MLproject, Metaflow/Kubeflow/ZenML/Prefect/Kedro/Airflow pipeline, train script, nor a training command in CI.',
      },
      cannotFailFindings(
        'training-pipeline',
        'training step',
        full.map((m) => m.command),
      ),
    );
  },
});

/** `Stage "train" (dvc.yaml:12) trains; DVC re-runs it whenever its inputs change.` */
function trainingStages(stages: readonly DvcStage[]): string {
  const many = stages.length > 1;
  const where = stages.map((s) => `${s.file}:${s.line}`).join(', ');
  return `${many ? 'Stages' : 'Stage'} ${stages.map((s) => `"${s.name}"`).join(', ')} (${where}) ${many ? 'train' : 'trains'}; DVC re-runs ${many ? 'them' : 'it'} whenever ${many ? 'their' : 'its'} inputs change.`;
}

function stageNames(stages: readonly DvcStage[]): string {
  return `${stages.length === 1 ? 'stage' : 'stages'} ${stages.map((s) => `"${s.name}"`).join(', ')}`;
}
