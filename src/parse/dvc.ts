/** DVC pipelines: the stages of every `dvc.yaml`, with their command and position. */
import type { RepoIndex } from '../model/repository.js';
import { parseYaml } from './yaml.js';

/** A stage of a `dvc.yaml` pipeline. */
export interface DvcStage {
  file: string;
  name: string;
  line: number;
  column: number;
  cmd: string;
  /** `metrics:` or `plots:` outputs declared. */
  hasMetrics: boolean;
}

/** The stages of every `dvc.yaml` in the repository (a broken file gives the stages that could be read). */
export function readDvcStages(repo: RepoIndex): DvcStage[] {
  const out: DvcStage[] = [];
  for (const file of repo.files) {
    if (!/(^|\/)dvc\.ya?ml$/.test(file)) continue;
    const text = repo.read(file);
    if (text === undefined) continue;
    const { reader: y, root } = parseYaml(file, text);
    for (const st of y.entries(y.get(root, 'stages'))) {
      const cmdNode = y.get(st.value, 'cmd');
      const cmd = y.str(cmdNode)?.value ?? y.strList(cmdNode).map((c) => c.value).join(' && ');
      const hasMetrics = y.hasKey(st.value, 'metrics') || y.hasKey(st.value, 'plots');
      out.push({ file, name: st.key, line: st.keyPos.line, column: st.keyPos.column, cmd, hasMetrics });
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
