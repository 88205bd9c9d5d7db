import { findInSource, matchCommands, matchFiles, earlierInJob, pinnedRequirementFiles, seedHelperTests, whyCannotFail, type Analysis } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { describeCannotFail, type Command } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, fileEvidence, testKindEvidence } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { presentReason, runByReach, sourceEvidence } from './kit.js';
import { ARTIFACT_COMMANDS, BYTE_COMPARE_COMMANDS, EQUAL_ASSERT, LOCK_FILES, REPRODUCTION_CHECK_COMMANDS, SEED_SOURCE } from '../vocabulary/reproducibility.js';

/** Checks that CI runs after reproducing: `dvc status`/`git diff --exit-code` after `dvc repro`, byte comparison after a build. */
function reproductionChecks(a: Analysis, ran: Command[]): Evidence[] {
  const out: Evidence[] = [];
  for (const m of matchCommands(a, [...REPRODUCTION_CHECK_COMMANDS, ...BYTE_COMPARE_COMMANDS])) {
    const before = earlierInJob(a, m.command);
    const repro = before.find((c) => /^dvc (repro|exp run)\b/.test(c.argv.join(' ')));
    const artifact = before.find((c) => ARTIFACT_COMMANDS.some((s) => s.command.test(c.argv.join(' '))));
    const standalone = m.signal.label === 'reproducible-build check';
    const isCompare = BYTE_COMPARE_COMMANDS.includes(m.signal);
    const producer = isCompare ? artifact : repro;
    if (!producer && !standalone) continue;
    const why = whyCannotFail(m.command);
    const what = producer ? `after \`${producer.text}\` (${producer.at.file}:${producer.at.line})` : 'on the build';
    const e = commandEvidence(m.command, `Checks that outputs are reproduced ${what}: \`${m.command.text}\`${why ? `, but ${describeCannotFail(why)}, so a difference fails nothing` : ''}.`);
    out.push(e);
    ran.push(m.command);
  }
  return out;
}

export const reproducibility: Check<'reproducibility'> = defineCheck({
  sources: [SEED_SOURCE],
  meta: {
    id: 'reproducibility',
    phase: 'training',
    title: 'Results can be reproduced',
    practice: 'Results can be reproduced.',
    typicalEvidence: 'seeds set in training code, determinism tests (same input → same output, byte-identical artifacts), lock files',
    remediation: 'Fix the seeds in the training code, commit a lock file, and add a CI check that reproduces the pipeline and compares its outputs (e.g. `dvc repro` then `git diff --exit-code dvc.lock`, or a determinism test run twice).',
    example: '- run: dvc pull && dvc repro\n- run: git diff --exit-code dvc.lock',
  },
  evaluate(a) {
    const ran: Command[] = [];
    const evidence: Evidence[] = [...testKindEvidence(a, 'reproducibility', (m) => `Determinism test "${m.file.path}" (${m.evidence.signal}).`), ...reproductionChecks(a, ran)];
    // A seed helper of any name, one import away, called in a test that asserts equal outputs.
    const known = new Set(evidence.map((e) => e.file));
    for (const t of seedHelperTests(a, SEED_SOURCE, EQUAL_ASSERT)) {
      if (known.has(t.file)) continue;
      evidence.push({
        file: t.file,
        line: t.line,
        column: t.column,
        message: `Determinism test "${t.file}": it calls \`${t.helper}()\`, which fixes randomness (${t.seed.label}, ${t.seed.file}:${t.seed.line}: "${t.seed.text}"), and asserts equal outputs.`,
        ...runByReach(a, t.commands),
      });
    }
    for (const h of findInSource(a.repo, SEED_SOURCE, { limitPerLabel: 3, where: (p) => !isTestPath(p) })) evidence.push(sourceEvidence(a, h, `Fixes randomness (${h.label}): "${h.text}".`));
    for (const f of matchFiles(a, LOCK_FILES)) evidence.push(fileEvidence(f.path, `Lock file "${f.path}" pins the environment.`));
    if (a.repo.files.some((f) => /(^|\/)dvc\.lock$/.test(f))) {
      const lock = a.repo.files.find((f) => /(^|\/)dvc\.lock$/.test(f))!;
      evidence.push(fileEvidence(lock, `"${lock}" records the hashes of the pipeline's inputs and outputs.`));
    }
    for (const f of pinnedRequirementFiles(a)) evidence.push(fileEvidence(f, `"${f}" pins every requirement to one version.`));
    return decide(evidence, {
      automated: 'CI checks reproducibility on an automated trigger (determinism tests, or a reproduced pipeline compared with its recorded outputs).',
      present: presentReason(evidence, 'Reproducibility is prepared (seeds, lock files), but no workflow on an automated trigger checks that results reproduce.'),
      absent: 'Nothing for reproducibility was found: no seeds in the code, no lock file or fully pinned requirements, no determinism test, and no reproduction check in CI.',
    }, cannotFailFindings('reproducibility', 'reproduction check', ran));
  },
});
