/** The GitHub Actions provider: `.github/workflows/*.yml`, the local actions and reusable workflows they call. */
import type { CiProvider } from '../../../model/ci.js';
import { readCi } from './read.js';

export const githubActions: CiProvider = {
  id: 'github-actions',
  title: 'GitHub Actions',
  read(repo) {
    const ci = readCi(repo);
    return { pipelines: ci.pipelines, steps: ci.steps, findings: ci.findings, github: { workflows: ci.workflows, actions: ci.actions } };
  },
};
