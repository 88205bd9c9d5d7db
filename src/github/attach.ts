/**
 * Adds the GitHub section to a report, when asked: finds the repository (an explicit
 * `owner/name`, GITHUB_REPOSITORY, or a github.com `origin` remote), the token and the cache folder.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Report } from '../model/report.js';
import { runGit } from '../history/git.js';
import { readGithub, type GithubOptions } from './read-github.js';

type Env = Readonly<Record<string, string | undefined>>;

export function githubCacheDir(env: Env): string {
  if (env['MLOPS_CI_CHECK_CACHE']) return env['MLOPS_CI_CHECK_CACHE'];
  const base = env['XDG_CACHE_HOME'] || path.join(env['HOME'] || os.homedir(), '.cache');
  return path.join(base, 'mlops-ci-check');
}

/** `owner/name` from a remote URL on github.com (https, ssh or git@ forms), else undefined. */
export function repositoryFromRemote(url: string): string | undefined {
  const m = /github\.com[:/]+([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export interface AddGithubOptions {
  env: Env;
  repository?: string;
  token?: string;
  cacheDir?: string;
  issues?: number;
  client?: GithubOptions['client'];
}

export async function addGithub(report: Report, root: string, options: AddGithubOptions): Promise<Report> {
  let repository = options.repository;
  if (!repository) {
    const remote = await runGit(root, ['remote', 'get-url', 'origin']);
    if (remote.code === 0) repository = repositoryFromRemote(remote.stdout);
  }
  repository ??= options.env['GITHUB_REPOSITORY'] || undefined;
  const github = await readGithub({
    repository,
    token: options.token ?? (options.env['GITHUB_TOKEN'] || options.env['GH_TOKEN'] || undefined),
    baseUrl: options.env['GITHUB_API_URL'] || 'https://api.github.com',
    ...(options.issues !== undefined ? { issues: options.issues } : {}),
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(options.client ? { client: options.client } : {}),
  });
  return { ...report, github };
}
