/**
 * Typed queries the ML checks share: evidence from source hits (reached through the test
 * inventory, notebooks marked), DVC pipeline stages with their lines, the commands that
 * follow a command in its job, and whether a command's exit status survives its pipe.
 */
import type { Analysis } from '../analysis.js';
import type { Evidence } from '../model/check.js';
import type { Command } from '../model/execution.js';
import { logicalLines, splitChain } from '../parse/commands.js';
import { isNotebook, type SourceHit } from '../parse/source.js';
import { parseYaml } from '../parse/yaml.js';
import { runByReach } from './evidence.js';

/** Paths that hold tests by the common conventions (used when the inventory is empty). */
export function isTestPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /(^|\/)(tests?|__tests__|testing|spec)\//.test(path) || /^test_.*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|^conftest\.py$/.test(base);
}

export const NOTEBOOK_NOTE = 'it is in a notebook, which no pipeline runs, so it counts as present, not automated';

/** The commands that run a file, by the test inventory. */
export function commandsReaching(a: Analysis, path: string): readonly Command[] {
  return a.inventory.reachedBy.get(path) ?? [];
}

/** Evidence at a source hit; a test file that CI runs carries the triggers of the commands that run it. */
export function sourceEvidence(a: Analysis, hit: SourceHit, message: string): Evidence {
  const e: Evidence = { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
  if (isNotebook(hit.file)) {
    e.message = `${message.replace(/\.$/, '')}; ${NOTEBOOK_NOTE}.`;
    return e;
  }
  const by = commandsReaching(a, hit.file);
  return by.length > 0 ? { ...e, ...runByReach(by) } : e;
}

/** True when every piece of evidence is in a notebook (the reason then says so). */
export function onlyNotebooks(evidence: readonly Evidence[]): boolean {
  return evidence.length > 0 && evidence.every((e) => isNotebook(e.file));
}

/** The reason for a `present` verdict, naming the notebook case. */
export function presentReason(evidence: readonly Evidence[], text: string): string {
  return onlyNotebooks(evidence) ? `${text} It is found only in notebooks: move it into a script or pipeline stage that CI runs to make it automated.` : text;
}

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
export function dvcStages(a: Analysis): DvcStage[] {
  const out: DvcStage[] = [];
  for (const file of a.repo.files) {
    if (!/(^|\/)dvc\.ya?ml$/.test(file)) continue;
    const text = a.repo.read(file);
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

/** Commands that run after `c` in the same job (and the same workflow run). */
export function laterInJob(a: Analysis, c: Command): Command[] {
  const i = a.commands.indexOf(c);
  return a.commands.slice(i + 1).filter((x) => x.exec.workflow === c.exec.workflow && x.exec.job === c.exec.job);
}

/** Earlier commands in the same job. */
export function earlierInJob(a: Analysis, c: Command): Command[] {
  const i = a.commands.indexOf(c);
  return a.commands.slice(0, Math.max(i, 0)).filter((x) => x.exec.workflow === c.exec.workflow && x.exec.job === c.exec.job);
}

/** What follows a command in its shell line: the operator and the next command's text. */
export function followedBy(c: Command): { op: string; next: string } | undefined {
  if (c.via.length > 0 || c.at.file !== c.exec.file) return undefined;
  for (const l of logicalLines(c.exec.step.runLines)) {
    if (l.pos.line !== c.at.line) continue;
    const parts = splitChain(l.value);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const lead = p.text.length - p.text.trimStart().length;
      if (l.pos.column + p.offset + lead !== c.at.column) continue;
      return p.next === '' ? undefined : { op: p.next, next: parts[i + 1]?.text.trim() ?? '' };
    }
  }
  return undefined;
}

/**
 * Why a command's failure would not fail its step, when it would not: the step's
 * override or `|| true`, or a pipe whose status is the last command's (GitHub's default
 * `bash -e` has no pipefail; `shell: bash` and `set -o pipefail` turn it on).
 */
export function whyCannotFail(c: Command): string | undefined {
  if (c.cannotFail) return c.cannotFail;
  const after = followedBy(c);
  if (after?.op !== '|') return undefined;
  if (/^jq\b.*\s(-e|--exit-status)\b/.test(after.next)) return undefined;
  const shell = c.exec.step.shell?.value.trim();
  const script = c.exec.step.runLines.map((l) => l.value).join('\n');
  if (shell === 'bash' || /pipefail/.test(shell ?? '') || /set -[a-z]*o pipefail|set -o pipefail/.test(script)) return undefined;
  return `its output is piped into \`${after.next}\`, and without pipefail the step's status is that of \`${after.next.split(/\s+/)[0] ?? ''}\``;
}
