/**
 * Builds small repositories in a temporary folder for table-driven tests, and analyses
 * them. Files are given as { 'path/in/repo': 'content' }.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRepository, type Analysis } from '../../src/analysis/analyze.js';
import type { Check } from '../../src/checks/kit.js';
import type { ItemResult } from '../../src/model/check.js';
import { tempDir } from './temp.js';

export function makeRepo(files: Record<string, string | Buffer>): string {
  const root = tempDir('mlops-ci-check-');
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export function analyzeFiles(files: Record<string, string | Buffer>): Analysis {
  return analyzeRepository(makeRepo(files));
}

/** Runs one check on a repository made of `files`. */
export function runCheck(check: Check, files: Record<string, string | Buffer>): ItemResult {
  const analysis = analyzeFiles(files);
  return { id: check.meta.id, ...check.evaluate(analysis) };
}

/** A workflow file's text from a compact description (keeps tests readable). */
export function workflow(on: string, steps: string, extraJob = ''): string {
  return `name: ci\non: ${on}\njobs:\n  test:\n    runs-on: ubuntu-latest\n${extraJob}    steps:\n${steps}`;
}
