/**
 * Stars, forks, open issues and the bug share of the last N issues of one repository,
 * from the GitHub API, with an on-disk cache. Never throws: a skipped section says why.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GithubSection, GithubSkipped } from '../model/github-stats.js';
import { isBugLabel } from './bug-labels.js';
import { ApiError, createClient, type ClientOptions } from './client.js';

export const DEFAULT_ISSUE_SAMPLE = 100;
export const CACHE_TTL_SECONDS = 24 * 3600;

export interface GithubOptions {
  /** `owner/name`; undefined when it could not be told. */
  repository: string | undefined;
  token: string | undefined;
  baseUrl: string;
  issues?: number;
  /** Folder of the cache; undefined: no cache. */
  cacheDir?: string;
  client?: Partial<ClientOptions>;
}

interface RawRepo {
  stargazers_count: number;
  forks_count: number;
  full_name: string;
}

interface RawIssue {
  pull_request?: unknown;
  labels: (string | { name?: string })[];
}

function skipped(reason: GithubSkipped, message: string, repository?: string): GithubSection {
  return { status: 'skipped', reason, message, ...(repository ? { repository } : {}) };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function cacheFile(dir: string, repository: string, sample: number): string {
  return path.join(dir, `github-${repository.replace(/[^A-Za-z0-9._-]+/g, '__')}-${sample}.json`);
}

function readCache(file: string, nowMs: number): GithubSection | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as GithubSection;
    if (data.status !== 'available' || !data.fetchedAt) return undefined;
    if (nowMs - Date.parse(data.fetchedAt) > CACHE_TTL_SECONDS * 1000) return undefined;
    return { ...data, cached: true };
  } catch {
    return undefined;
  }
}

function writeCache(file: string, section: GithubSection): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(section, null, 2)}\n`);
  } catch {
    // A cache that cannot be written only costs a later call.
  }
}

export async function readGithub(options: GithubOptions): Promise<GithubSection> {
  const repo = options.repository;
  if (!repo) return skipped('no-repository', 'GitHub figures skipped: the repository is not known (no GitHub "origin" remote and no GITHUB_REPOSITORY); pass --github-repo OWNER/NAME.');
  const sample = Math.max(1, Math.min(1000, options.issues ?? DEFAULT_ISSUE_SAMPLE));
  const now = options.client?.now ?? (() => Date.now());
  const file = options.cacheDir ? cacheFile(options.cacheDir, repo, sample) : undefined;
  const hit = file ? readCache(file, now()) : undefined;
  if (hit) return hit;
  if (!options.token) return skipped('no-token', 'GitHub figures skipped: no token (set GITHUB_TOKEN or GH_TOKEN, or give the action its github-token).', repo);
  const client = createClient({ ...options.client, token: options.token, baseUrl: options.baseUrl });
  try {
    const { data: r } = await client.get<RawRepo>(`/repos/${repo}`);
    const open = await client.get<{ total_count: number }>(`/search/issues?q=${encodeURIComponent(`repo:${repo} type:issue state:open`)}&per_page=1`);
    let sampled = 0;
    let bugs = 0;
    const labels = new Set<string>();
    let next: string | null = `/repos/${repo}/issues?state=all&sort=created&direction=desc&per_page=100`;
    while (next && sampled < sample) {
      const page: { data: RawIssue[]; next: string | null } = await client.get<RawIssue[]>(next);
      for (const issue of page.data) {
        if (issue.pull_request !== undefined || sampled >= sample) continue;
        sampled++;
        const bugNames = issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(isBugLabel);
        if (bugNames.length > 0) bugs++;
        for (const b of bugNames) labels.add(b);
      }
      next = page.data.length === 0 ? null : page.next;
    }
    const section: GithubSection = {
      status: 'available',
      repository: r.full_name || repo,
      stars: r.stargazers_count,
      forks: r.forks_count,
      openIssues: open.data.total_count,
      issues: { sampled, bugs, bugShare: sampled === 0 ? 0 : Math.round((bugs / sampled) * 1000) / 1000, bugLabels: [...labels].sort() },
      fetchedAt: iso(now()),
    };
    if (file) writeCache(file, section);
    return section;
  } catch (err: unknown) {
    if (!(err instanceof ApiError)) throw err;
    const f = err.failure;
    if (f.kind === 'not-found') return skipped('not-found', `GitHub figures skipped: GitHub has no repository "${repo}" that this token can see (404).`, repo);
    if (f.kind === 'rate-limited') return skipped('rate-limited', `GitHub figures skipped: the API rate limit is spent${f.resetAt ? ` until ${iso(f.resetAt * 1000)}` : ''}; run again later (the figures are cached for a day once fetched).`, repo);
    if (f.kind === 'offline') return skipped('offline', `GitHub figures skipped: the API could not be reached (${f.detail}).`, repo);
    return skipped('api-error', `GitHub figures skipped: the API answered ${f.status} (${f.detail}).`, repo);
  }
}
