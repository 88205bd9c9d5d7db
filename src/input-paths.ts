/**
 * The file-system inputs checked against the boundary before anything is read: the
 * workspace is the boundary (a pull request controls everything inside it, including
 * links), `path` must be a folder inside it, `config-file` must stay inside it, and
 * `report-file`, `sarif-file` and `badge-file` must each be a file (or a new one) inside it. Each failure is an InputError that
 * names the input and says what is wrong, in one line.
 */
import * as path from 'node:path';
import type { ActionInputs } from './inputs.js';
import { InputError } from './input-error.js';
import { realFolder, resolveInside } from './io/fs-guard.js';
import * as fs from 'node:fs';

export interface InputPaths {
  /** The real path of the workspace. */
  workspace: string;
  /** The real path of the folder analysed. */
  root: string;
  /** Where the JSON report goes (inside the workspace), when asked for. */
  reportFile?: string;
  /** Where the SARIF log goes (inside the workspace), when asked for. */
  sarifFile?: string;
  /** Where the badge goes (inside the workspace), when asked for. */
  badgeFile?: string;
}

/** `workspaceDir` is GITHUB_WORKSPACE (or the current folder for a local run). Throws InputError. */
/** How messages name the inputs: the action's inputs, or the CLI's options. */
export interface InputNames {
  workspace: string;
  path: string;
  configFile: string;
  reportFile: string;
  sarifFile: string;
  badgeFile: string;
}

export const ACTION_INPUT_NAMES: InputNames = {
  workspace: 'The workspace GITHUB_WORKSPACE',
  path: 'Input "path"',
  configFile: 'Input "config-file"',
  reportFile: 'Input "report-file"',
  sarifFile: 'Input "sarif-file"',
  badgeFile: 'Input "badge-file"',
};
export const CLI_INPUT_NAMES: InputNames = { workspace: 'The folder', path: 'The path', configFile: 'The --config file', reportFile: 'The report file', sarifFile: 'The SARIF file', badgeFile: 'The badge file' };

/** The output files, with an example name each for the message about a folder. */
const OUTPUT_FILES = [
  ['reportFile', 'mlops-report.json'],
  ['sarifFile', 'mlops-ci-check.sarif'],
  ['badgeFile', 'mlops-badge.svg'],
] as const;

export function checkInputPaths(
  inputs: Pick<ActionInputs, 'path' | 'configFile' | 'configFileExplicit' | 'reportFile'> & Partial<Pick<ActionInputs, 'sarifFile' | 'badgeFile'>>,
  workspaceDir: string,
  names: InputNames = ACTION_INPUT_NAMES,
): InputPaths {
  const ws = realFolder(workspaceDir);
  if (!ws.ok) throw new InputError(`${names.workspace} ("${workspaceDir}") ${ws.reason}; the action needs the checked-out repository there.`);
  const workspace = ws.value;
  const at = resolveInside(workspace, workspace, inputs.path);
  if (!at.ok) throw new InputError(`${names.path} ("${inputs.path}") ${at.reason}; give a folder inside the workspace.`);
  const folder = realFolder(at.value);
  if (!folder.ok) throw new InputError(`${names.path} ("${inputs.path}") ${folder.reason}; give a folder inside the workspace.`);
  const root = folder.value;
  if (inputs.configFileExplicit) {
    const config = resolveInside(workspace, root, inputs.configFile);
    // A missing file is reported by the analysis (as a located finding); one outside is refused here.
    if (!config.ok && config.code !== 'missing') throw new InputError(`${names.configFile} ("${inputs.configFile}") ${config.reason}; give a file inside the repository.`);
    if (config.ok && isFolder(config.value)) throw new InputError(`${names.configFile} ("${inputs.configFile}") is a folder; give the path of the YAML config file.`);
  }
  const out: InputPaths = { workspace, root };
  // Each output file is checked here, before the analysis, so a bad one costs no work and names its input.
  for (const [key, example] of OUTPUT_FILES) {
    const file = inputs[key];
    if (file === undefined) continue;
    const target = resolveInside(workspace, workspace, file, true);
    if (!target.ok) throw new InputError(`${names[key]} ("${file}") ${target.reason}; give a file path inside the workspace.`);
    if (isFolder(target.value)) throw new InputError(`${names[key]} ("${file}") is a folder; give a file path such as "${example}".`);
    out[key] = target.value;
  }
  return out;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** For messages: the path relative to the workspace when inside it. */
export function shownPath(workspace: string, abs: string): string {
  const rel = path.relative(workspace, abs);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}
