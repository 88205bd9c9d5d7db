import { callTextAt, findInSource, testSourceFiles, isExpectedFailure, isNotebook, matchCommands, matchUses, usesName, commandsRunningCode, type Analysis, type SourceHit } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { ExecStep } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence } from './kit.js';
import { hitEvidence, runByReach } from './kit.js';
import { NON_MODEL_REPO_TYPE, REGISTRY_COMMANDS, REGISTRY_PUSH_IN_TESTS, REGISTRY_SOURCE, REGISTRY_USES } from '../vocabulary/model-registry.js';

/** Hugging Face actions that push to the Hub (not the docs builders). */
function isHubPushAction(exec: ExecStep): boolean {
  const name = usesName(exec.step.uses?.value ?? '');
  return name.startsWith('huggingface/') && /push|upload|sync|hub/.test(name.slice('huggingface/'.length)) && !/doc/.test(name);
}

/**
 * A Hub upload whose call names a Space or a dataset repository (`upload_folder(..., repo_type="space")`) deploys an app or
 * publishes data, not a model: the call's arguments are read up to its closing parenthesis (at most 20 lines).
 */
function uploadsNoModel(a: Analysis, hit: SourceHit): boolean {
  if (!/\bupload_(folder|file)\s*\(/.test(hit.text)) return false;
  return NON_MODEL_REPO_TYPE.test(callTextAt(a, hit.file, hit.line, 20));
}

export const modelRegistry: Check<'model-registry'> = defineCheck({
  sources: [REGISTRY_SOURCE, REGISTRY_PUSH_IN_TESTS],
  meta: {
    id: 'model-registry',
    phase: 'packaging',
    title: 'Models registered or pushed to a registry',
    practice: 'Models are registered or pushed to a registry.',
    typicalEvidence: 'mlflow register_model, `kit push`, push_to_hub, wandb artifacts',
    remediation:
      'Register the model the pipeline trains: `mlflow.register_model(...)` in the training script, `kit push` of a ModelKit, or `push_to_hub(...)`, run by a workflow after the quality gate.',
    example: '- run: kit push ghcr.io/org/model:${{ github.sha }}',
  },
  evaluate(a) {
    const commands = matchCommands(a, REGISTRY_COMMANDS);
    const uses = matchUses(a, REGISTRY_USES);
    const hubActions = a.steps.filter(isHubPushAction);
    const scripts = commandsRunningCode(a, REGISTRY_SOURCE).filter((s) => !uploadsNoModel(a, s.hit));
    const evidence: Evidence[] = [
      ...commands.map((m) => commandEvidence(m.command, `\`${m.command.text}\` ${m.signal.label}.`)),
      ...uses.map((m) => execEvidence(m.exec, `Uses ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...hubActions.map((e) => execEvidence(e, `Pushes to the Hugging Face Hub (uses: ${e.step.uses!.value}).`)),
      ...scripts.map((s) => commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which registers the model (${s.hit.label}, line ${s.hit.line}: \`${s.hit.text}\`).`)),
    ];
    for (const h of findInSource(a.repo, REGISTRY_SOURCE, { limitPerLabel: 5 }).filter((x) => !uploadsNoModel(a, x))) {
      const where = isNotebook(h.file) ? 'notebook' : 'code';
      evidence.push(hitEvidence(h, `The ${where} "${h.file}" registers or pushes a model (${h.label}): \`${h.text}\`.`));
    }
    // Tests that push a model package to a registry: the push feature of a packaging tool tested (CHECKLIST §5).
    const pushed = new Set<string>();
    for (const h of findInSource(a.repo, REGISTRY_PUSH_IN_TESTS, { files: testSourceFiles(a), limitPerLabel: 10 })) {
      if (pushed.has(h.file) || isExpectedFailure(h)) continue;
      pushed.add(h.file);
      evidence.push({ ...hitEvidence(h, `Test "${h.file}" pushes a model package to a registry (${h.label}): \`${h.text}\`.`), ...runByReach(a, a.inventory.reachedBy.get(h.file) ?? []) });
    }
    const findings = cannotFailFindings('model-registry', 'registry step', [...commands.map((m) => m.command), ...uses.map((m) => m.exec), ...hubActions, ...scripts.map((s) => s.command)]);
    return decide(
      evidence,
      {
        automated: 'A workflow on an automated trigger registers or pushes the model to a registry.',
        present: 'Code or configuration registers models, but no workflow on an automated trigger runs it (notebooks and manual runs count as present).',
        absent: 'No model registry use was found: no mlflow.register_model or MlflowClient versions, kit push, push_to_hub/hf upload, W&B model artifacts, nor a cloud model registry.',
      },
      findings,
    );
  },
});
