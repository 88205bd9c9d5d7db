/**
 * The CI history of a checkout: checks that git and the history are there, then one
 * streaming pass over `git log --name-only` aggregated by collect.ts. Never throws for a
 * missing git, a shallow clone or an export without `.git`: the section says what is
 * missing and how to get it.
 */
import type { Finding } from '../model/finding.js';
import type { HistorySection, HistoryUnavailable } from '../model/history.js';
import { createLogCollector, isoDate, lastMonths, toPathActivity, toWorkflowHistory } from './collect.js';
import type { EarlyLog } from './early-log.js';
import { retiredActionFindings, staleTestsFindings, staleWorkflowFindings, type UsesSite } from './findings.js';
import { replayLines, runGit, streamGit, type GitResult } from './git.js';
import { LOG_ARGS } from './log-command.js';
import { createClassifier } from './paths.js';
import { DAY_SECONDS } from './words.js';

export interface HistoryInput {
  /** Test files the inventory found, relative to the analysed root. */
  testFiles: readonly string[];
  /** Workflow files, relative to the analysed root. */
  workflowFiles: readonly string[];
  localActionDirs?: readonly string[];
  /** Every `uses:` of a step, for the retired-runtime findings. */
  usesSites: readonly UsesSite[];
}

export interface HistoryOptions {
  /** Put the authors' e-mails in the report (off by default: they are personal data). */
  authors?: boolean;
  /** The date ages and the 24 months are measured from; default the newest commit's date, so two runs on one commit agree. */
  asOf?: Date;
  /** The log the entry started before the analysis (early-log.ts): used when it ran in this folder, at its repository's top, and ended well. */
  earlyLog?: EarlyLog;
}

export interface HistoryResult {
  section: HistorySection;
  findings: Finding[];
}

export const FETCH_ALL_HINT = 'check out with the full history (actions/checkout with `fetch-depth: 0`) or run `git fetch --unshallow`';

function unavailable(reason: HistoryUnavailable, message: string, asOf: Date): HistorySection {
  return { status: 'unavailable', reason, message, asOf: asOf.toISOString().replace('.000Z', 'Z') };
}

function firstLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}

export async function readHistory(root: string, input: HistoryInput, options: HistoryOptions = {}): Promise<HistoryResult> {
  const runtimeFindings = retiredActionFindings(input.usesSites);
  const now = options.asOf ?? new Date();
  const fail = (reason: HistoryUnavailable, message: string): HistoryResult => ({ section: unavailable(reason, message, now), findings: runtimeFindings });

  const probe = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
  if (probe.spawnError) return fail('no-git', 'History not read: git is not installed or not on PATH; install git to read the CI history.');
  if (probe.code !== 0) {
    if (/not a git repository/i.test(probe.stderr)) return fail('not-a-repository', `History not read: the folder is not in a git repository (no .git, as in a source archive); analyse a clone and ${FETCH_ALL_HINT.replace(' or run `git fetch --unshallow`', '')}.`);
    if (/dubious ownership/i.test(probe.stderr)) return fail('git-failed', `History not read: git refuses a repository owned by another user ("${firstLine(probe.stderr)}"); run \`git config --global --add safe.directory "${root}"\` first (common in containers).`);
    return fail('git-failed', `History not read: git failed ("${firstLine(probe.stderr)}").`);
  }
  const [inside = '', shallow = '', prefix = ''] = probe.stdout.split('\n');
  if (inside.trim() !== 'true') return fail('not-a-repository', `History not read: the folder is not a git work tree; analyse a clone and ${FETCH_ALL_HINT}.`);
  if (shallow.trim() === 'true') return fail('shallow', `History not read: the clone is shallow, so the first commit and most changes are missing; ${FETCH_ALL_HINT}.`);
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.code !== 0) return fail('no-commits', 'History not read: the repository has no commits yet.');

  const collect = () => {
    const classifier = createClassifier({ testFiles: input.testFiles, workflowFiles: input.workflowFiles, ...(input.localActionDirs ? { localActionDirs: input.localActionDirs } : {}) });
    return { classifier, collector: createLogCollector(classifier) };
  };
  const inSubfolder = prefix.trim() !== '';
  // The log started before the analysis (early-log.ts) is the same command when the folder is the repository's top.
  const early = inSubfolder ? undefined : await options.earlyLog?.take(root);
  let read: ReturnType<typeof collect> | undefined;
  let log: GitResult = { code: 0, stdout: '', stderr: '' };
  if (early) {
    read = collect();
    // Not read back whole: what it counted is dropped, and git runs now.
    if (!(await replayLines(early.fd, read.collector.onLine))) read = undefined;
    early.release();
  }
  if (!read) {
    read = collect();
    log = await streamGit(root, [...LOG_ARGS, ...(inSubfolder ? ['--relative', '--', '.'] : [])], read.collector.onLine);
  }
  const { classifier, collector } = read;
  if (log.spawnError) return fail('no-git', 'History not read: git is not installed or not on PATH; install git to read the CI history.');
  if (log.code !== 0) return fail('git-failed', `History not read: git log failed ("${firstLine(log.stderr)}").`);
  const totals = collector.finish();
  if (totals.commits === 0 || !totals.first || !totals.last) return fail('no-commits', 'History not read: no commit touches this folder.');

  const asOf = options.asOf ?? new Date(totals.newestCommitTime * 1000);
  const months = lastMonths(asOf);
  const withEmails = options.authors === true;
  const testPaths = classifier.testPaths;
  const section: HistorySection = {
    status: 'available',
    asOf: isoDate(Math.floor(asOf.getTime() / 1000)),
    repository: {
      firstCommit: { hash: totals.first.hash, date: isoDate(totals.first.authorTime) },
      lastCommit: { hash: totals.last.hash, date: isoDate(totals.last.authorTime) },
      commits: totals.commits,
      ageDays: Math.max(0, Math.floor((asOf.getTime() / 1000 - totals.first.authorTime) / DAY_SECONDS)),
      authors: totals.authors.size,
    },
    ci: toPathActivity(totals.buckets.ci, classifier.ciPathsSeen(), months, withEmails),
    tests: toPathActivity(totals.buckets.tests, testPaths, months, withEmails),
    code: toPathActivity(totals.buckets.code, ['everything else but documentation'], months, withEmails),
    workflows: toWorkflowHistory(totals),
  };
  return { section, findings: [...runtimeFindings, ...staleWorkflowFindings(totals), ...staleTestsFindings(totals, testPaths)] };
}
