import { commandsRunningCode, dvcOuts, findInSource, lfsRules, matchCommands, matchFiles, matchUses } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence } from './kit.js';
import { sourceEvidence } from './kit.js';
import { DATA_EXTENSIONS, MODEL_OUT, DATA_VERSIONING_COMMANDS, DATA_VERSIONING_FILES, DATA_VERSIONING_SOURCE } from '../vocabulary/data-versioning.js';
import { ML_TOOL_USES } from '../vocabulary/shared/ml-tools.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';

/** An LFS pattern that names a data or model file type. */
const LFS_DATA_PATTERN = new RegExp(String.raw`\.(${DATA_EXTENSIONS.join('|')})\b`, 'i');

export const dataVersioning: Check<'data-versioning'> = defineCheck({
  sources: [DATA_VERSIONING_SOURCE],
  meta: {
    id: 'data-versioning',
    phase: 'data',
    title: 'Data is versioned with the code',
    practice: 'Datasets are versioned with the code.',
    typicalEvidence:
      'DVC (`dvc.yaml`, `*.dvc`, `.dvc/config`; `dvc pull`/`dvc repro` in CI), git LFS for data, lakeFS; dataset versions kept by a tracker or hub (W&B artifacts of type `dataset`, ClearML `Dataset`, Hugging Face dataset repositories) — consuming a versioned dataset in CI is `automated`, like `dvc pull`',
    remediation:
      'Track datasets with DVC (or git LFS, lakeFS) and fetch them in CI with `dvc pull` (or `git lfs pull`) before training or testing, so every run uses the data version its commit names.',
    example: '- uses: iterative/setup-dvc@v1\n- run: dvc pull\n  env:\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const commands = matchCommands(a, DATA_VERSIONING_COMMANDS);
    const lfsDataRules = lfsRules(a).filter((r) => LFS_DATA_PATTERN.test(r.pattern));
    for (const m of commands) {
      const lfs = m.signal.label === 'git LFS';
      if (lfs && lfsDataRules.length === 0 && !/--include/.test(m.command.text)) continue;
      evidence.push(commandEvidence(m.command, `Fetches or checks versioned data with ${m.signal.label}: \`${m.command.text}\`.`));
    }
    const checkoutLfs = a.steps.filter((s) => /^actions\/checkout@/i.test(s.step.uses?.value ?? '') && s.step.inputs['lfs']?.value === 'true');
    if (lfsDataRules.length > 0) for (const s of checkoutLfs) evidence.push(execEvidence(s, `Checks out git LFS files ("lfs: true"), which hold data by ${lfsDataRules[0]!.file}:${lfsDataRules[0]!.line}.`));
    const ranDvc = commands.some((m) => m.signal.label === 'DVC');
    for (const u of matchUses(a, ML_TOOL_USES)) {
      const signal = ML_TOOL_USES.find((s) => s.uses === u.signal.uses);
      if (signal?.kind !== 'setup' || !/dvc|lakectl|tools/i.test(u.signal.uses) || ranDvc) continue;
      evidence.push({
        ...execEvidence(u.exec, `Installs DVC (uses: ${u.exec.step.uses!.value}), but no step runs \`dvc pull\`, \`dvc repro\` or \`dvc status\`, so CI never fetches the data.`),
        triggers: [],
      });
    }
    // A `.dvc` file that tracks only models versions a model, not data (CHECKLIST §3: datasets are versioned with the code);
    // then DVC's remote configuration alone holds no dataset either.
    const files = matchFiles(a, DATA_VERSIONING_FILES);
    const modelOnly = files
      .filter((f) => f.signal.label === 'DVC-tracked data')
      .map((f) => ({ path: f.path, outs: dvcOuts(a, f.path) }))
      .filter((t) => t.outs.length > 0 && t.outs.every((o) => MODEL_OUT.test(o.path)));
    const models = new Set(modelOnly.map((t) => t.path));
    const dataFiles = files.filter((f) => !models.has(f.path));
    const onlyRemote = dataFiles.every((f) => f.signal.label === 'DVC remote configuration') && commands.length === 0;
    for (const f of dataFiles) if (!(onlyRemote && models.size > 0)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const findings = cannotFailFindings(
      'data-versioning',
      'data fetch',
      commands.map((m) => m.command),
    );
    for (const t of modelOnly) {
      const o = t.outs[0]!;
      findings.push({
        severity: 'notice',
        file: t.path,
        line: o.line,
        column: 1,
        check: 'data-versioning',
        message: `"${t.path}" tracks a model ("${o.path}") with DVC, not data: that versions the model; version the datasets too (a .dvc file or a dvc.yaml stage for the data).`,
      });
    }
    for (const r of lfsDataRules) evidence.push(fileEvidence(r.file, `git LFS stores data files: "${r.rule}".`, r.line));
    // A script CI runs that reads a dataset version (DVC API, lakeFS, a tracker's dataset artifact) consumes versioned data, like `dvc pull`.
    const scripts = commandsRunningCode(a, DATA_VERSIONING_SOURCE);
    for (const s of scripts)
      evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which reads versioned data (${s.hit.label}, line ${s.hit.line}: \`${s.hit.text}\`).`));
    // Tests are searched apart, so that a library's many uses of its own API (docstrings included) do not use up the
    // hits before a test that reads versioned data, which CI may run.
    for (const h of findInSource(a.repo, DATA_VERSIONING_SOURCE, { limitPerLabel: 5, where: (p) => !isTestPath(p) })) evidence.push(sourceEvidence(a, h, `Reads versioned data with the ${h.label}: "${h.text}".`));
    for (const h of findInSource(a.repo, DATA_VERSIONING_SOURCE, { limitPerLabel: 5, where: isTestPath })) evidence.push(sourceEvidence(a, h, `Test "${h.file}" reads versioned data with the ${h.label}: "${h.text}".`));
    for (const pushed of cannotFailFindings('data-versioning', 'data fetch', scripts.map((s) => s.command))) findings.push(pushed);
    return decide(
      evidence,
      {
        automated: "CI fetches or checks versioned data (DVC, git LFS, lakeFS, a tracker's dataset version) on an automated trigger.",
        present: 'Data is versioned (DVC, git LFS or lakeFS files, or dataset versions read from a tracker or hub), but no workflow on an automated trigger fetches or checks it.',
        absent: 'No data versioning was found: no dvc.yaml, *.dvc or .dvc/config, no git LFS rule for data files, no lakeFS or DataLad files, and no `dvc pull`/`git lfs pull` in CI.',
      },
      findings,
    );
  },
});
