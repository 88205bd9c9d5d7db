/**
 * What one run of the analysis keeps for another over files that are in part the same: a pull request's checkout keeps
 * what it learnt (keep, filled by the run), hands it out once when done (take), and its base's run is given it (seed)
 * and takes what holds for its own files. Each reader that hands something over makes one (handover()) and says what
 * "the same file" means for it: the source scans (analysis/code-search.ts) and the test discovery
 * (inventory/discover.ts) trust RepoIndex.sameAsCheckout, the parsed CI (parse/ci/github-actions/read.ts) compares
 * texts. Keyed by the run's RepoIndex (weakly: nothing outlives the repository), so two runs share only what is
 * handed over.
 */
import type { RepoIndex } from '../model/repository.js';

export interface Handover<T> {
  /** Keeps for another run what `repo`'s run learns: `value`, which the run adds to, or nothing yet (the run keeps its value later). */
  keep(repo: RepoIndex, value?: T): void;
  /** Whether `repo`'s run keeps (keep was called, take not yet). */
  keeps(repo: RepoIndex): boolean;
  /** What `repo`'s run keeps so far. */
  kept(repo: RepoIndex): T | undefined;
  /** What `repo`'s run kept, handed out once: the run keeps nothing after. */
  take(repo: RepoIndex): T | undefined;
  /** Gives `repo`'s run what another run kept (a pull request's base: its checkout's). */
  seed(repo: RepoIndex, value: T): void;
  /** What `repo`'s run was given, left there (takeSeed lets go of it). */
  seeded(repo: RepoIndex): T | undefined;
  /** What `repo`'s run was given, handed out once. */
  takeSeed(repo: RepoIndex): T | undefined;
}

/** A keeper of one kind of thing a run hands to another. */
export function handover<T>(): Handover<T> {
  const kept = new WeakMap<RepoIndex, T | undefined>();
  const seeds = new WeakMap<RepoIndex, T>();
  const once = <V>(map: WeakMap<RepoIndex, V>, repo: RepoIndex): V | undefined => {
    const value = map.get(repo);
    map.delete(repo);
    return value;
  };
  return {
    keep: (repo, value) => {
      kept.set(repo, value);
    },
    keeps: (repo) => kept.has(repo),
    kept: (repo) => kept.get(repo),
    take: (repo) => once(kept, repo),
    seed: (repo, value) => {
      seeds.set(repo, value);
    },
    seeded: (repo) => seeds.get(repo),
    takeSeed: (repo) => once(seeds, repo),
  };
}
