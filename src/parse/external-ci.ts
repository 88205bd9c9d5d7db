/**
 * CI services other than GitHub Actions. pre-commit.ci is read (its `ci:` key in
 * .pre-commit-config.yaml means it runs the hooks on every pull request); the others are
 * named as "CI the tool does not read yet" rather than silently ignored (CHECKLIST §2).
 */
import type { Finding } from '../model/finding.js';
import type { SourceRef } from '../model/position.js';
import type { RepoIndex } from '../model/repository.js';
import { parseYaml } from './yaml.js';

export interface PreCommitCi {
  /** Where the `ci:` key stands. */
  at: SourceRef;
  /** Hook ids configured in the file, with their lines. */
  hooks: PreCommitHook[];
}

/** A hook of .pre-commit-config.yaml: its id with its place, and what command resolution needs. */
export interface PreCommitHook {
  id: string;
  line: number;
  column: number;
  /** The `repo:` URL (`local`, `meta`, or a git URL). */
  repo?: string;
  /** `entry:` (local hooks), `args:`, `stages:`, as written. */
  entry?: string;
  args?: string[];
  stages?: string[];
}

export interface ExternalCi {
  preCommitCi?: PreCommitCi;
  /** Other CI configuration files found, by service name. */
  unread: { service: string; file: string }[];
}

const UNREAD: { service: string; test: (p: string) => boolean }[] = [
  { service: 'CircleCI', test: (p) => p === '.circleci/config.yml' || p === '.circleci/config.yaml' },
  { service: 'GitLab CI', test: (p) => p === '.gitlab-ci.yml' },
  { service: 'Travis CI', test: (p) => p === '.travis.yml' },
  { service: 'Azure Pipelines', test: (p) => p === 'azure-pipelines.yml' || p === '.azure-pipelines.yml' },
  { service: 'Jenkins', test: (p) => p === 'Jenkinsfile' },
  { service: 'Buildkite', test: (p) => p === '.buildkite/pipeline.yml' },
  { service: 'Google Cloud Build', test: (p) => p === 'cloudbuild.yaml' || p === 'cloudbuild.yml' },
];

export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';

/** The hooks of a pre-commit config, with their lines (undefined when the file is absent). */
export function readPreCommit(repo: RepoIndex): { ciKey?: SourceRef; ciSkip?: string[]; hooks: PreCommitCi['hooks']; findings: Finding[] } | undefined {
  if (!repo.has(PRE_COMMIT_CONFIG)) return undefined;
  const text = repo.read(PRE_COMMIT_CONFIG);
  if (text === undefined) return undefined;
  const { reader: y, root, findings } = parseYaml(PRE_COMMIT_CONFIG, text);
  const hooks: PreCommitCi['hooks'] = [];
  for (const r of y.seq(y.get(root, 'repos'))) {
    const url = y.str(y.get(r, 'repo'))?.value;
    for (const h of y.seq(y.get(r, 'hooks'))) {
      const id = y.str(y.get(h, 'id'));
      if (!id) continue;
      const hook: PreCommitHook = { id: id.value, line: id.pos.line, column: id.pos.column };
      if (url !== undefined) hook.repo = url;
      const entry = y.str(y.get(h, 'entry'))?.value;
      if (entry !== undefined) hook.entry = entry;
      if (y.hasKey(h, 'args')) hook.args = y.strList(y.get(h, 'args')).map((a) => a.value);
      if (y.hasKey(h, 'stages')) hook.stages = y.strList(y.get(h, 'stages')).map((a) => a.value);
      hooks.push(hook);
    }
  }
  const ciPos = y.keyPos(root, 'ci');
  const skip = y.strList(y.get(y.get(root, 'ci'), 'skip')).map((s) => s.value);
  return { ...(ciPos ? { ciKey: { file: PRE_COMMIT_CONFIG, line: ciPos.line, column: ciPos.column } } : {}), ...(skip.length > 0 ? { ciSkip: skip } : {}), hooks, findings };
}

export function readExternalCi(repo: RepoIndex): { external: ExternalCi; findings: Finding[] } {
  const findings: Finding[] = [];
  const external: ExternalCi = { unread: [] };
  const pc = readPreCommit(repo);
  if (pc) {
    for (const pushed of pc.findings) findings.push(pushed);
    if (pc.ciKey) external.preCommitCi = { at: pc.ciKey, hooks: pc.hooks };
  }
  for (const file of repo.files) {
    const u = UNREAD.find((x) => x.test(file));
    if (!u) continue;
    external.unread.push({ service: u.service, file });
    findings.push({ severity: 'notice', file, line: 1, column: 1, check: 'external-ci', message: `${u.service} is configured in "${file}"; mlops-ci-check does not read ${u.service} yet, so practices it runs are not counted.` });
  }
  return { external, findings };
}
