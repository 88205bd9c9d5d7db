/** DVC pipelines: the stages of every `dvc.yaml`, with their command and position. */
import type { RepoIndex } from '../model/repository.js';
import { parseYaml } from './yaml.js';
import { joinPath } from './run/tasks/types.js';

/** A stage of a `dvc.yaml` pipeline. */
export interface DvcStage {
  file: string;
  name: string;
  line: number;
  column: number;
  cmd: string;
  /** `metrics:` or `plots:` outputs declared. */
  hasMetrics: boolean;
  /** `deps:` paths, relative to the repository root (the dvc.yaml's folder joined with `wdir:`). */
  deps: string[];
  /** `outs:`, `metrics:` and `plots:` paths, relative to the repository root. */
  outs: string[];
  /** The folder its command runs in, relative to the repository root ('' at the root). */
  cwd: string;
  /** A `foreach`/`matrix` stage, or one whose paths hold `${…}` interpolation: its command and paths are templates, read as written. */
  templated: boolean;
}

/** The stages of every `dvc.yaml` in the repository (a broken file gives the stages that could be read). */
export function readDvcStages(repo: RepoIndex): DvcStage[] {
  const out: DvcStage[] = [];
  for (const file of repo.files) {
    if (!/(^|\/)dvc\.ya?ml$/.test(file)) continue;
    const text = repo.read(file);
    if (text === undefined) continue;
    const { reader: y, root } = parseYaml(file, text);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const st of y.entries(y.get(root, 'stages'))) {
      const templated = y.hasKey(st.value, 'foreach') || y.hasKey(st.value, 'matrix');
      const body = y.hasKey(st.value, 'foreach') ? y.get(st.value, 'do') : st.value;
      const cmdNode = y.get(body, 'cmd');
      const cmd =
        y.str(cmdNode)?.value ??
        y
          .strList(cmdNode)
          .map((c) => c.value)
          .join(' && ');
      const hasMetrics = y.hasKey(body, 'metrics') || y.hasKey(body, 'plots');
      const wdir = y.str(y.get(body, 'wdir'))?.value ?? '';
      // An entry is a path, or a one-key mapping from the path to its options (`- metrics.json: {cache: false}`).
      const written = (key: string): string[] =>
        y.seq(y.get(body, key)).flatMap((n) => {
          const p = y.str(n)?.value ?? y.entries(n)[0]?.key;
          return p === undefined || p === '' ? [] : [p];
        });
      const rawDeps = written('deps');
      const rawOuts = [...written('outs'), ...written('metrics'), ...written('plots')];
      // `${…}` in a path or in `wdir` is filled from `vars:`/params.yaml at run time: the graph cannot be read as written.
      const interpolated = [wdir, ...rawDeps, ...rawOuts].some((p) => p.includes('${'));
      const cwd = joinPath(dir, wdir) ?? dir;
      const rooted = (list: string[]) => list.flatMap((p) => joinPath(cwd, p) ?? []);
      out.push({ file, name: st.key, line: st.keyPos.line, column: st.keyPos.column, cmd, hasMetrics, deps: rooted(rawDeps), outs: rooted(rawOuts), cwd, templated: templated || interpolated });
    }
  }
  return out;
}

/** An output a `.dvc` file tracks: the `path:` of one of its `outs:` entries, at its line. */
export interface DvcOut {
  path: string;
  line: number;
}

/** The outputs a `.dvc` file tracks (`outs:` entries' `path:`), with their lines; none when it cannot be read. */
export function readDvcOuts(file: string, text: string): DvcOut[] {
  const { reader: y, root } = parseYaml(file, text);
  return y.seq(y.get(root, 'outs')).flatMap((o) => {
    const p = y.str(y.get(o, 'path'));
    return p === undefined || p.value === '' ? [] : [{ path: p.value, line: p.pos.line }];
  });
}
