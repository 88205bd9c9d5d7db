import {
  shellWords,
  findInSource,
  testSourceFiles,
  isExpectedFailure,
  modelPackages,
  packageOfCommand,
  type ModelPackage,
  matchCommands,
  matchFiles,
  matchUses,
  usesName,
  servingDockerfiles,
  composeBuiltDockerfiles,
  type Analysis,
  type ServingDockerfile,
} from '../analysis/index.js';
import * as path from 'node:path';
import type { Evidence } from '../model/check.js';
import type { Command, ExecStep } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, testKindEvidence } from './kit.js';
import { PACK_ROUND_TRIP } from '../vocabulary/shared/test-kinds.js';
import { hitEvidence, runByReach } from './kit.js';
import { PACKAGING_COMMANDS, PACKAGING_FILES, PACKAGING_USES } from '../vocabulary/model-packaging.js';
import { PACKAGING_SOURCE, DOCKER_BUILD, PACKAGE_BUILD_IN_TESTS, PYTHON_PACKAGE_BUILD } from '../vocabulary/model-packaging.js';

/** The Dockerfile a `docker build` command builds (`-f`, else `<context>/Dockerfile`). */
function dockerfileOfCommand(c: Command): string {
  const words = shellWords(c.text);
  const wd = c.exec.step.workdir?.value ?? '';
  let file: string | undefined;
  let context = '.';
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-f' || w === '--file') file = words[++i];
    else if (w.startsWith('--file=')) file = w.slice(7);
    else if (/^-(t|-tag|-build-arg|-target|-platform|-label|-cache-from|-cache-to|-secret|-output|o)$/.test(w)) i++;
    else if (!w.startsWith('-') && i > 1 && !['build', 'buildx', 'image'].includes(w)) context = w;
  }
  return normalize(wd, file ?? path.posix.join(context, 'Dockerfile'));
}

function dockerfileOfAction(exec: ExecStep): string {
  const file = exec.step.inputs['file']?.value;
  const context = exec.step.inputs['context']?.value ?? '.';
  return normalize('', file ?? path.posix.join(context, 'Dockerfile'));
}

function normalize(wd: string, p: string): string {
  return path.posix.normalize(path.posix.join(wd, p)).replace(/^\.\//, '');
}

/** Image builds in CI whose Dockerfile serves a model. */
export function servingImageBuilds(a: Analysis): { evidence: Evidence; item: Command | ExecStep }[] {
  const serving = new Map<string, ServingDockerfile>(servingDockerfiles(a).map((d) => [d.path, d]));
  if (serving.size === 0) return [];
  const out: { evidence: Evidence; item: Command | ExecStep }[] = [];
  for (const c of a.commands) {
    const built = DOCKER_BUILD.test(c.argv.join(' ')) ? [dockerfileOfCommand(c)] : composeBuiltDockerfiles(a, c);
    const d = built.map((f) => serving.get(f)).find((x) => x !== undefined);
    if (d) out.push({ item: c, evidence: commandEvidence(c, `Builds the model-serving image of "${d.path}" (${d.server}): \`${c.text}\`.`) });
  }
  for (const exec of a.steps) {
    const uses = exec.step.uses?.value;
    if (!uses || usesName(uses) !== 'docker/build-push-action') continue;
    const d = serving.get(dockerfileOfAction(exec));
    if (d) out.push({ item: exec, evidence: execEvidence(exec, `Builds the model-serving image of "${d.path}" (${d.server}) with ${uses}.`) });
  }
  return out;
}

/** Where a model package ships its trained model, in words. */
function shippedAt(p: ModelPackage): string {
  return `"${p.shipped.value}" at ${p.shipped.file}${p.shipped.line !== undefined ? `:${p.shipped.line}` : ''}`;
}

/** Package builds run in a model package's folder (a script there, the step's working directory) or on its folder. */
function modelPackageBuilds(a: Analysis, packages: readonly ModelPackage[]): { command: Command; pkg: ModelPackage }[] {
  const out: { command: Command; pkg: ModelPackage }[] = [];
  for (const m of matchCommands(a, PYTHON_PACKAGE_BUILD)) {
    const pkg = packageOfCommand(packages, m.command);
    if (pkg) out.push({ command: m.command, pkg });
  }
  return out;
}

export const modelPackaging: Check<'model-packaging'> = defineCheck({
  sources: [PACKAGING_SOURCE, PACKAGE_BUILD_IN_TESTS],
  meta: {
    id: 'model-packaging',
    phase: 'packaging',
    title: 'Model packaged as a versioned artifact',
    practice: 'The model is packaged as a versioned artifact.',
    typicalEvidence: 'Kitfile + `kit pack`, bentofile + `bentoml build`, `mlflow models build-docker`, cog, a serving Dockerfile',
    remediation:
      'Package the trained model in CI: describe it in a Kitfile and run `kit pack` (or `bentoml build`, `mlflow models build-docker`, `cog build`, or build a serving Dockerfile), tagged with the version or commit.',
    example: '- uses: jozu-ai/gh-kit-setup@v1\n- run: kit pack . -t ghcr.io/org/model:${{ github.sha }}',
  },
  evaluate(a) {
    const commands = matchCommands(a, PACKAGING_COMMANDS);
    const uses = matchUses(a, PACKAGING_USES);
    const images = servingImageBuilds(a);
    const packages = modelPackages(a);
    const packageBuilds = packages.length > 0 ? modelPackageBuilds(a, packages) : [];
    const evidence: Evidence[] = [
      ...packageBuilds.map((b) => commandEvidence(b.command, `Builds the model package "${b.pkg.dir || '.'}", which ships the trained model (${shippedAt(b.pkg)}): \`${b.command.text}\`.`)),
      ...commands.map((m) => commandEvidence(m.command, `Packages ${m.signal.label}: \`${m.command.text}\`.`)),
      ...uses.map((m) => execEvidence(m.exec, `Uses ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...images.map((i) => i.evidence),
    ];
    // A model packer's own pack/unpack round-trip tests exercise its packaging feature (CHECKLIST §5: a Go or Rust tool's tests count like a Python library's).
    for (const e of testKindEvidence(a, 'serialization', (m) => `Packaging test "${m.file.path}" (${m.evidence.signal}).`)) if (e.message.includes(PACK_ROUND_TRIP)) evidence.push(e);
    for (const f of matchFiles(a, PACKAGING_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}" describes a model package.`));
    for (const p of packages) evidence.push(fileEvidence(p.manifest, `"${p.manifest}" packages the trained model (${shippedAt(p)}) made by "${p.trainScript}": a versioned model package.`));
    for (const d of servingDockerfiles(a)) evidence.push(fileEvidence(d.path, `Dockerfile "${d.path}" builds an image that serves a model (${d.server}).`, d.line));
    // Tests that build a model package: the packaging feature tested (an ML library's own, CHECKLIST §5) or an application's package built in its tests.
    const built = new Set<string>();
    for (const h of findInSource(a.repo, PACKAGE_BUILD_IN_TESTS, { files: testSourceFiles(a), limitPerLabel: 10 })) {
      if (built.has(h.file) || isExpectedFailure(h)) continue;
      built.add(h.file);
      evidence.push({ ...hitEvidence(h, `Test "${h.file}" builds a model package (${h.label}): \`${h.text}\`.`), ...runByReach(a, a.inventory.reachedBy.get(h.file) ?? []) });
    }
    for (const h of findInSource(a.repo, PACKAGING_SOURCE, { limitPerLabel: 5 })) evidence.push(hitEvidence(h, `"${h.file}" holds ${h.label}: \`${h.text}\`.`));
    const findings = cannotFailFindings('model-packaging', 'packaging step', [
      ...packageBuilds.map((b) => b.command),
      ...commands.map((m) => m.command),
      ...uses.map((m) => m.exec),
      ...images.map((i) => i.item),
    ]);
    return decide(
      evidence,
      {
        automated: 'A workflow on an automated trigger packages the model as an artifact.',
        present: 'The repository describes a model package (Kitfile, bentofile, Cog, serving Dockerfile), but no workflow on an automated trigger builds it.',
        absent: 'No model packaging was found: no Kitfile/kit pack, bentofile/bentoml build, mlflow models build-docker, cog.yaml, nor a Dockerfile that serves a model.',
      },
      findings,
    );
  },
});
