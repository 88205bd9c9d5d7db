import { allCommands, commandLine, matchCommands, matchFiles, matchUses, outlineLine } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Command } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence } from './kit.js';
import { BUILD_USES, BUILD_COMMANDS, DOCS_COMMAND, DOCS_DIR, BUILD_FILES, BUILD_SECTIONS } from '../vocabulary/build.js';
import { NOT_OWN_BUILD_DIR } from '../vocabulary/shared/test-paths.js';


function isDocsBuild(c: Command): boolean {
  const wd = c.exec.step.workdir?.value ?? '';
  return DOCS_COMMAND.test(commandLine(c)) || DOCS_DIR.test(wd);
}

export const build: Check<'build'> = defineCheck({
  meta: {
    id: 'build',
    phase: 'devops',
    title: 'Build',
    practice: 'The project (package or image) is built in CI.',
    typicalEvidence: 'python -m build, uv build, docker build, docker/build-push-action, go build, npm run build',
    remediation: 'Build your package or image in a workflow on pull_request: `python -m build` or `uv build` (Python), `docker build` or docker/build-push-action (images), `go build`, `npm run build`.',
    example: '- run: pipx run build\n- uses: docker/build-push-action@v6\n  with:\n    push: false',
  },
  evaluate(a) {
    const uses = matchUses(a, BUILD_USES);
    const commands = matchCommands(a, BUILD_COMMANDS, allCommands(a)).filter((m) => !isDocsBuild(m.command));
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Builds with ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...commands.map((m) => commandEvidence(m.command, `Builds with ${m.signal.label}: \`${m.command.text}\`.`)),
    ];
    const files = matchFiles(a, BUILD_FILES).filter((f) => !/(^|\/)(node_modules|\.venv|vendor)\//.test(f.path));
    for (const s of BUILD_SECTIONS) {
      for (const path of a.repo.files.filter((p) => s.file.test(p) && !NOT_OWN_BUILD_DIR.test(p))) {
        const at = outlineLine(a, path, s.re);
        if (at !== undefined) evidence.push(fileEvidence(path, `${s.label} "${path}": the project declares how it is built.`, at.line));
      }
    }
    for (const f of files) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const findings = cannotFailFindings('build', 'build step', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]);
    return decide(evidence, {
      automated: 'The project is built in CI on an automated trigger.',
      present: 'The project declares a build (a Dockerfile, [build-system], setup.py or a build script), but no workflow on an automated trigger builds it.',
      absent: 'No build step was found in the workflows (python -m build, uv build, docker build, go build, npm run build ...) and no Dockerfile, [build-system] or build script in the repository.',
    }, findings);
  },
});
