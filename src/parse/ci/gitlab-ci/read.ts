/**
 * The GitLab CI provider: `.gitlab-ci.yml` with its local includes, its jobs and the
 * pipelines they are part of, and the child pipelines started with `trigger: include:`
 * (local files followed; a child's jobs are reached the way the job that starts it is).
 */
import type { Finding } from '../../../model/finding.js';
import { refOf, type SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';
import type { CiPipeline, CiTrigger, ProviderResult } from '../tree.js';
import { readJobs, resolveWorkflow } from './jobs.js';
import { loadGitlabConfig } from './load.js';
import { jobOutcomes, ROOT_SOURCES, RULE, triggersOf, workflowOutcomes } from './rules.js';

export const GITLAB_CI_FILE = '.gitlab-ci.yml';

/** How deep child pipelines are followed (GitLab allows two levels below the parent). */
const MAX_CHILD_DEPTH = 2;

export function readGitlabCi(repo: RepoIndex): ProviderResult {
  const findings: Finding[] = [];
  const pipelines: CiPipeline[] = [];
  if (!repo.has(GITLAB_CI_FILE)) return { pipelines, findings };
  readPipeline(repo, GITLAB_CI_FILE, undefined, [], pipelines, findings);
  return { pipelines, findings };
}

interface Parent {
  job: string;
  triggers: CiTrigger[];
  conditions: string[];
  at: SourceRef;
}

function readPipeline(repo: RepoIndex, file: string, parent: Parent | undefined, chain: string[], pipelines: CiPipeline[], findings: Finding[]): void {
  const loaded = loadGitlabConfig(repo, file);
  findings.push(...loaded.findings);
  const root = loaded.root;
  if (!root) return;
  // Shape findings in a file with a syntax error echo it: the error says what is wrong.
  const shape: Finding[] = [];
  const drafts = readJobs(root, shape);
  const workflow = workflowOutcomes(resolveWorkflow(root, shape));
  const pipeline: CiPipeline = {
    provider: 'gitlab-ci',
    file,
    name: parent ? `child pipeline of job "${parent.job}"` : 'pipeline',
    pos: root.pos,
    jobs: [],
    files: loaded.files,
    via: parent ? [parent.at] : [],
  };
  if (drafts.length === 0 && !loaded.partial && loaded.broken.size === 0) findings.push({ severity: 'error', ...refOf(file, root.pos), check: RULE, message: `"${file}" defines no job GitLab can run (a job is a mapping with "script:" whose name does not start with "."), so GitLab runs nothing.` });
  for (const d of drafts) {
    const outcomes = jobOutcomes(d.node, d.job.id, shape, refOf(d.job.file, d.job.pos));
    const reach = triggersOf(d.job.id, outcomes, workflow, parent ? ['parent_pipeline'] : ROOT_SOURCES);
    if (parent) {
      // A child pipeline runs when the job that starts it runs.
      d.job.triggers = reach.triggers.length > 0 ? parent.triggers.map((t) => ({ ...t })) : [];
      d.job.conditions = [...parent.conditions, `in the child pipeline "${file}" started by job "${parent.job}"`, ...reach.conditions];
    } else {
      d.job.triggers = reach.triggers;
      d.job.conditions = reach.conditions;
    }
    if (reach.manual) d.job.manual = reach.manual;
    pipeline.jobs.push(d.job);
  }
  findings.push(...shape.filter((f) => !loaded.broken.has(f.file)));
  pipelines.push(pipeline);
  for (const d of drafts) {
    const childFile = d.childFile;
    if (!childFile || !d.job.child) continue;
    const at = d.job.child.at;
    if (childFile === file || chain.includes(childFile)) {
      findings.push({ severity: 'error', ...at, check: RULE, message: `Child pipeline loop: ${[...chain, file, childFile].join(' → ')}; it was followed once.` });
      continue;
    }
    if (chain.length >= MAX_CHILD_DEPTH) {
      findings.push({ severity: 'notice', ...at, check: RULE, message: `The child pipeline "${childFile}" is nested deeper than GitLab allows (${MAX_CHILD_DEPTH} levels); it was not read.` });
      continue;
    }
    if (!repo.has(childFile)) {
      findings.push({ severity: 'error', ...at, check: RULE, message: `Job "${d.job.id}" starts the child pipeline "${childFile}", which is not in the repository; GitLab fails the job.` });
      continue;
    }
    readPipeline(repo, childFile, { job: d.job.id, triggers: d.job.triggers, conditions: d.job.conditions, at }, [...chain, file], pipelines, findings);
  }
}
