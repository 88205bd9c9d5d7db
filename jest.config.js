// Jest runs the TypeScript sources as native ES modules, on purpose:
// @actions/core 3.x, @actions/github 9.x and @actions/glob 0.7 ship ESM only, so
// a CommonJS transform would fail to `require` them. `npm test` starts Node with
// --experimental-vm-modules (Jest's ESM loader needs it on Node 20 and 24 alike),
// and ts-jest transpiles each file as ESM (`useESM`). ts-jest supports TypeScript
// >=4.3 <7, which is why package.json pins typescript to ~5.9 (TypeScript 7 is the
// Go port, which ts-jest cannot drive). Type checking is done once by `npm run typecheck`
// (tsc --noEmit), so the transform itself runs with isolatedModules for speed.
//
// Two tiers, as two Jest projects:
// - `unit`: everything under __tests__/ except __tests__/corpus/; needs nothing beside
//   the project (units, tables, scenario repositories, goldens, properties, the runner
//   simulation).
// - `corpus`: __tests__/corpus/, real repositories from the shared corpus. It runs when
//   MLOPS_CORPUS is set or a `shared/corpus` folder sits above the project (a clean clone
//   has it at ../shared/corpus); otherwise it is left out and a line says so.
//   `npm run test:corpus` runs only this tier and fails when the corpus is missing.
// This file is the one place that finds the corpus: it hands the path to the tests in
// MLOPS_CORPUS (see __tests__/helpers/corpus.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

function findCorpus() {
  const fromEnv = process.env.MLOPS_CORPUS;
  if (fromEnv) return fs.existsSync(fromEnv) ? path.resolve(fromEnv) : null;
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'corpus');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

const corpus = findCorpus();
const required = process.env.MLOPS_CORPUS_TIER === 'required';
if (corpus) {
  process.env.MLOPS_CORPUS = corpus;
} else if (required) {
  console.error(`mlops-ci-check: the corpus tier needs the shared corpus: put it at ../shared/corpus or set MLOPS_CORPUS to it (MLOPS_CORPUS=${process.env.MLOPS_CORPUS ?? 'unset'}).`);
  process.exit(1);
} else {
  console.warn('mlops-ci-check: the corpus tier (__tests__/corpus/) was NOT run: no ../shared/corpus and no MLOPS_CORPUS. `npm run test:corpus` runs it.');
}

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
  // Fixture repositories are data: their test files belong to the repositories they stand for.
  modulePathIgnorePatterns: ['<rootDir>/__tests__/__fixtures__/', '<rootDir>/dist/'],
  haste: { retainAllFiles: false },
};

/** @type {import('jest').Config} */
export default {
  maxWorkers: 2,
  watchPathIgnorePatterns: ['<rootDir>/__tests__/__fixtures__/'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: root,
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/__fixtures__/', '<rootDir>/__tests__/corpus/'],
    },
    ...(corpus
      ? [
          {
            ...shared,
            displayName: 'corpus',
            rootDir: root,
            testMatch: ['<rootDir>/__tests__/corpus/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/'],
          },
        ]
      : []),
  ],
};
