/** pre-commit.ci: the `ci:` key of `.pre-commit-config.yaml` and its hooks, which pre-commit.ci runs on every pull request when the service is enabled. */
import type { Finding } from '../../../model/finding.js';
import type { SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';
import { parseYaml } from '../../yaml.js';

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

export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';

/** A pre-commit config: its hooks with their lines, its `ci:` key and `ci.skip`, and what reading it found. */
export type PreCommitConfig = { ciKey?: SourceRef; ciSkip?: string[]; hooks: PreCommitCi['hooks']; findings: Finding[] };

/** Read once per repository: CI reading, the pre-commit task resolver, the external-CI reader and a check all ask. */
const readConfigs = new WeakMap<RepoIndex, { value: PreCommitConfig | undefined }>();

/** The repository's `.pre-commit-config.yaml` as read (parsed once per repository; callers do not change it), or undefined. */
export function readPreCommit(repo: RepoIndex): PreCommitConfig | undefined {
  let read = readConfigs.get(repo);
  if (!read) readConfigs.set(repo, (read = { value: readPreCommitConfig(repo) }));
  return read.value;
}

function readPreCommitConfig(repo: RepoIndex): PreCommitConfig | undefined {
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
