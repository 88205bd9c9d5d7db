/**
 * Majors of popular actions whose runtime GitHub has retired or whose maintainers have
 * deprecated them, with the major to move to. Data, kept by hand: add a row when a
 * maintainer announces a deprecation. Sources: each action's release notes and
 * action.yml (`runs.using`), GitHub's changelog (Node 12 forced to Node 16 in 2023,
 * Node 16 forced to Node 20 on 3 June 2024, Node 20 deprecated in September 2025 with
 * Node 24 the default from 2 June 2026), CodeQL Action changelog (v1 deprecated
 * 18 January 2023, v2 on 10 January 2025, v3 announced for December 2026).
 */

export type RetiredRuntime = 'node12' | 'node16' | 'node20';

export interface ActionRuntimeRow {
  /** `owner/repo`, lower case; sub-actions (`github/codeql-action/init`) match their repository. */
  action: string;
  /** Major versions (numbers) this row covers. */
  majors: readonly number[];
  runtime?: RetiredRuntime;
  /** Deprecated by its maintainers, whatever its runtime: when and why, in words. */
  deprecated?: string;
  /** The major to move to (the first that runs on Node 24 and is supported). */
  moveTo: number;
}

export const RUNTIME_WORDS: Record<RetiredRuntime, string> = {
  node12: 'Node 12, which GitHub retired from its runners in 2023',
  node16: 'Node 16, which GitHub retired from its runners on 3 June 2024',
  node20: 'Node 20, which reached its end of life in April 2026; GitHub deprecated it and runs such actions on Node 24 since June 2026',
};

const ARTIFACT_V3 = 'deprecated by GitHub (artifact actions v1-v3 stopped working on 30 January 2025)';

export const ACTION_RUNTIMES: readonly ActionRuntimeRow[] = [
  { action: 'actions/checkout', majors: [1, 2], runtime: 'node12', moveTo: 5 },
  { action: 'actions/checkout', majors: [3], runtime: 'node16', moveTo: 5 },
  { action: 'actions/checkout', majors: [4], runtime: 'node20', moveTo: 5 },
  { action: 'actions/setup-node', majors: [1, 2], runtime: 'node12', moveTo: 5 },
  { action: 'actions/setup-node', majors: [3], runtime: 'node16', moveTo: 5 },
  { action: 'actions/setup-node', majors: [4], runtime: 'node20', moveTo: 5 },
  { action: 'actions/setup-python', majors: [1, 2], runtime: 'node12', moveTo: 6 },
  { action: 'actions/setup-python', majors: [3, 4], runtime: 'node16', moveTo: 6 },
  { action: 'actions/setup-python', majors: [5], runtime: 'node20', moveTo: 6 },
  { action: 'actions/cache', majors: [1, 2], runtime: 'node12', deprecated: 'deprecated by GitHub (the legacy cache service these versions use was shut down on 1 February 2025)', moveTo: 5 },
  { action: 'actions/cache', majors: [3], runtime: 'node16', moveTo: 5 },
  { action: 'actions/cache', majors: [4], runtime: 'node20', moveTo: 5 },
  { action: 'actions/upload-artifact', majors: [1, 2], runtime: 'node12', deprecated: ARTIFACT_V3, moveTo: 6 },
  { action: 'actions/upload-artifact', majors: [3], runtime: 'node16', deprecated: ARTIFACT_V3, moveTo: 6 },
  { action: 'actions/upload-artifact', majors: [4, 5], runtime: 'node20', moveTo: 6 },
  { action: 'actions/download-artifact', majors: [1, 2], runtime: 'node12', deprecated: ARTIFACT_V3, moveTo: 7 },
  { action: 'actions/download-artifact', majors: [3], runtime: 'node16', deprecated: ARTIFACT_V3, moveTo: 7 },
  { action: 'actions/download-artifact', majors: [4, 5, 6], runtime: 'node20', moveTo: 7 },
  { action: 'actions/github-script', majors: [1, 2, 3, 4, 5], runtime: 'node12', moveTo: 8 },
  { action: 'actions/github-script', majors: [6], runtime: 'node16', moveTo: 8 },
  { action: 'actions/github-script', majors: [7], runtime: 'node20', moveTo: 8 },
  { action: 'github/codeql-action', majors: [1], runtime: 'node12', deprecated: 'deprecated by GitHub on 18 January 2023', moveTo: 4 },
  { action: 'github/codeql-action', majors: [2], runtime: 'node16', deprecated: 'deprecated by GitHub on 10 January 2025', moveTo: 4 },
  { action: 'github/codeql-action', majors: [3], runtime: 'node20', deprecated: 'deprecated by GitHub in December 2026', moveTo: 4 },
];

export interface ActionRef {
  action: string;
  /** The whole `uses:` text. */
  uses: string;
  ref: string;
  major: number;
}

/**
 * Reads `owner/repo[/path]@ref` where ref names a major (`v3`, `v3.1.2`, `3`). A commit
 * SHA, a branch, a local path or a Docker image gives null: its version cannot be told
 * from the text.
 */
export function parseActionRef(uses: string): ActionRef | null {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@]*)?@(v?(\d+)(?:\.\d+){0,2})$/.exec(uses.trim());
  if (!m) return null;
  return { action: `${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}`, uses: uses.trim(), ref: m[3]!, major: Number(m[4]) };
}

export function lookupActionRuntime(ref: ActionRef): ActionRuntimeRow | undefined {
  return ACTION_RUNTIMES.find((r) => r.action === ref.action && r.majors.includes(ref.major));
}
