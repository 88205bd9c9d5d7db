/**
 * examples/ml-app is what `npm start` analyses first: it must read cleanly (no error or
 * warning from parsing) and its workflows must be seen with their triggers.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine } from '../../src/engine.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'ml-app');

describe('examples/ml-app', () => {
  const { report, analysis } = runEngine(root);

  it('parses every workflow and the files it reads without an error or warning', () => {
    const parserFindings = [...analysis.repo.findings, ...analysis.findings].filter((f) => f.severity !== 'notice');
    expect(parserFindings).toEqual([]);
  });

  it('sees the four workflows with their triggers', () => {
    expect(report.workflows.map((w) => [w.file, w.triggers.map((t) => t.event)])).toEqual([
      ['.github/workflows/ci.yml', ['push', 'pull_request']],
      ['.github/workflows/drift.yml', ['schedule', 'workflow_dispatch']],
      ['.github/workflows/release.yml', ['release']],
      ['.github/workflows/train.yml', ['push', 'workflow_dispatch']],
    ]);
  });

  it('follows the release chain: the deploy job needs the image, which needs the evaluation', () => {
    const jobs = analysis.workflows.find((w) => w.file === '.github/workflows/release.yml')?.jobs ?? [];
    expect(jobs.map((j) => [j.id, j.needs.map((n) => n.value), j.environment?.value ?? null])).toEqual([
      ['evaluate', [], null],
      ['image', ['evaluate'], null],
      ['deploy', ['image'], 'production'],
    ]);
  });
});
