import { allCommands, matchCommands, matchFiles, matchUses } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { hasKind, type ExecStep } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence } from './kit.js';
import { GENERIC_DEPLOY_COMMANDS, MODEL_DEPLOY_COMMANDS } from '../vocabulary/shared/deploy-targets.js';
import { REGISTRY_COMMANDS } from '../vocabulary/model-registry.js';
import { RELEASE_USES, PUSH_ACTIONS, RELEASE_COMMANDS, RELEASE_FILES, LOCAL_REGISTRY } from '../vocabulary/release.js';


/** When the step runs, in words: on a published release, on a tag push, or not said. */
export function releaseWhen(exec: ExecStep): string {
  const parts: string[] = [];
  const wf = exec.pipeline;
  for (const e of exec.reach.events) if (e.kind === 'release') parts.push(`on "${e.original}"`);
  const tags = wf.triggers.filter((t) => t.kind === 'push' && hasKind(exec.reach, 'push')).flatMap((t) => t.tags);
  if (tags.length > 0) parts.push(`on tag push (${tags.map((t) => `"${t}"`).join(', ')})`);
  else if (exec.reach.conditions.some((c) => /refs\/tags|github\.ref_type\s*==\s*['"]tag/.test(c))) parts.push('on tag push (by its `if:`)');
  return parts.length > 0 ? ` It runs ${parts.join(' and ')}.` : '';
}

export const release: Check<'release'> = defineCheck({
  meta: {
    id: 'release',
    phase: 'devops',
    title: 'Release and deploy',
    practice: 'Releases are published or deployed automatically.',
    typicalEvidence: 'pypa/gh-action-pypi-publish, twine upload, docker push, goreleaser, softprops/action-gh-release, on `release` or tag push; deployment of the application or its docs (pages, cloud)',
    remediation: 'Publish from a workflow on "release" or on a tag push: pypa/gh-action-pypi-publish with trusted publishing (Python), docker/build-push-action with push: true (images), goreleaser (Go), softprops/action-gh-release (GitHub releases).',
    example: 'on:\n  release:\n    types: [published]\njobs:\n  publish:\n    steps:\n      - run: pipx run build\n      - uses: pypa/gh-action-pypi-publish@release/v1',
  },
  evaluate(a) {
    const uses = matchUses(a, RELEASE_USES);
    const pushes = a.steps.filter((s) => {
      const name = s.step.uses?.value.replace(/@.*$/, '').toLowerCase();
      const push = s.step.inputs['push']?.value.trim();
      return name !== undefined && PUSH_ACTIONS.has(name) && push !== undefined && (push === 'true' || push.includes('${{'));
    });
    const commands = matchCommands(a, RELEASE_COMMANDS, allCommands(a)).filter((m) => !LOCAL_REGISTRY.test(` ${m.command.argv.join(' ')}`));
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Publishes with ${m.signal.label} (uses: ${m.exec.step.uses!.value}).${releaseWhen(m.exec)}`)),
      ...pushes.map((s) => execEvidence(s, `Pushes an image (uses: ${s.step.uses!.value} with push: ${s.step.inputs['push']!.value}).${releaseWhen(s)}`)),
      ...commands.map((m) => commandEvidence(m.command, `Publishes with ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`)),
    ];
    // Deploying the application counts when the job names its target (`environment:`): a kind
    // cluster in a test job has none. Pushing a model artifact to a registry publishes it.
    const deploys = matchCommands(a, [...MODEL_DEPLOY_COMMANDS, ...GENERIC_DEPLOY_COMMANDS], allCommands(a)).filter((m) => m.command.exec.job.environment !== undefined);
    for (const m of deploys) evidence.push(commandEvidence(m.command, `Deploys to ${m.signal.label} in environment "${m.command.exec.job.environment!.value}": \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
    const artifacts = matchCommands(a, REGISTRY_COMMANDS, allCommands(a));
    for (const m of artifacts) evidence.push(commandEvidence(m.command, `Publishes the model: ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
    for (const f of matchFiles(a, RELEASE_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const findings = cannotFailFindings('release', 'publish step', [...uses.map((m) => m.exec), ...pushes, ...commands.map((m) => m.command), ...deploys.map((m) => m.command), ...artifacts.map((m) => m.command)]);
    return decide(evidence, {
      automated: 'Releases or deployments are published by a workflow on an automated trigger.',
      present: 'A release is configured or a publish workflow exists, but it runs only by hand (workflow_dispatch) or not at all.',
      absent: 'No publish or deploy step was found in the workflows (PyPI publish, docker push, goreleaser, GitHub release, pages deploy ...) and no release configuration in the repository.',
    }, findings);
  },
});
