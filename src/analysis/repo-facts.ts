/** Facts of small configuration files the checks ask about: git LFS rules, pinned requirements files, a call's text. */
import { readLfsRules, type LfsRule } from '../parse/gitattributes.js';
import { everyRequirementPinned } from '../parse/requirements.js';
import type { Analysis } from './analyze.js';

/** The LFS rules of every `.gitattributes` in the repository, with their file. */
export function lfsRules(a: Analysis): (LfsRule & { file: string })[] {
  return a.repo.files.filter((f) => f === '.gitattributes' || f.endsWith('/.gitattributes')).flatMap((file) => readLfsRules(a.repo.read(file) ?? '').map((r) => ({ file, ...r })));
}

/** The requirements files (`requirements*.txt` / `.lock`) that pin every requirement to one version. */
export function pinnedRequirementFiles(a: Analysis): string[] {
  return a.repo.files.filter((p) => /(^|\/)requirements[\w.-]*\.(txt|lock)$/.test(p)).filter((p) => {
    const text = a.repo.read(p);
    return text !== undefined && everyRequirementPinned(text);
  });
}

/** The text of a call that starts at `line` of `file`, up to its closing parenthesis (at most `maxLines` lines). */
export function callTextAt(a: Analysis, file: string, line: number, maxLines = 20): string {
  const lines = (a.repo.read(file) ?? '').split(/\r?\n/).slice(line - 1, line - 1 + maxLines);
  let depth = 0;
  const call: string[] = [];
  for (const l of lines) {
    call.push(l);
    for (const c of l) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth <= 0) break;
  }
  return call.join('\n');
}

/** Whether a file's text matches a pattern (a whole-file test, e.g. a name anywhere in a module). */
export function fileMentions(a: Analysis, file: string, pattern: RegExp): boolean {
  return pattern.test(a.repo.read(file) ?? '');
}
