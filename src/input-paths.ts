/**
 * The file-system inputs checked against the boundary before anything is read: the
 * workspace is the boundary (a pull request controls everything inside it, including
 * links), `path` must be a folder inside it, `config-file` must stay inside it, and
 * `report-file` must be a file (or a new one) inside it. Each failure is an InputError that
 * names the input and says what is wrong, in one line.
 */
import * as path from 'node:path';
import { InputError, type ActionInputs } from './inputs.js';
import { realFolder, resolveInside } from './io/fs-guard.js';
import * as fs from 'node:fs';

export interface InputPaths {
  /** The real path of the workspace. */
  workspace: string;
  /** The real path of the folder analysed. */
  root: string;
  /** Where the JSON report goes (inside the workspace), when asked for. */
  reportFile?: string;
}

/** `workspaceDir` is GITHUB_WORKSPACE (or the current folder for a local run). Throws InputError. */
/** How messages name the inputs: the action's inputs, or the CLI's options. */
export interface InputNames {
  workspace: string;
  path: string;
  configFile: string;
  reportFile: string;
}

export const ACTION_INPUT_NAMES: InputNames = { workspace: 'The workspace GITHUB_WORKSPACE', path: 'Input "path"', configFile: 'Input "config-file"', reportFile: 'Input "report-file"' };
export const CLI_INPUT_NAMES: InputNames = { workspace: 'The folder', path: 'The path', configFile: 'The --config file', reportFile: 'The report file' };

export function checkInputPaths(inputs: Pick<ActionInputs, 'path' | 'configFile' | 'configFileExplicit' | 'reportFile'>, workspaceDir: string, names: InputNames = ACTION_INPUT_NAMES): InputPaths {
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
  if (inputs.reportFile !== undefined) {
    const report = resolveInside(workspace, workspace, inputs.reportFile, true);
    if (!report.ok) throw new InputError(`${names.reportFile} ("${inputs.reportFile}") ${report.reason}; give a file path inside the workspace.`);
    if (isFolder(report.value)) throw new InputError(`${names.reportFile} ("${inputs.reportFile}") is a folder; give a file path such as "mlops-report.json".`);
    out.reportFile = report.value;
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
