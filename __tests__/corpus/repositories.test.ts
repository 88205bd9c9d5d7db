/**
 * Second tier (STYLE.md): real repositories from ../shared/corpus must parse with no
 * crash, give the same report twice, and keep their findings bounded. The project never
 * needs the corpus at run time; this test does, and fails (not skips) when it is missing.
 * A checkout whose parent folder has no shared/ (a git worktree elsewhere) can point at it
 * with MLOPS_CORPUS=/path/to/shared/corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import { isWorkflowPath } from '../../src/parse/ci/github-actions/read.js';
import { indexRepository } from '../../src/parse/repo.js';
import { parseWorkflow } from '../../src/parse/ci/github-actions/workflow.js';

import { CORPUS as corpus } from '../helpers/corpus.js';
const present = fs.existsSync(corpus);
const repos = present ? fs.readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

describe('the corpus of real repositories', () => {
  it('is there', () => {
    if (!present) throw new Error(`The corpus folder "${corpus}" is missing: these tests need ../shared/corpus beside the project (or MLOPS_CORPUS set to it).`);
    expect(repos.length).toBeGreaterThanOrEqual(5);
  });

  // With no corpus the table is empty and the test above fails with the reason.
  describe.each(repos.length > 0 ? repos : ['(no corpus)'])('%s', (name) => {
    const root = path.join(corpus, name);
    if (!present) return;

    it('parses every workflow with no crash and no error (GitHub runs them all)', () => {
      const repo = indexRepository(root);
      const workflows = repo.files.filter(isWorkflowPath);
      expect(workflows.length).toBeGreaterThan(0);
      for (const file of workflows) {
        const text = repo.read(file);
        expect(text).toBeDefined();
        const { value, findings } = parseWorkflow(file, text ?? '');
        expect(value?.file).toBe(file);
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      }
    });

    it('gives the same report twice', () => {
      const first = JSON.stringify(runEngine(root, { displayPath: name }).report);
      const second = JSON.stringify(runEngine(root, { displayPath: name }).report);
      expect(JSON.parse(second)).toEqual(JSON.parse(first));
    });

    it('keeps the findings bounded (a few per workflow at most)', () => {
      const { report, analysis } = runEngine(root);
      expect(report.findings.length).toBeLessThanOrEqual(5 * analysis.workflows.length + 20);
    });
  });
});
