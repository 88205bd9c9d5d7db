/**
 * The only reader of action inputs: reads, validates and converts each once. Invalid
 * values fail with a message that names the input and what it expects.
 */
import * as core from '@actions/core';
import { InputError } from './input-error.js';

export const PROFILES = ['auto', 'ml-application', 'ml-library', 'library'] as const;
/** When the pull-request comment is posted or updated (`true`/`false` mean always/never). */
export const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export type ProfileInput = (typeof PROFILES)[number];

export interface ActionInputs {
  path: string;
  /** Undefined when the input was left at its default (so the config file may set it). */
  minScore: number | undefined;
  minLevel: number | undefined;
  annotations: boolean;
  summary: boolean;
  reportFile: string | undefined;
  configFile: string;
  configFileExplicit: boolean;
  profile: ProfileInput | undefined;
  commentOnPr: CommentMode;
  /** Leave out folders of generated files and run output (default true). */
  skipGenerated: boolean;
  /** Set only when a comment may be posted or github is true: the token is never kept when nothing needs it. */
  githubToken: string | undefined;
  /** Read the CI history: `auto` keeps the section only when the clone has its history. */
  history: HistoryInput;
  /** Ask the GitHub API for stars, forks and the bug share of recent issues. */
  github: boolean;
  /** On pull_request and merge_group: analyse the base commit and report the change. */
  compareBase: boolean;
  sarifFile: string | undefined;
  badgeFile: string | undefined;
}

export const HISTORY_INPUTS = ['auto', 'true', 'false'] as const;
export type HistoryInput = (typeof HISTORY_INPUTS)[number];

export { InputError } from './input-error.js';

export type InputReader = (name: string) => string;

export const INPUT_DEFAULTS = {
  path: '.',
  'min-score': '0',
  'min-level': '0',
  annotations: 'true',
  summary: 'true',
  'report-file': '',
  'config-file': '.github/mlops-ci-check.yml',
  profile: 'auto',
  'comment-on-pr': 'never',
  'github-token': '',
  'skip-generated': 'true',
  history: 'auto',
  github: 'false',
  'compare-base': 'true',
  'sarif-file': '',
  'badge-file': '',
} as const;

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\s*\d+\s*$/.test(raw)) throw new InputError(`Input "${name}" must be a whole number from ${min} to ${max}; got "${raw}".`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new InputError(`Input "${name}" must be a whole number from ${min} to ${max}; got ${n}.`);
  return n;
}

function bool(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`Input "${name}" must be "true" or "false"; got "${raw}".`);
}

function commentMode(raw: string): CommentMode {
  const v = raw.trim().toLowerCase();
  if ((COMMENT_MODES as readonly string[]).includes(v)) return v as CommentMode;
  if (['true', 'yes', 'on', '1'].includes(v)) return 'always';
  if (['false', 'no', 'off', '0'].includes(v)) return 'never';
  throw new InputError(`Input "comment-on-pr" must be one of ${COMMENT_MODES.join(', ')} (or "true"/"false"); got "${raw}".`);
}

/** Validates raw input texts (empty text means "use the default"). Pure: tested without the runner. */
export function parseInputs(read: InputReader): ActionInputs {
  const get = (name: keyof typeof INPUT_DEFAULTS) => {
    const v = read(name).trim();
    return { raw: v === '' ? INPUT_DEFAULTS[name] : v, given: v !== '' && v !== INPUT_DEFAULTS[name] };
  };
  const minScore = get('min-score');
  const minLevel = get('min-level');
  const profile = get('profile');
  if (!(PROFILES as readonly string[]).includes(profile.raw)) {
    throw new InputError(`Input "profile" must be one of ${PROFILES.join(', ')}; got "${profile.raw}".`);
  }
  const configFile = get('config-file');
  const reportFile = get('report-file').raw;
  const commentOnPr = commentMode(get('comment-on-pr').raw);
  const githubToken = get('github-token').raw;
  const github = bool('github', get('github').raw);
  const history = get('history').raw.toLowerCase();
  if (!(HISTORY_INPUTS as readonly string[]).includes(history)) throw new InputError(`Input "history" must be auto, true or false; got "${history}".`);
  if (commentOnPr !== 'never' && githubToken === '') {
    throw new InputError(`Input "github-token" is empty, but "comment-on-pr" is "${commentOnPr}" and the comment needs a token. Leave "github-token" at its default (\${{ github.token }}) or pass a token that can write pull-request comments.`);
  }
  const sarifFile = get('sarif-file').raw;
  const badgeFile = get('badge-file').raw;
  return {
    path: get('path').raw,
    minScore: minScore.given ? integer('min-score', minScore.raw, 0, 100) : undefined,
    minLevel: minLevel.given ? integer('min-level', minLevel.raw, 0, 4) : undefined,
    annotations: bool('annotations', get('annotations').raw),
    summary: bool('summary', get('summary').raw),
    reportFile: reportFile === '' ? undefined : reportFile,
    configFile: configFile.raw,
    configFileExplicit: configFile.given,
    profile: profile.raw === 'auto' ? undefined : (profile.raw as ProfileInput),
    commentOnPr,
    skipGenerated: bool('skip-generated', get('skip-generated').raw),
    githubToken: (commentOnPr !== 'never' || github) && githubToken !== '' ? githubToken : undefined,
    history: history as HistoryInput,
    github,
    compareBase: bool('compare-base', get('compare-base').raw),
    sarifFile: sarifFile === '' ? undefined : sarifFile,
    badgeFile: badgeFile === '' ? undefined : badgeFile,
  };
}

/** Reads the inputs from the runner's environment (INPUT_<NAME>, hyphens kept). */
export function getInputs(): ActionInputs {
  return parseInputs((name) => core.getInput(name));
}
